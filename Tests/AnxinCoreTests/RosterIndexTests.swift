@testable import AnxinCore
import Testing

/// The roster's position index agrees with a `Dictionary` on any sequence of insertions and lookups.
@Suite("Roster index (credit code → position)")
struct RosterIndexTests {
    @Test("agrees with Dictionary through growth, reserved capacity, re-insertions and misses (property)")
    func agreesWithDictionary() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<10 {
            var index = RosterIndex(capacity: round.isMultiple(of: 2) ? 0 : 500)
            var reference: [CreditCode: Int] = [:]
            for step in 0..<2_000 {
                // Valid codes that differ only in a few digits (neighbours in the packed bits).
                let code = code(Int.random(in: 1..<1_500, using: &generator))
                if Bool.random(using: &generator) {
                    index[code] = step
                    reference[code] = step
                }
                #expect(index[code] == reference[code], "round \(round), step \(step), \(code)")
                if step == 1_000 { index.reserveCapacity(5_000) }
            }
            #expect(index.count == reference.count)
            for (code, position) in reference { #expect(index[code] == position) }
        }
    }
}
