/// A roster file as read: its encoding, header row and records, or why it cannot be read.
public struct RosterFile: Sendable {
    public let encoding: TextEncoding
    public let header: CSVRecord
    /// The rows under the header, blank trailing rows dropped.
    public let records: [CSVRecord]

    public enum Failure: Error, Sendable {
        case file(FileError)
        case text(TextDecodingProblem)
        /// The file ends inside a quoted field (it was cut short).
        case truncated(CSVUnterminatedQuote, column: String)
        /// A header, and not one row of data.
        case noRows
    }

    /// `encoding`: forced, or nil to detect (UTF-8 when valid, else GB18030).
    /// `mappedColumns`: headers named by `--map`, which count as known when looking for the header row.
    public static func read(path: String, encoding: TextEncoding?, mappedColumns: Set<String> = []) throws(Failure) -> RosterFile {
        let raw: [UInt8]
        do { raw = try POSIXFile.readAll(path) } catch { throw .file(error) }
        return try parse(raw, encoding: encoding, mappedColumns: mappedColumns)
    }

    public static func parse(_ raw: [UInt8], encoding: TextEncoding?, mappedColumns: Set<String> = []) throws(Failure) -> RosterFile {
        let text: DecodedText
        switch TextEncodingDetector.decode(raw, requested: encoding) {
        case let .success(decoded): text = decoded
        case let .failure(problem): throw .text(problem)
        }
        let read = CSVReader.read(text.utf8)
        var records = read.records
        if let open = read.unterminatedQuote {
            // Named by its header when the quote opens under the header, else by its position.
            let header = records.first?.fields ?? []
            let column = open.row > 1 && open.fieldIndex < header.count && !header[open.fieldIndex].isEmpty
                ? header[open.fieldIndex] : String(open.fieldIndex + 1)
            throw .truncated(open, column: column)
        }
        while let last = records.last, last.isBlank { records.removeLast() }
        guard let headerIndex = headerPosition(records, mapped: mappedColumns) else { throw .text(.empty) }
        let header = records[headerIndex]
        let rows = Array(records[(headerIndex + 1)...])
        guard rows.contains(where: { !$0.isBlank }) else { throw .noRows }
        return RosterFile(encoding: text.encoding, header: header, records: rows)
    }

    /// The header row: the first of the first ten rows that names at least two roster columns (a title row such
    /// as "保定市安全诚信企业名单" above the header is skipped), else the first row that is not blank.
    static func headerPosition(_ records: [CSVRecord], mapped: Set<String>) -> Int? {
        let mappedKeys = Set(mapped.map(RosterField.normalized))
        for (index, record) in records.prefix(10).enumerated() {
            let known = record.fields.filter { RosterField(header: $0) != nil || mappedKeys.contains(RosterField.normalized($0)) }
            if known.count >= 2 { return index }
        }
        return records.firstIndex { !$0.isBlank }
    }
}
