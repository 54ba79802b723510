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
