import Foundation
import AnxinText

/// A text table measured in terminal columns (Chinese characters take two), never in bytes.
struct Table {
    struct Column {
        let title: String
        let width: Int
        var alignment: TextFit.Alignment = .left
    }

    let columns: [Column]

    func header() -> String {
        line(columns.map(\.title))
    }

    func line(_ cells: [String]) -> String {
        zip(columns, cells).map { column, cell in
            TextFit.fit(cell.inert, toWidth: column.width, alignment: column.alignment)
        }.joined(separator: " ").trimmingTrailingSpaces()
    }
}

/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
enum CSV {
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
