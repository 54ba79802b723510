import Foundation

/// Decodes journal files on worker threads, a few chunks ahead of the fold, so that parsing and folding
/// run on different cores. Memory stays bounded: each file has at most `depth` chunks waiting.
final class DecodePipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private let cursors: [EventCursor]
    private var queues: [[DecodedChunk]]
    private var done: [Bool]
    private var stopping = false
    private var workers: [Thread] = []
    private let chunkSize: Int
    private let depth: Int

    /// Worker threads for a machine: every core but the one that folds, at most one per file.
    static func workerCount(files: Int) -> Int {
        min(files, max(1, ProcessInfo.processInfo.activeProcessorCount - 1), 8)
    }

    init(cursors: [EventCursor], chunkSize: Int = 384, depth: Int = 2) {
        self.cursors = cursors
        self.chunkSize = chunkSize
        self.depth = depth
        queues = Array(repeating: [], count: cursors.count)
        done = Array(repeating: false, count: cursors.count)
        for (position, cursor) in cursors.enumerated() {
            cursor.pipeline = self
            cursor.position = position
        }
    }

    func start(workers count: Int) {
        for worker in 0..<count {
            let mine = Array(stride(from: worker, to: cursors.count, by: count))
            let thread = Thread { [self] in self.work(on: mine) }
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

    /// Stops the workers (after the fold, or when it starts again) and lets go of the cursors, which hold
    /// open files: cursor and pipeline refer to each other until here.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        for cursor in cursors { cursor.pipeline = nil }
    }

    private func work(on positions: [Int]) {
        var remaining = positions
        while !remaining.isEmpty {
            // Pick the file with the fewest chunks waiting; sleep while every one is full.
            condition.lock()
            var chosen: Int?
            while chosen == nil && !stopping {
                chosen = remaining.filter { queues[$0].count < depth }.min { queues[$0].count < queues[$1].count }
                if chosen == nil { condition.wait() }
            }
            condition.unlock()
            guard let position = chosen, !stopping else { return }
            let chunk = cursors[position].decodeChunk(limit: chunkSize)
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
