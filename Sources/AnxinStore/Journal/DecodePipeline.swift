import Foundation

/// Decodes journal files on worker threads, a few chunks ahead of the fold, so that parsing and folding
/// run on different cores. Memory stays bounded: each file has at most `depth` chunks waiting.
/// With `expectedIDs`, the workers also look for ids used twice (which the fold then need not do: in the
/// common case there are none; when there are, the caller folds again, checking ids in fold order).
final class DecodePipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private let cursors: [EventCursor]
    private var queues: [[DecodedChunk]]
    private var done: [Bool]
    private var stopping = false
    private var workers: [Thread] = []
    /// How many workers were started (kept when `stop` lets go of them).
    private var startedWorkers = 0
    private let chunkSize: Int
    private let depth: Int
    private let expectedIDs: Int?
    /// Each worker's ids once it is done, and whether one of them met an id twice.
    private var idSets: [EventIDSet] = []
    private var duplicateSeen = false
    /// Chunks the fold has served, waiting for a worker to destroy them: their events' texts were allocated by
    /// the workers, and freeing them there is cheaper than on the folding core (and takes work off it).
    private var recycled: [DecodedChunk] = []

    /// Worker threads for a machine: every core but the one that folds, at most one per file.
    static func workerCount(files: Int) -> Int {
        min(files, max(1, ProcessInfo.processInfo.activeProcessorCount - 1), 8)
    }

    /// Prepares the heap the fold grows into (see `HeapPrefault`): the first worker calls it between chunks.
    private let prefault: HeapPrefault?

    init(cursors: [EventCursor], chunkSize: Int = 384, depth: Int = 2, expectedIDs: Int? = nil,
         prefault: HeapPrefault? = nil) {
        self.prefault = prefault
        self.cursors = cursors
        self.chunkSize = chunkSize
        self.depth = depth
        self.expectedIDs = expectedIDs
        queues = Array(repeating: [], count: cursors.count)
        done = Array(repeating: false, count: cursors.count)
        for (position, cursor) in cursors.enumerated() {
            cursor.pipeline = self
            cursor.position = position
        }
    }

    func start(workers count: Int) {
        startedWorkers = count
        for worker in 0..<count {
            let mine = Array(stride(from: worker, to: cursors.count, by: count))
            let expected = expectedIDs.map { $0 / count + 16 }
            let thread = Thread { [self] in self.work(on: mine, expectedIDs: expected, prefaulting: worker == 0) }
            thread.stackSize = 1 << 20
            workers.append(thread)
            thread.start()
        }
    }

    /// The next chunk of a file, waiting for a worker to decode it.
    func next(for cursor: EventCursor) -> DecodedChunk {
        let position = cursor.position
        condition.lock()
        defer { condition.unlock() }
        while queues[position].isEmpty {
            condition.wait()
        }
        let chunk = queues[position].removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Hands a served chunk back, to be destroyed on a worker thread.
    func recycle(_ chunk: consuming DecodedChunk) {
        condition.lock()
        recycled.append(chunk)
        condition.unlock()
    }

    /// Stops the workers (after the fold, or when it starts again) and lets go of the cursors, which hold
    /// open files: cursor and pipeline refer to each other until here.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        // Each thread's block holds the pipeline: let go of the threads, and of what waits to be freed, so that
        // nothing outlives the load (a long-lived process loads again and again).
        workers = []
        recycled = []
        condition.unlock()
        for cursor in cursors { cursor.pipeline = nil }
    }

    /// Whether any id was used twice in the streamed files: waits until every worker is done (the fold asks
    /// once it has taken every chunk).
    func sawDuplicateIDs() -> Bool {
        guard expectedIDs != nil else { return false }   // not asked to look
        condition.lock()
        defer { condition.unlock() }
        while idSets.count < startedWorkers && !stopping { condition.wait() }
        // Stopped before every worker was done: their sets are partial, so say yes (the caller checks in the fold).
        if duplicateSeen || idSets.count < startedWorkers { return true }
        for later in idSets.indices.dropFirst() {
            for earlier in 0..<later where idSets[later].sharesAny(with: idSets[earlier]) { return true }
        }
        return false
    }

    private func work(on positions: [Int], expectedIDs: Int?, prefaulting: Bool) {
        // Made here, owned by this thread alone (a set handed in would be copied on its first insert).
        var ids = expectedIDs.map { EventIDSet(expected: $0) }
        var duplicate = false
        defer {
            if let ids {
                condition.lock()
                idSets.append(ids)
                duplicateSeen = duplicateSeen || duplicate
                condition.broadcast()
                condition.unlock()
            }
        }
        var remaining = positions
        while !remaining.isEmpty {
            // Pick the file with the fewest chunks waiting; sleep while every one is full.
            condition.lock()
            var chosen: Int?
            var served: [DecodedChunk] = []
            while chosen == nil && !stopping {
                chosen = remaining.filter { queues[$0].count < depth }.min { queues[$0].count < queues[$1].count }
                if chosen == nil { condition.wait() }
            }
            swap(&served, &recycled)
            condition.unlock()
            served = []   // destroyed here, outside the lock
            guard let position = chosen, !stopping else { return }
            let chunk = cursors[position].decodeChunk(limit: chunkSize)
            if prefaulting { prefault?.advance() }
            if ids != nil {
                // Each id's slot asked for a dozen ids ahead: the set is tens of megabytes, and every insert waited.
                chunk.heads.withUnsafeBufferPointer { heads in
                    for index in heads.indices {
                        if index + 12 < heads.count { ids!.prefetch(heads[index + 12].id) }
                        if !ids!.insert(heads[index].id) { duplicate = true }
                    }
                }
            }
            let atEnd = chunk.atEnd
            condition.lock()
            // Handed over, not shared: the fold moves lines out of the chunk, which must not copy it first.
            queues[position].append(consume chunk)
            if atEnd {
                done[position] = true
                remaining.removeAll { $0 == position }
            }
            condition.broadcast()
            condition.unlock()
        }
    }
}
