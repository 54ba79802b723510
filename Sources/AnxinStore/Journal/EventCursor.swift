import AnxinCore

/// One decoded journal line: the event and where it is.
typealias DecodedLine = (event: Event, line: Int, offset: Int, length: Int)

/// A run of decoded lines of one file, with the problems found on them. Lines are served from the front by
/// moving each one out (`takeFirst`): an event is about 200 bytes, and copying or reordering them cost more
/// than decoding some of their fields.
struct DecodedChunk {
    /// What the merge and the duplicate-id search read of a line, kept beside it: reading fields of a line in an
    /// optional copies the whole line first.
    struct Head {
        var id: EventID
        var at: Instant
        var enterprise: CreditCode
        var line: Int
    }

    /// The lines in file order; those before `next` have been moved out.
    private var lines: [DecodedLine?] = []
    private(set) var heads: [Head] = []
    private var next = 0
    var diagnostics: [Diagnostic] = []
    var atEnd = false

    init(capacity: Int = 0) {
        lines.reserveCapacity(capacity)
        heads.reserveCapacity(capacity)
    }

    init(lines: [DecodedLine], atEnd: Bool) {
        heads = lines.map { Head(id: $0.event.id, at: $0.event.at, enterprise: $0.event.enterprise, line: $0.line) }
        self.lines = lines.map { $0 }
        self.atEnd = atEnd
    }

    /// Lines not yet served.
    var count: Int { lines.count - next }
    var isEmpty: Bool { next == lines.count }

    mutating func append(_ line: consuming DecodedLine) {
        heads.append(Head(id: line.event.id, at: line.event.at, enterprise: line.event.enterprise, line: line.line))
        lines.append(line)
    }

    /// Moves the first line not yet served out of the chunk.
    mutating func takeFirst() -> DecodedLine? {
        guard next < lines.count else { return nil }
        next += 1
        return lines[next - 1].take()
    }

    /// The head of the line `ahead` places after the first one not yet served (0: that one).
    func head(ahead: Int) -> Head? {
        next + ahead < heads.count ? heads[next + ahead] : nil
    }
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
    /// Whether there is an event to serve, and the numbers the merge compares it by. The event itself stays in
    /// `chunk` (its first line not yet served) until `takeHead` moves it out: copying it into a property of its own and out again
    /// cost two copies of a 200-byte event for each of a million events.
    private(set) var hasHead = false
    private(set) var headMillis: Int64 = 0
    private(set) var headLine = 0
    /// The head event's enterprise, and the one of the event after it when this chunk has it (the fold fetches
    /// their records ahead).
    private(set) var headEnterprise: CreditCode?
    private(set) var nextEnterprise: CreditCode?
    /// Set when an event is earlier than the one before it in a streamed file: the fold must start again.
    private(set) var outOfOrder = false
    private(set) var reorderWarnings: [Diagnostic] = []
    /// The chunk being consumed (its first line not yet served is the head), and the pipeline that decodes
    /// the next ones (nil: decode here). A sorted cursor holds its whole file as one chunk.
    private var chunk = DecodedChunk()
    weak var pipeline: DecodePipeline?
    /// This cursor's place in its pipeline, and in the fold's merge (`CursorHeap`).
    var position = 0
    var heapSlot = 0
    /// The instant of the head (or of the last event served).
    private var lastAt: Instant?
    /// Whether this cursor is served sorted (its whole file read in `init`).
    private(set) var isSorted = false

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
            var warnings: [Diagnostic] = []
            while readLine(into: &ignored, deliver: { (next: consuming DecodedLine) in
                if let previous, next.event.at < previous {
                    warnings.append(diagnostic(.warning, line: next.line, Catalog.outOfOrder(previous.description)))
                }
                previous = max(previous ?? next.event.at, next.event.at)
                all.append(next)
            }) {}
            reorderWarnings = warnings
            pendingDiagnostics = ignored
            let sorted = all.enumerated().sorted { a, b in
                let x = a.element.event.at.millisecondsSinceEpoch, y = b.element.event.at.millisecondsSinceEpoch
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
            chunk = DecodedChunk(lines: sorted, atEnd: true)
            isSorted = true
        }
    }

    private var pendingDiagnostics: [Diagnostic] = []

    /// Moves the head out (no copy of the event); `advance` then finds the next one.
    func takeHead() -> DecodedLine? {
        chunk.takeFirst()
    }

    /// Moves to the next valid event (after `takeHead`, or at the start), reporting problems on the way.
    func advance(into diagnostics: inout [Diagnostic]) {
        if !pendingDiagnostics.isEmpty {
            diagnostics.append(contentsOf: pendingDiagnostics)
            pendingDiagnostics = []
        }
        while chunk.isEmpty {
            if chunk.atEnd {
                hasHead = false
                return
            }
            chunk = pipeline?.next(for: self) ?? decodeChunk(limit: 256)
            diagnostics.append(contentsOf: chunk.diagnostics)
        }
        let head = chunk.head(ahead: 0)!
        let at = head.at, line = head.line
        hasHead = true
        headEnterprise = head.enterprise
        nextEnterprise = chunk.head(ahead: 1)?.enterprise
        headMillis = at.millisecondsSinceEpoch
        headLine = line
        if let previous = lastAt, at < previous { outOfOrder = true }
        lastAt = at
    }

    /// Decodes up to `limit` events (fewer at the end of the file). Called by one thread at a time.
    func decodeChunk(limit: Int) -> DecodedChunk {
        var result = DecodedChunk(capacity: limit)
        var diagnostics: [Diagnostic] = []
        while result.count < limit {
            guard readLine(into: &diagnostics, deliver: { (line: consuming DecodedLine) in result.append(line) }) else {
                result.atEnd = true
                break
            }
        }
        result.diagnostics = diagnostics
        return result
    }

    /// Reads one line: a decoded event goes to `deliver` (moved, never copied), problems to `diagnostics`.
    /// False at the end of the file (or when it cannot be read).
    private func readLine(into diagnostics: inout [Diagnostic], deliver: (consuming DecodedLine) -> Void) -> Bool {
        do {
            let more = try reader.next { bytes, line -> Void in
                summary.lines += 1
                if !line.terminated {
                    summary.tornBytes = bytes.count
                    diagnostics.append(Diagnostic(.warning, file: display, line: line.number, column: 1,
                                                  Catalog.tornLine(bytes.count)))
                    return
                }
                if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    return   // blank lines are allowed
                }
                var problems: [LineProblem] = []
                var event = decoder.decode(bytes, problems: &problems)
                if !problems.isEmpty {
                    let source = String(decoding: bytes, as: UTF8.self)
                    for problem in problems {
                        let column = Diagnostic.column(ofByteOffset: problem.offset, in: bytes)
                        diagnostics.append(Diagnostic(problem.severity, file: display, line: line.number,
                                                      column: column, problem.message, sourceLine: source))
                    }
                }
                guard let at = event?.at else { return }
                summary.events += 1
                summary.lastInstant = max(summary.lastInstant ?? at, at)
                // Moved out of the optional and on, never copied: an event is about 200 bytes and a dozen texts.
                deliver((event.take().unsafelyUnwrapped, line.number, line.offset, bytes.count))
            }
            summary.bytes = reader.bytesRead
            return more != nil
        } catch {
            diagnostics.append(Diagnostic(.error, file: display, line: reader.lineNumber, column: 0, error.message))
            return false
        }
    }

    func diagnostic(_ severity: Diagnostic.Severity, line: Int, _ message: Message) -> Diagnostic {
        Diagnostic(severity, file: display, line: line, column: 1, message)
    }
}
