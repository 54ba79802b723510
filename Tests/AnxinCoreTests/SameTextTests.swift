@testable import AnxinCore
import Testing
import AnxinTestSupport

/// Names of offices, places and industries are compared by bytes where that is exact; the answers must be
/// `==`'s (canonical equivalence), whatever the spelling.
@Suite("Comparing and looking up names by bytes")
struct SameTextTests {
    /// Pieces to build names from: office and place names as people write them, punctuation the campaign's
    /// names use, and characters that normalization changes or combines (so that `==` and bytes disagree).
    static let pieces = [
        "市", "安委办", "清苑区", "市住建局", "白沟", "·", "白洋淀温泉城", "烟花爆竹", "（", "生产、批发", "）", "高新区",
        "A", "b", " ", "-", "é",                 // é precomposed (U+00E9)
        "e\u{301}",                              // e + combining acute: canonically equal to é
        "\u{F900}", "\u{8C48}",                  // a compatibility ideograph and the ideograph it normalizes to
        "\u{302A}", "\u{0301}", "ℌ", "Å", "A\u{30A}", "\u{212B}", // tone mark, lone accent, Å three ways
        "😀", "\u{3000}",
    ]

    static func randomName(using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("sameText answers as == does (property: random names from Chinese and normalization-sensitive pieces)")
    func agreesWithEquality() {
        var generator = SeededGenerator(seed: 20_241_129)
        for _ in 0..<20_000 {
            let a = SameTextTests.randomName(using: &generator)
            // Half the time a variant of the same text, so equal pairs (and equal-but-differently-spelled ones) come up.
            let b = Bool.random(using: &generator) ? SameTextTests.randomName(using: &generator)
                : a.split(separator: "é", omittingEmptySubsequences: false).joined(separator: "e\u{301}")
            #expect(a.sameText(as: b) == (a == b), "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
        }
    }

    @Test("names spelled two ways are the same text; different Chinese names are not")
    func examples() {
        #expect("清苑区".sameText(as: "清苑区"))
        #expect(!"清苑区".sameText(as: "市住建局"))
        #expect("Café".sameText(as: "Cafe\u{301}"))
        #expect("\u{F900}".sameText(as: "\u{8C48}"))     // 豈 in the compatibility block is 豈
        #expect(!"市".sameText(as: "市 "))
        #expect("".sameText(as: ""))
    }

    @Test("a lookup table answers as a Dictionary does, the first value kept for a name (property)")
    func lookupAgreesWithDictionary() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            var reference: [String: Int] = [:]
            var pairs: [(String, Int)] = []
            for value in 0..<Int.random(in: 0...12, using: &generator) {
                let name = SameTextTests.randomName(using: &generator)
                pairs.append((name, value))
                if reference[name] == nil { reference[name] = value }
            }
            let table = TextLookup(pairs)
            for _ in 0..<40 {
                let probe = Bool.random(using: &generator) ? SameTextTests.randomName(using: &generator)
                    : (pairs.randomElement(using: &generator)?.0 ?? "").split(separator: "Å", omittingEmptySubsequences: false)
                        .joined(separator: "A\u{30A}")
                #expect(table[probe] == reference[probe], "\(probe.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test("blank: only spaces, tabs and ideographic spaces, as the character-by-character test said")
    func blank() {
        for text in ["", " ", "\t", "\u{3000}", " \u{3000}\t ", "　　"] { #expect(text.isBlank, "\(text)") }
        for text in ["a", " a ", "\u{3000}。", " \u{301}", "\n", "\u{3001}", "\u{E3}"] { #expect(!text.isBlank, "\(text)") }
        var generator = SeededGenerator(seed: 3)
        let pieces = [" ", "\t", "\u{3000}", "\u{3001}", "\u{2000}", "x", "\u{301}", "\u{E380}"].map { String($0) }
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.isBlank == text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
