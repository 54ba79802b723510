import AnxinCore
import AnxinText

/// A problem found in a file, named by file, line and column, in the shape compilers and hledger use:
/// `data/events/lap-3.jsonl:1042:17: error: unknown verdict "metx" (expected met, unmet, na, clear)`.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in characters (not bytes), so it matches what an editor shows.
    public var column: Int
    public var message: Message
    /// The offending line, quoted under the message with a caret.
    public var sourceLine: String?

    public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: Message, sourceLine: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:column: error: message`, then the line and a caret when known.
    public func rendered(_ language: Language, quoteSource: Bool = true) -> String {
        var place = file
        if line > 0 { place += ":\(line):\(column)" }
        var text = "\(place): \(severity.rawValue): \(message.text(language))"
        if quoteSource, let sourceLine, line > 0 {
            let shown = String(sourceLine.prefix(160))
            let caretColumn = max(1, column)
            if caretColumn <= shown.count + 1 {
                let lead = DisplayWidth.of(String(shown.prefix(caretColumn - 1)))
                text += "\n    | \(shown)\n    | " + String(repeating: " ", count: lead) + "^"
            }
        }
        return text
    }

    /// The 1-based character column of a byte offset within a line.
    public static func column(ofByteOffset offset: Int, in line: some Collection<UInt8>) -> Int {
        var column = 1
        var index = 0
        for byte in line {
            if index >= offset { break }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}

/// Diagnostics gathered over a run: every problem is reported, not only the first.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}
