import Testing
@testable import AnxinText

@Suite("wrapping")
struct TextWrapTests {
    @Test("Chinese text breaks between any two characters")
    func chinese() {
        #expect(TextFit.wrap("保定市安全生产", width: 6) == ["保定市", "安全生", "产"])
        #expect(TextFit.wrap("保定市安全生产", width: 7) == ["保定市", "安全生", "产"])
    }

    @Test("ASCII words break at spaces, and the spaces at a break are dropped")
    func asciiWords() {
        #expect(TextFit.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextFit.wrap("a  b", width: 2) == ["a", "b"])
    }

    @Test("a word longer than a line is cut between characters")
    func longWord() {
        #expect(TextFit.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFit.wrap("see https://example.org/x", width: 8) == ["see", "https://", "example.", "org/x"])
    }

    @Test("mixed Chinese and ASCII may break where the script changes")
    func mixedScripts() {
        #expect(TextFit.wrap("使用Swift编写", width: 8) == ["使用", "Swift编", "写"])
    }

    @Test("closing punctuation never starts a line: the character before it moves down")
    func closingPunctuation() {
        #expect(TextFit.wrap("保定市，安全", width: 6) == ["保定", "市，安", "全"])
        #expect(TextFit.wrap("他说「好」", width: 8) == ["他说", "「好」"])
        #expect(TextFit.wrap("检查完毕。", width: 8) == ["检查完", "毕。"])
    }

    @Test("an opening bracket never ends a line: it moves down with the next character")
    func openingBracket() {
        #expect(TextFit.wrap("一二「三」", width: 6) == ["一二", "「三」"])
    }

    @Test("a hard newline starts a new line and empty lines are kept")
    func hardNewlines() {
        #expect(TextFit.wrap("第一行\n第二行", width: 20) == ["第一行", "第二行"])
        #expect(TextFit.wrap("a\r\nb\n\nc", width: 20) == ["a", "b", "", "c"])
        #expect(TextFit.wrap("", width: 5) == [""])
        #expect(TextFit.wrap("x\n", width: 5) == ["x", ""])
    }

    @Test("emoji, flags and combining marks are never split")
    func graphemesStayWhole() {
        #expect(TextFit.wrap("👨‍👩‍👧🇨🇳👍", width: 4) == ["👨‍👩‍👧🇨🇳", "👍"])
        #expect(TextFit.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("leading indentation is kept when it fits")
    func indentation() {
        #expect(TextFit.wrap("  保定 市", width: 20) == ["  保定 市"])
    }

    @Test("widths below 2 still terminate, with each wide character alone on its line")
    func tinyWidths() {
        #expect(TextFit.wrap("保定ab", width: 1) == ["保", "定", "a", "b"])
        #expect(TextFit.wrap("保定ab", width: 0) == ["保", "定", "a", "b"])
        #expect(TextFit.wrap("ab cd", width: -5) == ["a", "b", "c", "d"])
    }
}
