/// One record of a CSV file, with where it is: the row number a spreadsheet shows (the header is row 1; a record
/// whose quoted field holds line breaks is still one row) and the physical lines of the file it spans.
public struct CSVRecord: Sendable, Equatable {
    public var fields: [String]
    /// 1-based, as Excel numbers the rows.
    public var row: Int
    /// 1-based physical lines of the text where the record starts and ends.
    public var firstLine: Int
    public var lastLine: Int

    public init(fields: [String], row: Int, firstLine: Int, lastLine: Int) {
        self.fields = fields
        self.row = row
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// A row with no text in any cell (Excel writes blank rows as `,,,,`).
    public var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } }
    }
}

/// A quoted field that is still open when the text ends: the file was cut short (or a quote is stray).
public struct CSVUnterminatedQuote: Sendable, Equatable {
    /// The row and physical line where the open quote is.
    public var row: Int
    public var line: Int
    /// 0-based index of the field that opened the quote.
    public var fieldIndex: Int
}

/// Reads RFC 4180 CSV from UTF-8 bytes (without a byte-order mark): fields separated by commas, records by CRLF,
/// LF or a lone CR; a field in double quotes may hold commas, line breaks and doubled quotes.
///
/// Hand-written rather than taken from a library because an import must name the spreadsheet row and the physical
/// line of every problem, keep line breaks inside quoted cells, and report a file that ends inside a quote as
/// truncated instead of guessing. Lenient where Excel is: a quote inside an unquoted field is kept as text, and text
/// after a closing quote is appended to the field.
public enum CSVReader {
    public struct Result: Sendable {
        public var records: [CSVRecord]
        /// Set when the text ends inside a quoted field; `records` then holds the records before it.
        public var unterminatedQuote: CSVUnterminatedQuote?
    }

    public static func read(_ bytes: [UInt8]) -> Result {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, row = 1, recordLine = 1
        var index = 0
        let count = bytes.count
        var atFieldStart = true

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        func endRecord(lastLine: Int) {
            endField()
            records.append(CSVRecord(fields: fields, row: row, firstLine: recordLine, lastLine: lastLine))
            fields = []
            row += 1
        }

        while index < count {
            let byte = bytes[index]
            if atFieldStart && byte == quote {
                // A quoted field: up to the closing quote, doubled quotes are one quote.
                let openLine = line
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if inner == lf || (inner == cr && !(index + 1 < count && bytes[index + 1] == lf)) { line += 1 }
                    field.append(inner)
                    index += 1
                }
                if !closed {
                    return Result(records: records,
                                  unterminatedQuote: CSVUnterminatedQuote(row: row, line: openLine, fieldIndex: fields.count))
                }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            switch byte {
            case comma:
                endField()
                index += 1
            case cr, lf:
                let recordEnd = line
                index += (byte == cr && index + 1 < count && bytes[index + 1] == lf) ? 2 : 1
                line += 1
                endRecord(lastLine: recordEnd)
                recordLine = line
            default:
                field.append(byte)
                index += 1
            }
        }
        // The last record when the text does not end with a line break.
        if !atFieldStart || !fields.isEmpty || !field.isEmpty {
            endRecord(lastLine: line)
        }
        return Result(records: records, unterminatedQuote: nil)
    }
}
