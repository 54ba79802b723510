import AnxinCore
import CPrefetch

/// One decoded journal line: the event and where it is. A struct, not a tuple: a field read through a pointer
/// to a tuple copied the whole tuple first.
struct DecodedLine {
    var event: Event
    var line: Int
    var offset: Int
    var length: Int
}

/// A run of decoded lines of one file, with the problems found on them. The fold reads each line where it is
/// (`first`, a pointer valid until the chunk is dropped) and moves on (`skipFirst`); the lines are destroyed
/// with the chunk, which goes back to the decoding thread that made them (`DecodePipeline.recycle`). Moving a
/// 200-byte event out to the folding core, then freeing its texts there, cost that core more than judging it.
struct DecodedChunk: @unchecked Sendable {
    /// What the merge and the duplicate-id search read of a line, kept beside it in a small value.
    struct Head {
        var id: EventID
        var at: Instant
        var enterprise: CreditCode
        var line: Int
    }

    /// The lines in file order, in a buffer of their own (so that a pointer to a line stays valid while the
    /// chunk lives); those before `next` have been served. Only the thread holding the chunk touches it.
    private var lines: LineBuffer
    private(set) var heads: [Head] = []
    private var next = 0
    var diagnostics: [Diagnostic] = []
    var atEnd = false

    init(capacity: Int = 0) {
        lines = LineBuffer(capacity: capacity)
        heads.reserveCapacity(capacity)
    }

    init(lines: [DecodedLine], atEnd: Bool) {
        self.init(capacity: lines.count)
        for line in lines { append(line) }
        self.atEnd = atEnd
    }

    /// Lines not yet served.
    var count: Int { lines.count - next }
    var isEmpty: Bool { next == lines.count }

    mutating func append(_ line: consuming DecodedLine) {
        lines.nextPlace().initialize(to: line)
        commitNextLine()
    }

    /// Where the next line is to be written (uninitialized): write it there, then `commitNextLine`.
    mutating func nextLinePlace() -> UnsafeMutablePointer<DecodedLine> { lines.nextPlace() }

    /// The line written at `nextLinePlace` belongs to the chunk now.
    mutating func commitNextLine() {
        let line = lines.placeToCommit
        heads.append(Head(id: line.pointee.event.id, at: line.pointee.event.at, enterprise: line.pointee.event.enterprise,
                          line: line.pointee.line))
        lines.commitNext()
    }

    /// The first line not yet served, in place: valid while this chunk lives.
    var first: UnsafeMutablePointer<DecodedLine> { lines.start + next }

    /// Asks the processor for the first line not yet served (written on the decoding core: the fold would
    /// otherwise wait for each of its cache lines when it moves the event out) and for the head two after it
    /// (the one after it is read right away, and was asked for when it was two after).
    mutating func prefetchFirst() {   // mutating: read in place, nothing retained
        let line = UnsafeRawPointer(lines.start + next)
        var offset = 0
        while offset < MemoryLayout<DecodedLine>.size {
            anxin_prefetch_write(line + offset)
            offset += 64
        }
        // A line is not aligned to the cache's lines: its last bytes (where it is in the file) may be in one more.
        anxin_prefetch_write(line + MemoryLayout<DecodedLine>.size - 1)
        if next + 2 < heads.count { heads.withUnsafeBufferPointer { anxin_prefetch($0.baseAddress! + next + 2) } }
    }

    /// The first line not yet served has been: serve the one after it.
    mutating func skipFirst() {
        next += 1
    }

    /// The head of the line `ahead` places after the first one not yet served (0: that one).
    func head(ahead: Int) -> Head? {
        next + ahead < heads.count ? heads[next + ahead] : nil
    }
}

/// Decoded lines in one allocation that never moves once the chunk is complete (a chunk's capacity is known
/// when it is made; a full buffer grows by moving its lines, so the place `nextPlace` gives is valid only
/// until the next `nextPlace`, and the fold's pointers are taken only once a chunk is complete). Destroys its
/// lines when it goes.
final class LineBuffer {
    private(set) var start: UnsafeMutablePointer<DecodedLine>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 1)
        start = .allocate(capacity: self.capacity)
    }

    /// Where the next line goes (uninitialized memory, room made first): initialize it, then `commitNext`.
    func nextPlace() -> UnsafeMutablePointer<DecodedLine> {
        if count == capacity {
            let larger = UnsafeMutablePointer<DecodedLine>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: start, count: count)
            start.deallocate()
            start = larger
            capacity *= 2
        }
        return start + count
    }

    /// The place `nextPlace` gave, without making room: where the line to commit is.
    var placeToCommit: UnsafeMutablePointer<DecodedLine> {
        precondition(count < capacity, "a line is committed only where nextPlace made room for it")
        return start + count
    }

    /// The line at `nextPlace` is initialized: it is the buffer's now.
    func commitNext() {
        precondition(count < capacity, "a line is committed only where nextPlace made room for it")
        count += 1
    }

    deinit {
        start.deinitialize(count: count)
        start.deallocate()
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
