/// The text encodings a roster arrives in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// Also GBK and GB2312, of which it is a superset.
    case gb18030
}

/// Why bytes could not be read as text.
public enum TextDecodingProblem: Error, Sendable, Equatable {
    /// No text at all (zero bytes, or only a byte-order mark and spaces).
    case empty
    /// Not a text file; `kind` names what it looks like when that is recognizable.
    case binary(BinaryKind)
    /// A byte sequence invalid in the encoding, at a physical line (1-based) of the file.
    case invalid(TextEncoding, line: Int)
    /// The system cannot convert from this encoding.
    case unsupported(TextEncoding)

    public enum BinaryKind: Sendable, Equatable {
        /// An .xlsx workbook (a ZIP archive).
        case xlsxWorkbook
        /// An .xls workbook (an OLE2 compound file).
        case xlsWorkbook
        /// UTF-16 text (Excel's "Unicode text").
        case utf16
        case other
    }
}

/// Text as read from a file: UTF-8 bytes without a byte-order mark, and the encoding it came in.
public struct DecodedText: Sendable {
    public var utf8: [UInt8]
    public var encoding: TextEncoding
    public var hadByteOrderMark: Bool
}

/// Finds a file's encoding and decodes it: valid UTF-8 (with or without a BOM) is UTF-8; anything else is read as
/// GB18030, which Chinese Excel writes. Workbooks and other binary files are recognized and refused by name.
public enum TextEncodingDetector {
    /// `requested`: a forced encoding (`--encoding`), or nil to detect.
    public static func decode(_ raw: [UInt8], requested: TextEncoding? = nil) -> Result<DecodedText, TextDecodingProblem> {
        if let kind = binaryKind(raw) { return .failure(.binary(kind)) }
        let hasBOM = raw.starts(with: CSVWriter.byteOrderMark)
        let body = hasBOM ? Array(raw.dropFirst(3)) : raw
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .failure(.empty) }
        let encoding: TextEncoding
        let invalidUTF8 = firstInvalidUTF8(body)
        switch requested {
        case .some(let forced): encoding = forced
        case nil: encoding = (invalidUTF8 == nil || hasBOM) ? .utf8 : .gb18030
        }
        let text: [UInt8]
        switch encoding {
        case .utf8:
            if let offset = invalidUTF8 { return .failure(.invalid(.utf8, line: line(of: offset, in: body))) }
            text = body
        case .gb18030:
            do { text = try GB18030.decode(body) } catch {
                switch error {
                case let .invalidBytes(offset): return .failure(.invalid(.gb18030, line: line(of: offset, in: body)))
                case .unavailable: return .failure(.unsupported(.gb18030))
                }
            }
        }
        // Control characters other than tab and line breaks do not occur in a spreadsheet's text.
        if text.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) {
            return .failure(.binary(.other))
        }
        return .success(DecodedText(utf8: text, encoding: encoding, hadByteOrderMark: hasBOM))
    }

    static func binaryKind(_ raw: [UInt8]) -> TextDecodingProblem.BinaryKind? {
        if raw.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsxWorkbook }
        if raw.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .xlsWorkbook }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) { return .utf16 }
        if raw.prefix(65_536).contains(0) { return .other }
        return nil
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int, minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The 1-based physical line holding a byte offset.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < min(offset, bytes.count) {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A)) { line += 1 }
            index += 1
        }
        return line
    }
}
