import Testing
@testable import AnxinText

@Suite("inert text")
struct InertTextTests {
    @Test("plain Chinese and ASCII text is unchanged")
    func plainTextUnchanged() {
        #expect("保定市安全生产 ok 👍".inert == "保定市安全生产 ok 👍")
        #expect(InertText.make("") == "")
    }

    @Test("an escape sequence shows as text and cannot drive the terminal")
    func escapeSequence() {
        let note = "\u{1B}[2J\u{1B}]0;pwned\u{07}名称"
        let safe = note.inert
        #expect(safe == "␛[2J␛]0;pwned␇名称")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("C0 controls become control pictures, DEL becomes ␡, C1 controls become �")
    func controlPictures() {
        #expect("\u{00}".inert == "\u{2400}")
        #expect("\u{1F}".inert == "\u{241F}")
        #expect("\u{7F}".inert == "\u{2421}")
        #expect("\u{80}\u{9B}\u{9F}".inert == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test("a tab becomes one space and every newline becomes ⏎")
    func tabsAndNewlines() {
        #expect("a\tb".inert == "a b")
        #expect("一\n二\r\n三\r四".inert == "一⏎二⏎三⏎四")
        #expect("a\u{2028}b\u{2029}c".inert == "a⏎b⏎c")
    }

    @Test("bidirectional embedding, override and isolate controls are removed")
    func bidiControls() {
        #expect("abc\u{202E}fed\u{202C}".inert == "abcfed")
        #expect("\u{2066}x\u{2067}y\u{2068}z\u{2069}".inert == "xyz")
        #expect("\u{202A}\u{202B}\u{202D}".inert == "")
    }

    @Test("every replacement takes exactly one column")
    func replacementsTakeOneColumn() {
        for value in UInt32(0x00)...0x9F where value < 0x20 || value >= 0x7F {
            let text = String(Unicode.Scalar(value)!).inert
            #expect(DisplayWidth.of(text) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test("a substring can be made inert")
    func substring() {
        let line = "x\u{1B}y"
        #expect(InertText.make(line.dropFirst()) == "␛y")
    }
}
