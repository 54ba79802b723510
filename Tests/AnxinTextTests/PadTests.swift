import Testing
@testable import AnxinText
import AnxinTestSupport

@Suite("padding to exact columns")
struct PadTests {
    @Test("left, right and centre alignment pad mixed text to exactly the width")
    func alignments() {
        #expect(TextFit.pad("保定ab", toWidth: 10) == "保定ab    ")
        #expect(TextFit.pad("保定ab", toWidth: 10, alignment: .right) == "    保定ab")
        #expect(TextFit.pad("保定ab", toWidth: 10, alignment: .center) == "  保定ab  ")
        #expect(TextFit.pad("保定a", toWidth: 10, alignment: .center) == "  保定a   ")
    }

    @Test("text that is too wide is truncated first, then padded where a wide character was dropped")
    func truncatesThenPads() {
        #expect(TextFit.pad("保定市安全", toWidth: 5) == "保定…")
        #expect(TextFit.pad("保定市安全", toWidth: 4) == "保… ")
        #expect(TextFit.pad("保定市安全", toWidth: 4, alignment: .right) == " 保…")
        #expect(TextFit.fit("保定市安全", toWidth: 4, ellipsis: "") == "保定")
    }

    @Test("width 0 or less gives an empty cell")
    func emptyCell() {
        #expect(TextFit.fit("保定", toWidth: 0) == "")
        #expect(TextFit.pad("", toWidth: -1) == "")
        #expect(TextFit.pad("", toWidth: 3) == "   ")
    }

    @Test("every fitted cell is exactly the requested width")
    func exactWidth() {
        var generator = SeededGenerator(seed: 0xCE11)
        let alignments: [TextFit.Alignment] = [.left, .right, .center]
        for _ in 0..<500 {
            let text = RandomText.make(using: &generator)
            let width = Int.random(in: 1...30, using: &generator)
            let alignment = alignments.randomElement(using: &generator)!
            let cell = TextFit.fit(text, toWidth: width, alignment: alignment)
            #expect(DisplayWidth.of(cell) == width, "\(text.debugDescription) to \(width)")
        }
    }
}
