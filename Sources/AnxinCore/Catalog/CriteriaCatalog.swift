/// Every tier's checklist (loaded from `criteria.yaml`).
public struct CriteriaCatalog: Sendable {
    public let criteria: [Criterion]
    private let index: [CriterionID: Int]
    /// Each id's `CriterionID.key` in an open-addressing table (0: an empty slot), with the criterion's position
    /// beside it (only ids of up to seven bytes are looked up here: a longer id's key is not the whole id):
    /// looked up for every tick of the journal, where scanning every key cost more than judging the tick.
    private let slotKeys: [UInt64]
    private let slotPositions: [Int32]
    private let slotShift: UInt64
    private let checklists: [Tier: [Criterion]]
    /// Standardized checklists of industries that have extras, built once.
    private let industryChecklists: TextLookup<[Criterion]>

    public init(criteria: [Criterion]) {
        self.criteria = criteria
        var index: [CriterionID: Int] = [:]
        for (position, criterion) in criteria.enumerated() where index[criterion.id] == nil {
            index[criterion.id] = position
        }
        self.index = index
        var bits: UInt64 = 4
        while 1 << bits < 2 * criteria.count { bits += 1 }
        var slotKeys = [UInt64](repeating: 0, count: 1 << bits)
        var slotPositions = [Int32](repeating: 0, count: 1 << bits)
        for (position, criterion) in criteria.enumerated() where criterion.id.key != 0 {
            var slot = CriteriaCatalog.slot(of: criterion.id.key, shift: 64 - bits)
            while slotKeys[slot] != 0 && slotKeys[slot] != criterion.id.key { slot = (slot + 1) & (slotKeys.count - 1) }
            if slotKeys[slot] == 0 {   // the first criterion with an id wins, as in `index`
                slotKeys[slot] = criterion.id.key
                slotPositions[slot] = Int32(position)
            }
        }
        self.slotKeys = slotKeys
        self.slotPositions = slotPositions
        slotShift = 64 - bits
        var checklists: [Tier: [Criterion]] = [:]
        for tier in Tier.allCases { checklists[tier] = criteria.filter { $0.tier == tier && $0.industry == nil } }
        self.checklists = checklists
        var industryChecklists: [String: [Criterion]] = [:]
        let common = checklists[.standardized] ?? []
        for criterion in criteria where criterion.tier == .standardized {
            guard let industry = criterion.industry, industryChecklists[industry] == nil else { continue }
            industryChecklists[industry] = common + criteria.filter { $0.tier == .standardized && $0.industry == industry }
        }
        self.industryChecklists = TextLookup(industryChecklists.map { ($0.key, $0.value) })
    }

    public subscript(id: CriterionID) -> Criterion? {
        // Ids of up to seven bytes are their key; longer ones (rare) go through the dictionary.
        let key = id.key
        guard key != 0, id.value.utf8.count <= 7 else { return index[id].map { criteria[$0] } }
        return slotKeys.withUnsafeBufferPointer { slotKeys in
            var slot = CriteriaCatalog.slot(of: key, shift: slotShift)
            while true {
                let found = slotKeys[slot]
                if found == key { return criteria[Int(slotPositions[slot])] }
                if found == 0 { return nil }
                slot = (slot + 1) & (slotKeys.count - 1)
            }
        }
    }

    /// Where a key's search starts (Fibonacci hashing: the top bits of one multiplication).
    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The checklist of an enterprise: its tier's common criteria, then its industry's extras.
    public func checklist(tier: Tier, industry: String) -> [Criterion] {
        if tier == .standardized, let withExtras = industryChecklists[industry] { return withExtras }
        return checklists[tier] ?? []
    }

    /// Whether a criterion belongs on this enterprise's checklist.
    public func applies(_ criterion: Criterion, tier: Tier, industry: String) -> Bool {
        criterion.tier == tier && (criterion.industry.map { $0.sameText(as: industry) } ?? true)
    }
}
