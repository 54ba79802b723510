/// A value per check level (厂级、车间、班组、岗位: the levels of the levelled criterion N05), used like the
/// `[CheckLevel: Value]` it replaced (`table[level]`, `[:]`, `values`, `for (level, value) in table`), kept as
/// four slots indexed by the level. Hashing a level for each tick of N05 and growing two dictionaries per
/// enterprise cost more than the rest of folding the tick; the slots are made at the first value only (a
/// criterion without levels keeps an empty table: one word).
public struct LevelTable<Value>: Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: CheckLevel, value: Value)

    /// Empty, or one slot per level in `CheckLevel.allCases` order.
    private var slots: [Value?] = []

    public init() {}

    public init(dictionaryLiteral elements: (CheckLevel, Value)...) {
        for (level, value) in elements { self[level] = value }
    }

    private static func slot(of level: CheckLevel) -> Int {
        switch level {
        case .plant: 0
        case .workshop: 1
        case .team: 2
        case .post: 3
        }
    }

    public subscript(level: CheckLevel) -> Value? {
        get { slots.isEmpty ? nil : slots[LevelTable.slot(of: level)] }
        set {
            if slots.isEmpty {
                guard newValue != nil else { return }
                slots = Array(repeating: nil, count: CheckLevel.allCases.count)
            }
            slots[LevelTable.slot(of: level)] = newValue
        }
    }

    public var isEmpty: Bool { slots.allSatisfy { $0 == nil } }
    public var count: Int { slots.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// The values, in level order (plant first).
    public var values: [Value] { slots.compactMap { $0 } }

    public func makeIterator() -> some IteratorProtocol<Element> {
        zip(CheckLevel.allCases, slots).lazy.compactMap { level, value in value.map { (key: level, value: $0) } }.makeIterator()
    }
}

extension LevelTable: Equatable where Value: Equatable {
    /// Equal when they hold the same value for each level (as dictionaries compare).
    public static func == (lhs: LevelTable, rhs: LevelTable) -> Bool {
        CheckLevel.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }
}

extension LevelTable: Sendable where Value: Sendable {}
