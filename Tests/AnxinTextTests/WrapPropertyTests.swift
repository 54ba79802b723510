import Testing
@testable import AnxinText
import AnxinTestSupport

@Suite("wrapping invariants over random text")
struct WrapPropertyTests {
    @Test("every line fits, and the lines are the input minus the spaces and newlines at breaks",
          arguments: [0x0A11, 0x5EED, 0xBEEF, 0x2024_0601])
    func invariants(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<300 {
            let text = RandomText.make(using: &generator, maxPieces: 60, newlines: true)
            let width = Int.random(in: 2...24, using: &generator)
            let lines = TextFit.wrap(text, width: width)
            let context = "\(text.debugDescription) at width \(width) → \(lines)"
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(context)")
                #expect(!line.contains { $0.isNewline }, "\(context)")
            }
            #expect(Self.isSliced(text, into: lines), "\(context)")
        }
    }

    @Test("widths below 2 terminate and lose nothing but spaces and newlines", arguments: [-1, 0, 1])
    func tinyWidths(width: Int) {
        var generator = SeededGenerator(seed: 0x71AE)
        for _ in 0..<200 {
            let text = RandomText.make(using: &generator, maxPieces: 20, newlines: true)
            let lines = TextFit.wrap(text, width: width)
            for line in lines {
                // Only a lone wide character may overflow a line narrower than 2.
                #expect(DisplayWidth.of(line) <= 1 || line.count == 1, "\(text.debugDescription) → \(lines)")
            }
            #expect(Self.isSliced(text, into: lines), "\(text.debugDescription) → \(lines)")
        }
    }

    @Test("there is one more line than hard newlines, at least")
    func newlinesStartLines() {
        var generator = SeededGenerator(seed: 0x0E11)
        for _ in 0..<200 {
            let text = RandomText.make(using: &generator, newlines: true)
            let newlines = text.filter(\.isNewline).count
            #expect(TextFit.wrap(text, width: 10).count >= newlines + 1)
        }
    }

    @Test("the slicing check itself rejects lost, changed or reordered text")
    func slicingCheck() {
        #expect(Self.isSliced("ab cd\nef", into: ["ab", "cd", "ef"]))
        #expect(Self.isSliced("ab  cd", into: ["ab", " cd"]))
        #expect(!Self.isSliced("ab cd", into: ["ab", "c"]))
        #expect(!Self.isSliced("ab cd", into: ["abcd"]))
        #expect(!Self.isSliced("ab cd", into: ["cd", "ab"]))
        #expect(!Self.isSliced("e\u{301}", into: ["e"]))
    }

    /// Whether `lines` are consecutive slices of `text` (whole grapheme clusters, in
    /// order) separated only by spaces and newlines, with nothing else left over.
    static func isSliced(_ text: String, into lines: [String]) -> Bool {
        let input = Array(text)
        var position = 0
        for line in lines {
            let characters = Array(line)
            while !input[position...].starts(with: characters) {
                guard position < input.count, input[position] == " " || input[position].isNewline else {
                    return false
                }
                position += 1
            }
            position += characters.count
        }
        return input[position...].allSatisfy { $0 == " " || $0.isNewline }
    }
}
