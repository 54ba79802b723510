@testable import AnxinText
import AnxinTestSupport

/// Random text from a mixed alphabet: ASCII words and spaces, Chinese with its
/// punctuation, emoji (ZWJ sequences, flags, skin tones), combining marks and
/// controls made inert; newlines are kept when asked for.
enum RandomText {
    static let pieces: [String] = [
        "a", "b", "z", "Q", "7", "-", ".", ",", "(", ")", "anxin", "Baoding", "2024",
        " ", " ", " ", "  ",
        "保", "定", "市", "安", "全", "生", "产", "企", "业", "，", "。", "、", "「", "」", "（", "）",
        "ＡＢ", "\u{3000}", "“", "”", "…",
        "👍", "👨‍👩‍👧", "🇨🇳", "👍🏽", "❤\u{FE0F}", "1\u{FE0F}\u{20E3}",
        "e\u{301}", "\u{301}", "\u{20DD}", "\u{200B}", "\u{200D}", "\u{1160}",
        "\u{1B}[31m", "\u{07}", "\u{7F}", "\u{9B}", "\t", "\u{202E}",
    ]

    static func make(using generator: inout SeededGenerator, maxPieces: Int = 40, newlines: Bool = false) -> String {
        var text = ""
        var paragraph = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &generator) {
            if newlines && Int.random(in: 0..<10, using: &generator) == 0 {
                text += paragraph.inert + ["\n", "\r\n", "\n\n"].randomElement(using: &generator)!
                paragraph = ""
            } else {
                paragraph += pieces.randomElement(using: &generator)!
            }
        }
        return text + paragraph.inert
    }
}
