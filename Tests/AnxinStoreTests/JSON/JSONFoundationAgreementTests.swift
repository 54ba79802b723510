// Property test: thousands of generated values, written the journal's way with random whitespace and random
// escapes, read back by the scanner and by Foundation's JSONSerialization.

import AnxinStore
import Testing

@Suite("JSONScanner agrees with Foundation on generated JSON")
struct JSONFoundationAgreementTests {
    @Test("every generated value parses back to exactly itself, and to what Foundation reads")
    func generatedValuesAgree() {
        var generator = JSONTestGenerator(seed: 0x5EED_2024)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<3_000 {
            let value = generator.line()
            let bytes = generator.serialize(value, spaced: iteration % 2 == 0)
            switch jsonParse(bytes) {
            case .success(let parsed):
                if !jsonExactlyEqual(parsed, value) {
                    failures += 1
                    Issue.record("iteration \(iteration): read \(parsed), wrote \(value); bytes \(jsonHex(bytes))")
                }
            case .failure(let error):
                failures += 1
                Issue.record("iteration \(iteration): \(error.kind) at \(error.offset) in \(jsonHex(bytes))")
            }
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); bytes \(jsonHex(bytes))")
            }
            if failures >= 10 { break }
        }
        // The generator stays within Double's range and writes no trailing commas, so no exclusion may apply.
        #expect(tally.bothAccept == 3_000, "\(tally)")
    }
}
