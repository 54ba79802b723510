import Testing
@testable import AnxinText

@Suite("generated East Asian Width table")
struct EastAsianWidthTableTests {
    @Test("ranges are sorted, non-overlapping, merged and inclusive")
    func rangesAreOrdered() {
        for table in [EastAsianWidthTable.wide, EastAsianWidthTable.zeroWidth] {
            #expect(!table.isEmpty)
            for (low, high) in table {
                #expect(low <= high)
                #expect(high <= 0x10FFFF)
            }
            for (previous, next) in zip(table, table.dropFirst()) {
                // Merged: a gap of at least one code point separates neighbours.
                #expect(previous.1 + 1 < next.0, "\(previous) then \(next)")
            }
        }
    }

    @Test("no code point is both wide and zero width")
    func tablesAreDisjoint() {
        let overlapping = EastAsianWidthTable.zeroWidth
            .flatMap { $0.0...$0.1 }
            .filter { DisplayWidth.contains(EastAsianWidthTable.wide, $0) }
        #expect(overlapping.isEmpty)
    }

    @Test("known code points have their expected widths")
    func knownCodePoints() {
        let expected: [(UInt32, Int)] = [
            (0x0041, 1),   // A
            (0x00E9, 1),   // é
            (0x0300, 0),   // combining grave
            (0x0483, 0),   // combining Cyrillic titlo (Mn)
            (0x0488, 0),   // combining Cyrillic hundred thousands (Me)
            (0x0600, 0),   // Arabic number sign (Cf)
            (0x1100, 2),   // Hangul choseong kiyeok
            (0x1160, 0),   // Hangul jungseong filler
            (0x11FF, 0),   // last Hangul final consonant
            (0x200B, 0),   // zero width space
            (0x2026, 1),   // … (ambiguous)
            (0x231A, 2),   // ⌚
            (0x2E80, 2),   // CJK radical
            (0x3000, 2),   // ideographic space
            (0x302A, 0),   // ideographic tone mark: Mn although W
            (0x3042, 2),   // あ
            (0x4E00, 2),   // 一
            (0x9FFF, 2),   // last CJK unified ideograph
            (0xAC00, 2),   // 가
            (0xD7A3, 2),   // last Hangul syllable
            (0xD7B0, 0),   // Hangul jungseong O-YEO
            (0xE000, 1),   // private use (ambiguous)
            (0xFE0F, 0),   // variation selector 16
            (0xFEFF, 0),   // zero width no-break space (Cf)
            (0xFF01, 2),   // ！ full-width
            (0xFF61, 1),   // ｡ half-width
            (0xFFE0, 2),   // ￠ full-width
            (0x1F1E6, 1),  // lone regional indicator
            (0x1F300, 2),  // 🌀
            (0x1F44D, 2),  // 👍
            (0x1F680, 2),  // 🚀
            (0x1F3FB, 2),  // skin tone modifier
            (0x1F90D, 2),  // 🤍
            (0x1FAE8, 2),  // 🫨 (Unicode 15; unassigned in 14, defaults to wide)
            (0x20000, 2),  // CJK extension B
            (0x2FFFD, 2),
            (0x30000, 2),  // CJK extension G
            (0xE0001, 0),  // language tag (Cf)
            (0xE0100, 0),  // variation selector 17
            (0xF0000, 1),  // supplementary private use
        ]
        for (value, width) in expected {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth.of(scalar) == width, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test("the table names the Unicode version it was generated from")
    func unicodeVersion() {
        #expect(DisplayWidth.unicodeVersion.split(separator: ".").count == 3)
    }
}
