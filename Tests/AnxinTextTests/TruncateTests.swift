import Testing
@testable import AnxinText
import AnxinTestSupport

@Suite("truncation")
struct TruncateTests {
    @Test("text that fits is returned unchanged")
    func fits() {
        #expect(TextFit.truncate("保定市", toWidth: 6) == "保定市")
        #expect(TextFit.truncate("abc", toWidth: 10) == "abc")
        #expect(TextFit.truncate("", toWidth: 3) == "")
    }

    @Test("a wide character straddling the cut is dropped: 保定市安全 to 5 is 保定…, to 4 is 保…")
    func wideCharacterAtOddColumn() {
        let five = TextFit.truncate("保定市安全", toWidth: 5)
        #expect(five == "保定…")
        #expect(DisplayWidth.of(five) == 5)
        let four = TextFit.truncate("保定市安全", toWidth: 4)
        #expect(four == "保…")
        #expect(DisplayWidth.of(four) == 3)
        #expect(TextFit.truncate("保定市安全", toWidth: 9) == "保定市安…")
    }

    @Test("width 0 gives an empty string and width 1 with a cut gives the ellipsis")
    func tinyWidths() {
        #expect(TextFit.truncate("保定市", toWidth: 0) == "")
        #expect(TextFit.truncate("保定市", toWidth: -3) == "")
        #expect(TextFit.truncate("保定市", toWidth: 1) == "…")
        #expect(TextFit.truncate("ab", toWidth: 1) == "…")
        #expect(TextFit.truncate("a", toWidth: 1) == "a")
        #expect(TextFit.truncate("保", toWidth: 1) == "…")
    }

    @Test("mixed ASCII and Chinese is cut by columns, not characters")
    func mixed() {
        #expect(TextFit.truncate("ABC保定市", toWidth: 6) == "ABC保…")
        #expect(TextFit.truncate("ABC保定市", toWidth: 5) == "ABC…")
    }

    @Test("a grapheme cluster is never split: combining marks, ZWJ families and flags stay whole")
    func neverSplitsGraphemes() {
        #expect(TextFit.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        #expect(TextFit.truncate("👨‍👩‍👧👨‍👩‍👧", toWidth: 3) == "👨‍👩‍👧…")
        #expect(TextFit.truncate("🇨🇳🇨🇳", toWidth: 2) == "…")
    }

    @Test("a custom ellipsis is measured too, and cut itself when wider than the budget")
    func customEllipsis() {
        #expect(TextFit.truncate("abcdefgh", toWidth: 6, ellipsis: "...") == "abc...")
        #expect(TextFit.truncate("abcdefgh", toWidth: 2, ellipsis: "...") == "..")
        #expect(TextFit.truncate("保定市安全", toWidth: 5, ellipsis: "") == "保定")
        #expect(TextFit.truncate("保定市安全", toWidth: 7, ellipsis: "等") == "保定等")
    }

    @Test("for any text and width the result fits and is a prefix of the input plus the ellipsis")
    func truncateInvariants() {
        var generator = SeededGenerator(seed: 0x5EED_7E47)
        for _ in 0..<500 {
            let text = RandomText.make(using: &generator)
            let width = Int.random(in: 0...24, using: &generator)
            let cut = TextFit.truncate(text, toWidth: width)
            #expect(DisplayWidth.of(cut) <= max(width, 0), "\(text.debugDescription) to \(width)")
            if DisplayWidth.of(text) <= width {
                #expect(cut == text)
            } else if width == 0 {
                #expect(cut == "")
            } else {
                let characters = Array(cut)
                #expect(characters.last == "…")
                #expect(Array(text).starts(with: characters.dropLast()), "\(text.debugDescription) to \(width)")
                // Only a wide character can leave one column unused.
                #expect(DisplayWidth.of(cut) >= width - 1)
            }
        }
    }
}
