import AnxinCore

/// Reads one replica's journal event by event, reporting bad lines and skipping them.
/// In `sortWhole` mode it reads the whole file first and serves it sorted by (instant, line).
final class EventCursor {
    let index: Int
    let display: String
    private let reader: LineReader
    private let decoder: EventDecoder
    private(set) var summary: JournalFileSummary
    private(set) var head: (event: Event, line: Int, offset: Int, length: Int)?
    /// Set when an event is earlier than the one before it in a streamed file: the fold must start again.
    private(set) var outOfOrder = false
    private(set) var reorderWarnings: [Diagnostic] = []
    private var sorted: [(event: Event, line: Int, offset: Int, length: Int)]?
    private var sortedPosition = 0

    init(index: Int, path: String, display: String, replica: String, catalog: CriteriaCatalog,
         sortWhole: Bool) throws(FileError) {
        self.index = index
        self.display = display
        reader = try LineReader(path: path)
        decoder = EventDecoder(replica: replica, catalog: catalog)
        summary = JournalFileSummary(path: display, replica: replica)
        if sortWhole {
            var all: [(event: Event, line: Int, offset: Int, length: Int)] = []
            var ignored: [Diagnostic] = []
            var previous: Instant?
            while let next = readNext(into: &ignored) {
                if let previous, next.event.at < previous {
                    reorderWarnings.append(diagnostic(.warning, line: next.line, Catalog.outOfOrder(previous.description)))
                }
                previous = max(previous ?? next.event.at, next.event.at)
                all.append(next)
            }
            pendingDiagnostics = ignored
            sorted = all.enumerated().sorted { a, b in
                let x = a.element.event.at.millisecondsSinceEpoch, y = b.element.event.at.millisecondsSinceEpoch
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        }
    }

    private var pendingDiagnostics: [Diagnostic] = []

    static func precedes(_ a: EventCursor, _ b: EventCursor) -> Bool {
        guard let x = a.head, let y = b.head else { return a.head != nil }
        let tx = x.event.at.millisecondsSinceEpoch, ty = y.event.at.millisecondsSinceEpoch
        if tx != ty { return tx < ty }
        if a.index != b.index { return a.index < b.index }
        return x.line < y.line
    }

    /// Moves to the next valid event, reporting problems on the way.
    func advance(into diagnostics: inout [Diagnostic]) {
        if !pendingDiagnostics.isEmpty {
            diagnostics.append(contentsOf: pendingDiagnostics)
            pendingDiagnostics = []
        }
        if let sorted {
            head = sortedPosition < sorted.count ? sorted[sortedPosition] : nil
            sortedPosition += 1
            return
        }
        let previous = head?.event.at
        head = readNext(into: &diagnostics)
        if let previous, let next = head?.event.at, next < previous { outOfOrder = true }
    }

    private func readNext(into diagnostics: inout [Diagnostic]) -> (event: Event, line: Int, offset: Int, length: Int)? {
        while true {
            let result: (Event?, Int, Int, Int)?
            do {
                result = try reader.next { bytes, line -> (Event?, Int, Int, Int) in
                    summary.lines += 1
                    if !line.terminated {
                        summary.tornBytes = bytes.count
                        diagnostics.append(Diagnostic(.warning, file: display, line: line.number, column: 1,
                                                      Catalog.tornLine(bytes.count)))
                        return (nil, line.number, line.offset, bytes.count)
                    }
                    if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                        return (nil, line.number, line.offset, bytes.count)   // blank lines are allowed
                    }
                    let (event, problems) = decoder.decode(bytes)
                    if !problems.isEmpty {
                        let source = String(decoding: bytes, as: UTF8.self)
                        for problem in problems {
                            let column = Diagnostic.column(ofByteOffset: problem.offset, in: bytes)
                            diagnostics.append(Diagnostic(problem.severity, file: display, line: line.number,
                                                          column: column, problem.message, sourceLine: source))
                        }
                    }
                    return (event, line.number, line.offset, bytes.count)
                }
            } catch {
                diagnostics.append(Diagnostic(.error, file: display, line: reader.lineNumber, column: 0, error.message))
                return nil
            }
            summary.bytes = reader.bytesRead
            guard let (event, line, offset, length) = result else { return nil }
            if let event {
                summary.events += 1
                summary.lastInstant = max(summary.lastInstant ?? event.at, event.at)
                return (event, line, offset, length)
            }
        }
    }

    func diagnostic(_ severity: Diagnostic.Severity, line: Int, _ message: Message) -> Diagnostic {
        Diagnostic(severity, file: display, line: line, column: 1, message)
    }
}
