/// Writes CSV the way Excel reads it best: UTF-8 with a byte-order mark (so Excel shows Chinese correctly),
/// CRLF after every record, and RFC 4180 quoting: a field holding a comma, a quote, a line break, or spaces at
/// either end is put in double quotes, with its quotes doubled. `CSVReader` reads it back field for field.
public struct CSVWriter: Sendable {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public private(set) var bytes: [UInt8]

    public init(byteOrderMark: Bool = true) {
        bytes = byteOrderMark ? CSVWriter.byteOrderMark : []
    }

    public mutating func append(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVWriter.appendField(field, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func appendField(_ field: String, to out: inout [UInt8]) {
        let utf8 = field.utf8
        guard CSVWriter.needsQuotes(utf8) else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func needsQuotes(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || last == 0x20 || first == 0x09 || last == 0x09 { return true }
        return utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }
}
