import AnxinCore

/// A min-heap of cursors ordered by their head event's (instant, file, line). The heap holds those three numbers
/// and the cursor's place in the list, not the cursor: ordering plain numbers moves no references (comparing
/// cursors retained and released them, several times for each event of the journal).
struct CursorHeap {
    private struct Item {
        var millis: Int64
        var file: Int
        var line: Int
        var cursor: Int

        func precedes(_ other: Item) -> Bool {
            if millis != other.millis { return millis < other.millis }
            if file != other.file { return file < other.file }
            return line < other.line
        }
    }

    private let cursors: [EventCursor]
    private var items: [Item] = []

    init(_ cursors: [EventCursor]) {
        self.cursors = cursors
        for (position, cursor) in cursors.enumerated() { cursor.heapSlot = position }
        items.reserveCapacity(cursors.count)
    }

    /// Adds a cursor that has a head, keyed by its head as it is now.
    mutating func push(_ cursor: EventCursor) {
        let item = Item(millis: cursor.headMillis, file: cursor.index, line: cursor.headLine, cursor: cursor.heapSlot)
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].precedes(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    func peekMin() -> EventCursor? { items.first.map { cursors[$0.cursor] } }

    /// The enterprise of the event that comes after the earliest head: the earliest cursor's next line or the
    /// runner-up's head, whichever precedes (nil when the chunk at hand does not say and there is no runner-up).
    func enterpriseAfterMin() -> CreditCode? {
        guard let top = items.first else { return nil }
        var runnerUp: Item?
        if items.count > 1 { runnerUp = items[1] }
        if items.count > 2, items[2].precedes(items[1]) { runnerUp = items[2] }
        let cursor = cursors[top.cursor]
        if let next = cursor.nextHead {
            let following = Item(millis: next.at.millisecondsSinceEpoch, file: top.file, line: next.line, cursor: top.cursor)
            if runnerUp.map({ following.precedes($0) }) ?? true { return next.enterprise }
        }
        return runnerUp.flatMap { cursors[$0.cursor].headEnterprise }
    }

    /// The earliest cursor's head was taken and it has another: re-key it and let it sink.
    mutating func minMovedOn() {
        guard !items.isEmpty else { return }
        let cursor = cursors[items[0].cursor]
        items[0].millis = cursor.headMillis
        items[0].line = cursor.headLine
        siftDown(from: 0)
    }

    /// The earliest cursor has no more events.
    mutating func removeMin() {
        guard !items.isEmpty else { return }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            siftDown(from: 0)
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        let count = items.count
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < count, items[left].precedes(items[smallest]) { smallest = left }
            if right < count, items[right].precedes(items[smallest]) { smallest = right }
            if smallest == parent { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
