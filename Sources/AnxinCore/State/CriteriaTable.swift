/// An enterprise's criteria states, by criterion id: used like a dictionary (`table[id]`, `table[id, default:]`,
/// `for (id, state) in table`, `[:]`), kept as short arrays searched in order. A checklist has a few dozen
/// criteria at most, so comparing ids as numbers beats hashing them; the table is a third of a `Dictionary`'s
/// size; and a state can be read in place (`forEachState`, `verdict(of:)`), where a `Dictionary` hands out copies.
///
/// Beside the states, each entry keeps its verdict as one byte (for a levelled criterion, whose verdict depends on
/// the catalog's levels, the state is read instead): the rules ask for every verdict of an enterprise at each
/// application and acceptance, and reading a few bytes touches one cache line where the states span dozens.
public struct CriteriaTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: CriterionID, value: CriterionState)

    private var ids: [CriterionID] = []
    /// Each id's `CriterionID.key`, searched before the ids themselves (and alone for ids of up to 7 bytes).
    private var keys: [UInt64] = []
    /// Each entry's own verdict (`record?.verdict`), kept up to date with `states`.
    private var verdicts: [Verdict] = []
    private var states: [CriterionState] = []

    public init() {}

    public init(dictionaryLiteral elements: (CriterionID, CriterionState)...) {
        for (id, state) in elements { self[id] = state }
    }

    public var isEmpty: Bool { ids.isEmpty }
    public var count: Int { ids.count }

    private func index(of id: CriterionID) -> Int? {
        let key = id.key
        let short = id.value.utf8.count <= 7   // the key is the whole id
        return keys.withUnsafeBufferPointer { keys in
            var index = 0
            while index < keys.count {
                if keys[index] == key && (short || ids[index] == id) { return index }
                index += 1
            }
            return nil
        }
    }

    public subscript(id: CriterionID) -> CriterionState? {
        get { index(of: id).map { states[$0] } }
        set {
            if let index = index(of: id) {
                if let newValue {
                    states[index] = newValue
                    verdicts[index] = newValue.ownVerdict
                } else {
                    ids.remove(at: index)
                    keys.remove(at: index)
                    verdicts.remove(at: index)
                    states.remove(at: index)
                }
            } else if let newValue {
                ids.append(id)
                keys.append(id.key)
                verdicts.append(newValue.ownVerdict)
                states.append(newValue)
            }
        }
    }

    /// The state of a criterion, changed in place (added first when missing).
    public subscript(id: CriterionID, default fallback: @autoclosure () -> CriterionState) -> CriterionState {
        get { self[id] ?? fallback() }
        _modify {
            var index = self.index(of: id) ?? -1
            if index < 0 {
                ids.append(id)
                keys.append(id.key)
                let state = fallback()
                verdicts.append(state.ownVerdict)
                states.append(state)
                index = states.count - 1
            }
            defer { verdicts[index] = states[index].ownVerdict }
            yield &states[index]
        }
    }

    /// Asks the processor to fetch the arrays of the table stored at an address (a hint for the fold).
    static func prefetch(at table: UnsafeRawPointer) {
        prefetchBuffer(ofArrayAt: table + MemoryLayout<CriteriaTable>.offset(of: \CriteriaTable.keys)!)
        prefetchBuffer(ofArrayAt: table + MemoryLayout<CriteriaTable>.offset(of: \CriteriaTable.verdicts)!)
        prefetchBuffer(ofArrayAt: table + MemoryLayout<CriteriaTable>.offset(of: \CriteriaTable.states)!)
    }

    /// A criterion's verdict, read in place.
    public func verdict(of criterion: Criterion) -> Verdict {
        guard let index = index(of: criterion.id) else { return .unchecked }
        return criterion.isLevelled ? states[index].verdict(for: criterion) : verdicts[index]
    }

    /// Each criterion's id and its state read in place, in the order first set.
    public func forEachState(_ body: (CriterionID, borrowing CriterionState) -> Void) {
        for index in ids.indices { body(ids[index], states[index]) }
    }

    public func makeIterator() -> some IteratorProtocol<Element> {
        zip(ids, states).lazy.map { (key: $0, value: $1) }.makeIterator()
    }

    /// Equal when they hold the same states for the same criteria, in whatever order they were set.
    public static func == (lhs: CriteriaTable, rhs: CriteriaTable) -> Bool {
        lhs.count == rhs.count && lhs.ids.indices.allSatisfy { rhs[lhs.ids[$0]] == lhs.states[$0] }
    }
}
