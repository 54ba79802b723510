import Testing
@testable import AnxinText

@Suite("display width")
struct DisplayWidthTests {
    @Test("printable ASCII takes one column per character")
    func ascii() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("~ !") == 3)
    }

    @Test("a Chinese character takes two columns: 保定市 is 6")
    func cjk() {
        #expect(DisplayWidth.of("保定市") == 6)
        #expect(DisplayWidth.of("保定市 Baoding") == 14)
        #expect(DisplayWidth.of(Character("安")) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x5B89)!) == 2)  // 安
    }

    @Test("full-width forms and punctuation take two columns, half-width katakana one")
    func fullWidthForms() {
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("，。！") == 6)
        #expect(DisplayWidth.of("\u{3000}") == 2)  // ideographic space
        #expect(DisplayWidth.of("ｱ") == 1)  // U+FF71 half-width katakana
    }

    @Test("ambiguous-width characters count one column")
    func ambiguous() {
        #expect(DisplayWidth.of("…") == 1)
        #expect(DisplayWidth.of("“”") == 2)
        #expect(DisplayWidth.of("±§") == 2)
    }

    @Test("a combining mark adds no column: e + U+0301 is 1")
    func combiningMarks() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of("a\u{20DD}") == 1)  // enclosing circle
        #expect(DisplayWidth.of("保\u{301}") == 2)
    }

    @Test("decomposed Hangul takes two columns like the precomposed syllable")
    func hangul() {
        #expect(DisplayWidth.of("\u{AC00}") == 2)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test("emoji take two columns: 👍, a family ZWJ sequence and a flag")
    func emoji() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("赞👍") == 4)
    }

    @Test("a narrow emoji-capable base with U+FE0F or a skin tone takes two columns")
    func emojiPresentation() {
        #expect(DisplayWidth.of("\u{2764}") == 1)  // ❤ text style
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 2)  // ❤️
        #expect(DisplayWidth.of("\u{261D}\u{1F3FB}") == 2)  // ☝🏻
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)  // 1️⃣ keycap
        #expect(DisplayWidth.of("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}") == 2)  // 🏳️‍🌈
        #expect(DisplayWidth.of("a\u{FE0F}") == 1)  // not an emoji base
    }

    @Test("zero-width joiner, zero-width space and variation selectors take no column")
    func zeroWidthCharacters() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xE0100)!) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("a\u{200D}b") == 2)
    }

    @Test("soft hyphen stays visible and takes one column")
    func softHyphen() {
        #expect(DisplayWidth.of(Unicode.Scalar(0xAD)!) == 1)
    }

    @Test("C0 and C1 controls and DEL take no column")
    func controls() {
        for value: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("a\u{1B}b") == 2)
        #expect(DisplayWidth.of("\r\n") == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xA0)!) == 1)  // no-break space
    }

    @Test("a substring measures like the string it shows")
    func substrings() {
        let text = "保定市安全 ok"
        #expect(DisplayWidth.of(text.dropFirst(3)) == 7)
        #expect(DisplayWidth.of(text.prefix(2)) == 4)
    }
}
