import AnxinCore

/// One decoded journal line: the event and where it is.
typealias DecodedLine = (event: Event, line: Int, offset: Int, length: Int)

/// A run of decoded lines of one file, with the problems found on them.
struct DecodedChunk {
    var lines: [DecodedLine] = []
    var diagnostics: [Diagnostic] = []
    var atEnd = false
}

/// Reads one replica's journal event by event, reporting bad lines and skipping them.
/// Decoding happens in chunks, on a `DecodePipeline` worker when there is one, so that parsing (one core)
/// and folding (another) overlap. In `sortWhole` mode it reads the whole file first and serves it sorted by
/// (instant, line).
final class EventCursor: @unchecked Sendable {
    let index: Int
    let display: String
    private let reader: LineReader
    private let decoder: EventDecoder
    private(set) var summary: JournalFileSummary
    private(set) var head: (event: Event, line: Int, offset: Int, length: Int)? {
        didSet {
            // The merge compares these plain numbers; reading `head` itself would copy a whole event each time.
            hasHead = head != nil
            headMillis = head?.event.at.millisecondsSinceEpoch ?? 0
            headLine = head?.line ?? 0
        }
    }
    private(set) var hasHead = false
    private var headMillis: Int64 = 0
    private var headLine = 0
    /// Set when an event is earlier than the one before it in a streamed file: the fold must start again.
    private(set) var outOfOrder = false
    private(set) var reorderWarnings: [Diagnostic] = []
    private var sorted: [(event: Event, line: Int, offset: Int, length: Int)]?
    private var sortedPosition = 0
    /// The chunk being consumed (its lines in reverse order), and the pipeline that decodes the next ones (nil: decode here).
    private var chunk = DecodedChunk()
    weak var pipeline: DecodePipeline?
    /// This cursor's place in its pipeline.
    var position = 0
    /// The instant of the last event served (the head may have been taken).
    private var lastAt: Instant?
    /// Whether this cursor is served sorted (its whole file read in `init`).
    var isSorted: Bool { sorted != nil }

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

    /// Moves the head out (no copy of the event); `advance` then reads the next one.
    func takeHead() -> DecodedLine? {
        head.take()
    }

    static func precedes(_ a: EventCursor, _ b: EventCursor) -> Bool {
        guard a.hasHead, b.hasHead else { return a.hasHead }
        if a.headMillis != b.headMillis { return a.headMillis < b.headMillis }
        if a.index != b.index { return a.index < b.index }
        return a.headLine < b.headLine
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
        let previous = lastAt
        while chunk.lines.isEmpty {
            if chunk.atEnd {
                head = nil
                return
            }
            chunk = pipeline?.next(for: self) ?? decodeChunk(limit: 256)
            diagnostics.append(contentsOf: chunk.diagnostics)
        }
        head = chunk.lines.popLast()   // moved out, not copied (chunks come reversed)
        lastAt = head?.event.at
        if let previous, let next = lastAt, next < previous { outOfOrder = true }
    }

    /// Decodes up to `limit` events (fewer at the end of the file). Called by one thread at a time.
    func decodeChunk(limit: Int) -> DecodedChunk {
        var result = DecodedChunk()
        result.lines.reserveCapacity(limit)
        while result.lines.count < limit {
            guard let next = readNext(into: &result.diagnostics) else {
                result.atEnd = true
                break
            }
            result.lines.append(next)
        }
        result.lines.reverse()   // served from the back, by moving each line out
        return result
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
