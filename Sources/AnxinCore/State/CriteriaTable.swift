/// An enterprise's criteria states, by criterion id: used like a dictionary (`table[id]`, `table[id, default:]`,
/// `for (id, state) in table`, `[:]`), kept as short arrays searched in order. A checklist has a few dozen
/// criteria at most, so comparing ids as numbers beats hashing them; the table is a third of a `Dictionary`'s
/// size; and a state can be read in place (`forEachState`, `verdict(of:)`), where a `Dictionary` hands out copies.
///
/// Beside the states, each entry keeps its search key and its verdict in a slot of its own (for a levelled
/// criterion, whose verdict depends on the catalog's levels, the state is read instead): the rules ask for
/// every verdict of an enterprise at each application and acceptance, and reading the slots touches a few
/// cache lines where the states span dozens.
public struct CriteriaTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: CriterionID, value: CriterionState)

    /// What the search reads: each entry's `CriterionID.key` (the whole id when it has at most 7 bytes) and its
    /// own verdict (`record?.verdict`, kept up to date with its state).
    private struct Slot: Sendable {
        var key: UInt64
        var verdict: Verdict
    }

    private struct Entry: Sendable {
        var id: CriterionID
        var state: CriterionState
    }

    private var slots: [Slot] = []
    private var entries: [Entry] = []

    /// Room made at the first criterion: most enterprises get several, and growing two arrays from one element
    /// up reallocates each of them four times.
    private static let initialCapacity = 4

    public init() {}

    public init(dictionaryLiteral elements: (CriterionID, CriterionState)...) {
        for (id, state) in elements { self[id] = state }
    }

    public var isEmpty: Bool { slots.isEmpty }
    public var count: Int { slots.count }

    private func index(of id: CriterionID) -> Int? {
        let key = id.key
        let short = id.value.utf8.count <= 7   // the key is the whole id
        return slots.withUnsafeBufferPointer { slots in
            var index = 0
            while index < slots.count {
                if slots[index].key == key && (short || entries[index].id == id) { return index }
                index += 1
            }
            return nil
        }
    }

    private mutating func append(_ id: CriterionID, _ state: consuming CriterionState) {
        if slots.capacity == 0 {
            slots.reserveCapacity(CriteriaTable.initialCapacity)
            entries.reserveCapacity(CriteriaTable.initialCapacity)
        }
        slots.append(Slot(key: id.key, verdict: state.ownVerdict))
        entries.append(Entry(id: id, state: consume state))
    }

    /// The own verdict of the state at `index`, read where it is (through the array's getter, reading a field
    /// of an element copies the whole element first: every text of its verdict records retained and released).
    private func ownVerdict(at index: Int) -> Verdict {
        entries.withUnsafeBufferPointer { $0[index].state.ownVerdict }
    }

    public subscript(id: CriterionID) -> CriterionState? {
        get { index(of: id).map { entries[$0].state } }
        set {
            if let index = index(of: id) {
                if let newValue {
                    slots[index].verdict = newValue.ownVerdict
                    entries[index].state = newValue
                } else {
                    slots.remove(at: index)
                    entries.remove(at: index)
                }
            } else if let newValue {
                append(id, newValue)
            }
        }
    }

    /// The state of a criterion, changed in place (added first when missing).
    public subscript(id: CriterionID, default fallback: @autoclosure () -> CriterionState) -> CriterionState {
        get { self[id] ?? fallback() }
        _modify {
            var index = self.index(of: id) ?? -1
            if index < 0 {
                append(id, fallback())
                index = slots.count - 1
            }
            defer { slots[index].verdict = ownVerdict(at: index) }
            yield &entries[index].state
        }
    }

    /// Asks the processor to fetch the arrays of the table stored at an address (a hint for the fold).
    /// `states`: the states of the first five criteria too (a tick changes any of them).
    static func prefetch(at table: UnsafeRawPointer, states: Bool) {
        prefetchBuffer(ofArrayAt: table + MemoryLayout<CriteriaTable>.offset(of: \CriteriaTable.slots)!,
                       first: 6, of: Slot.self)
        if states {
            prefetchBuffer(ofArrayAt: table + MemoryLayout<CriteriaTable>.offset(of: \CriteriaTable.entries)!,
                           first: 5, of: Entry.self)
        }
    }

    /// A criterion's verdict, read in place.
    public func verdict(of criterion: Criterion) -> Verdict {
        guard let index = index(of: criterion.id) else { return .unchecked }
        return criterion.isLevelled ? entries[index].state.verdict(for: criterion) : slots[index].verdict
    }

    /// Each criterion's id and its state read in place, in the order first set.
    public func forEachState(_ body: (CriterionID, borrowing CriterionState) -> Void) {
        for index in entries.indices { body(entries[index].id, entries[index].state) }
    }

    public func makeIterator() -> some IteratorProtocol<Element> {
        entries.lazy.map { (key: $0.id, value: $0.state) }.makeIterator()
    }

    /// Equal when they hold the same states for the same criteria, in whatever order they were set.
    public static func == (lhs: CriteriaTable, rhs: CriteriaTable) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.id] == $0.state }
    }
}
