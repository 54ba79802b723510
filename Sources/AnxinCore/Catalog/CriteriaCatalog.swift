/// Every tier's checklist (loaded from `criteria.yaml`).
public struct CriteriaCatalog: Sendable {
    public let criteria: [Criterion]
    private let index: [CriterionID: Int]
    /// Each criterion's `CriterionID.key`, in `criteria`'s order: a catalog has a few dozen criteria, and
    /// scanning numbers beats hashing an id (looked up for every tick of the journal).
    private let keys: [UInt64]
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
        keys = criteria.map(\.id.key)
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
        guard id.value.utf8.count <= 7 else { return index[id].map { criteria[$0] } }
        let key = id.key
        return keys.withUnsafeBufferPointer { keys in
            for position in keys.indices where keys[position] == key { return criteria[position] }
            return nil
        }
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
