import AnxinStore
import Testing
import AnxinTestSupport

@Suite("CSV reader reads back what the writer wrote")
struct CSVRoundTripPropertyTests {
    /// Characters that stress quoting: separators, quotes, every line break, spaces, Chinese, an emoji.
    static let alphabet: [String] = [",", "\"", "\n", "\r", "\r\n", " ", "\t", "a", "Z", "0", "=", "企", "业", "，", "　", "😀", "é"]

    static func field(_ random: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...8, using: &random)
        return (0..<length).map { _ in random.pick(alphabet) }.joined()
    }

    @Test("random records round-trip field for field", arguments: [UInt64(1), 2, 3, 0xC5F])
    func roundTrip(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let records = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<Int.random(in: 1...5, using: &random)).map { _ in Self.field(&random) }
            }
            var writer = CSVWriter(byteOrderMark: false)
            for record in records { writer.append(record) }
            let read = CSVReader.read(writer.bytes)
            #expect(read.unterminatedQuote == nil)
            #expect(read.records.map(\.fields) == records, "seed \(seed): \(records)")
            #expect(read.records.map(\.row) == Array(1...records.count))
        }
    }

    /// Line breaks in a field's text: CRLF once, a lone CR or LF once each.
    static func lineBreaks(_ field: String) -> Int {
        let scalars = Array(field.unicodeScalars)
        return scalars.indices.filter { index in
            scalars[index] == "\n" || (scalars[index] == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n"))
        }.count
    }

    @Test("physical lines advance by the line breaks inside each record", arguments: [UInt64(11), 12])
    func lines(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<100 {
            let records = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in Self.field(&random) }
            }
            var writer = CSVWriter(byteOrderMark: false)
            for record in records { writer.append(record) }
            var expectedLine = 1
            for (record, read) in zip(records, CSVReader.read(writer.bytes).records) {
                #expect(read.firstLine == expectedLine)
                // Breaks inside fields: CRLF counts once, a lone CR or LF once each.
                let inner = record.map(Self.lineBreaks).reduce(0, +)
                #expect(read.lastLine == expectedLine + inner)
                expectedLine += inner + 1
            }
        }
    }
}
