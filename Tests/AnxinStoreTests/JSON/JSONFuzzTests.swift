// Fuzz-like property tests: random bytes, near-valid text, and valid lines with bytes flipped, inserted,
// deleted or cut off (a torn write). The scanner must accept exactly what Foundation accepts, apart from the
// documented differences in JSONFoundationOracle.swift, and must never crash.

import AnxinStore
import Testing
import AnxinTestSupport

/// Bytes worth mixing: JSON's structure, the letters of its literals and escapes, whitespace, and the pieces
/// of multi-byte UTF-8 (lead bytes, continuations, and the bytes that make overlong or surrogate forms).
private let interestingBytes: [UInt8] = Array(#"{}[],:"\ 0123456789-+.eEtrufalsnubfABCDEF/x"#.utf8)
    + [0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xE4, 0xB8, 0xAD, 0xED, 0xA0,
       0xF0, 0x9F, 0x98, 0xF4, 0x90, 0xFF]

/// Leaves for near-valid text: valid strings (escapes, surrogate pairs, Chinese, emoji), numbers, literals…
private let validLeaves: [String] = [
    #""a""#, #""""#, #""中文""#, #""😀""#, #""\u00e9""#, #""\ud83d\ude00""#, #""\n\"\\\/""#, "\"\u{7F}\"",
    "0", "-0", "12", "-3.25", "1e5", "2E-3", "0.5E+07", "true", "false", "null",
]

/// …and the near misses: lone surrogates, bad escapes, raw controls, torn strings, bad numbers and literals,
/// numbers beyond Double, stray structure.
private let invalidLeaves: [String] = [
    #""\ud800""#, #""\udc00x""#, #""\x""#, "\"\u{1}\"", #""ab"#, "01", "1.", "-", ".5", "1e400", "tru", "nul",
    "NaN", "\"", "\\", ",", ":", "{", "]",
]

/// Text that is mostly valid JSON with now and then a wrong piece: a junk token, a missing colon or comma,
/// a trailing comma. Near misses are where parsers differ, and random bytes rarely get that close.
private func nearValidText(_ random: inout SeededGenerator, depth: Int = 0) -> String {
    func space(_ random: inout SeededGenerator) -> String {
        random.chance(20) ? random.pick([" ", "\n", "\t", "\r", "  "]) : ""
    }
    let kind = depth >= 3 ? 2 : Int.random(in: 0..<3, using: &random)
    var text = space(&random)
    switch kind {
    case 0:
        let count = Int.random(in: 0...4, using: &random)
        text += "[" + (0..<count).map { _ in nearValidText(&random, depth: depth + 1) }
            .joined(separator: random.chance(95) ? "," : " ")
        if count > 0 && random.chance(15) { text += "," + space(&random) }
        text += random.chance(97) ? "]" : ""
    case 1:
        let count = Int.random(in: 0...4, using: &random)
        text += "{" + (0..<count).map { _ in
            space(&random) + random.pick([#""k""#, #""键""#, #""""#, #""\u0041""#, "k", "1"]) + space(&random)
                + (random.chance(97) ? ":" : "") + nearValidText(&random, depth: depth + 1)
        }.joined(separator: random.chance(95) ? "," : " ")
        if count > 0 && random.chance(15) { text += "," + space(&random) }
        text += random.chance(97) ? "}" : ""
    default:
        text += random.chance(95) ? random.pick(validLeaves) : random.pick(invalidLeaves)
    }
    return text + space(&random)
}

@Suite("JSONScanner agrees with Foundation on random and damaged input")
struct JSONFuzzTests {
    @Test("random byte strings: accepted exactly when Foundation accepts, never a crash")
    func randomBytes() {
        var random = SeededGenerator(seed: 0xF022)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<6_000 where failures < 10 {
            let bytes = (0..<Int.random(in: 0...16, using: &random)).map { _ in
                random.chance(90) ? random.pick(interestingBytes) : UInt8.random(in: 0...255, using: &random)
            }
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); bytes \(jsonHex(bytes))")
            }
        }
        #expect(tally.bothAccept > 20, "\(tally)")
    }

    @Test("string bodies of random UTF-8 boundary bytes: valid exactly when Foundation finds them valid")
    func utf8Boundaries() {
        // A lead byte from every class, followed (usually) by as many continuation bytes as it announces, each
        // at an edge of some class's allowed range: overlong forms, encoded surrogates, values above U+10FFFF
        // and their valid neighbours all turn up.
        let leads: [UInt8] = [0x80, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3,
                              0xF4, 0xF5, 0xFF]
        let continuations: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0x7F, 0xC0]
        var random = SeededGenerator(seed: 0x0717F8)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<4_000 where failures < 10 {
            var body: [UInt8] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                if random.chance(20) {
                    body.append(0x61)
                    continue
                }
                let lead = random.pick(leads)
                body.append(lead)
                let announced = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
                let count = random.chance(85) ? announced : Int.random(in: 0...3, using: &random)
                for _ in 0..<count {
                    body.append(random.chance(80) ? random.pick(Array(continuations.prefix(6))) : random.pick(continuations))
                }
            }
            let bytes = [0x22] + body + [0x22]
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); bytes \(jsonHex(bytes))")
            }
        }
        #expect(tally.bothAccept > 300 && tally.bothReject > 1_000, "\(tally)")
    }

    @Test("number-like text from digits, signs, points and exponents: valid exactly when Foundation agrees")
    func numberGrammar() {
        let alphabet = Array("0123456789-+.eE".utf8) + Array("0-.e".utf8) // weighted toward the tricky bytes
        var random = SeededGenerator(seed: 0x4E5)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<4_000 where failures < 10 {
            let number = (0..<Int.random(in: 1...7, using: &random)).map { _ in random.pick(alphabet) }
            let bytes = iteration % 2 == 0 ? number : Array("[".utf8) + number + Array(",0]".utf8)
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); text \(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(tally.bothAccept > 300 && tally.bothReject > 1_000, "\(tally)")
    }

    @Test("near-valid text with junk tokens, missing separators and trailing commas: same verdict as Foundation")
    func nearValid() {
        var random = SeededGenerator(seed: 0x7015)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<5_000 where failures < 10 {
            let text = nearValidText(&random)
            let bytes = Array(text.utf8)
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); text \(text.debugDescription)")
            }
        }
        #expect(tally.bothAccept > 1_000 && tally.bothReject > 1_000, "\(tally)")
        #expect(tally.trailingComma > 100, "\(tally)")
    }

    @Test("valid lines with bytes flipped, inserted, deleted, duplicated or cut off: same verdict as Foundation")
    func mutatedLines() {
        var generator = JSONTestGenerator(seed: 0xBADC0DE)
        var tally = JSONAgreementTally()
        var failures = 0
        for iteration in 0..<4_000 where failures < 10 {
            var bytes = generator.serialize(generator.line(), spaced: iteration % 3 == 0)
            for _ in 0..<Int.random(in: 1...3, using: &generator.random) {
                mutate(&bytes, &generator.random)
            }
            if let problem = jsonDisagreement(on: bytes, tally: &tally) {
                failures += 1
                Issue.record("iteration \(iteration): \(problem); bytes \(jsonHex(bytes))")
            }
        }
        #expect(tally.bothAccept > 100 && tally.bothReject > 1_000, "\(tally)")
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout SeededGenerator) {
        let position = Int.random(in: 0...bytes.count, using: &random)
        let inside = position < bytes.count
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where inside: bytes[position] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1 where inside: bytes[position] = random.pick(interestingBytes)
        case 2: bytes.insert(random.pick(interestingBytes), at: position)
        case 3 where inside: bytes.remove(at: position)
        case 4: bytes.removeSubrange(position...) // a torn write
        default:
            let end = min(bytes.count, position + Int.random(in: 1...6, using: &random))
            bytes.insert(contentsOf: bytes[position..<end], at: position)
        }
    }
}
