import AnxinCore

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
    /// `chunk` (its first line not yet served), read there through `head`: copying a 200-byte event out for each
    /// of a million events cost more than judging it.
    private(set) var hasHead = false
    private(set) var headMillis: Int64 = 0
    private(set) var headLine = 0
    /// The head event's enterprise (the fold fetches records ahead).
    var headEnterprise: CreditCode? { hasHead ? chunk.head(ahead: 0)?.enterprise : nil }
    /// The line after the head in the chunk at hand, if it holds one (the fold looks ahead to fetch memory).
    var nextHead: DecodedChunk.Head? { chunk.head(ahead: 1) }
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
            var all: [DecodedLine] = []
            var ignored: [Diagnostic] = []
            var previous: Instant?
            var warnings: [Diagnostic] = []
            let place = UnsafeMutablePointer<DecodedLine>.allocate(capacity: 1)
            defer { place.deallocate() }
            while readLine(into: &ignored, place: { place }, commit: {
                let next = place.move()
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

    /// The head line in place: valid until `moveOn`. The fold moves the event out to judge and fold it and puts
    /// it back after, so that the chunk, destroyed on a decoding thread, frees its texts there.
    var head: UnsafeMutablePointer<DecodedLine> { chunk.first }

    /// The head has been served: move to the next valid event, reporting problems on the way.
    func moveOn(into diagnostics: inout [Diagnostic]) {
        chunk.skipFirst()
        advance(into: &diagnostics)
    }

    /// Finds the head: the first valid event not yet served (at the start, and after each `moveOn`).
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
            var served = pipeline?.next(for: self) ?? decodeChunk(limit: 256)
            swap(&served, &chunk)
            // Its events' texts are freed by the thread that made them (and off the folding one).
            if let pipeline { pipeline.recycle(consume served) }
            diagnostics.append(contentsOf: chunk.diagnostics)
        }
        let head = chunk.head(ahead: 0)!
        chunk.prefetchFirst()
        let at = head.at, line = head.line
        hasHead = true
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
            guard readLine(into: &diagnostics, place: { result.nextLinePlace() }, commit: { result.commitNextLine() }) else {
                result.atEnd = true
                break
            }
        }
        result.diagnostics = diagnostics
        return result
    }

    /// Reads one line: a decoded event is written into the line `place` gives, then `commit` is called (a line
    /// that is not an event leaves the place as it was), problems go to `diagnostics`. False at the end of the
    /// file (or when it cannot be read).
    private func readLine(into diagnostics: inout [Diagnostic], place: () -> UnsafeMutablePointer<DecodedLine>,
                          commit: () -> Void) -> Bool {
        do {
            let more: Void? = try reader.next { bytes, line -> Void in
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
                let target = place()
                let eventPlace = UnsafeMutableRawPointer(target)
                    .advanced(by: MemoryLayout<DecodedLine>.offset(of: \DecodedLine.event)!).assumingMemoryBound(to: Event.self)
                let decoded = decoder.decode(bytes, problems: &problems, into: eventPlace)
                if !problems.isEmpty {
                    let source = String(decoding: bytes, as: UTF8.self)
                    for problem in problems {
                        let column = Diagnostic.column(ofByteOffset: problem.offset, in: bytes)
                        diagnostics.append(Diagnostic(problem.severity, file: display, line: line.number,
                                                      column: column, problem.message, sourceLine: source))
                    }
                }
                guard decoded else { return }
                let at = eventPlace.pointee.at
                summary.events += 1
                summary.lastInstant = max(summary.lastInstant ?? at, at)
                // The rest of the line's fields beside the event decoded in place (never copied: an event is
                // about 200 bytes and a dozen texts).
                let raw = UnsafeMutableRawPointer(target)
                raw.advanced(by: MemoryLayout<DecodedLine>.offset(of: \DecodedLine.line)!).initializeMemory(as: Int.self, repeating: line.number, count: 1)
                raw.advanced(by: MemoryLayout<DecodedLine>.offset(of: \DecodedLine.offset)!).initializeMemory(as: Int.self, repeating: line.offset, count: 1)
                raw.advanced(by: MemoryLayout<DecodedLine>.offset(of: \DecodedLine.length)!).initializeMemory(as: Int.self, repeating: bytes.count, count: 1)
                commit()
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
