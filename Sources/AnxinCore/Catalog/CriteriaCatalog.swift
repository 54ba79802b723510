/// Every tier's checklist (loaded from `criteria.yaml`).
public struct CriteriaCatalog: Sendable {
    public let criteria: [Criterion]
    private let index: [CriterionID: Int]
    private let checklists: [Tier: [Criterion]]

    public init(criteria: [Criterion]) {
        self.criteria = criteria
        var index: [CriterionID: Int] = [:]
        for (position, criterion) in criteria.enumerated() where index[criterion.id] == nil {
            index[criterion.id] = position
        }
        self.index = index
        var checklists: [Tier: [Criterion]] = [:]
        for tier in Tier.allCases { checklists[tier] = criteria.filter { $0.tier == tier && $0.industry == nil } }
        self.checklists = checklists
    }

    public subscript(id: CriterionID) -> Criterion? {
        index[id].map { criteria[$0] }
    }

    /// The checklist of an enterprise: its tier's common criteria, then its industry's extras.
    public func checklist(tier: Tier, industry: String) -> [Criterion] {
        let common = checklists[tier] ?? []
        if tier != .standardized { return common }
        let extras = criteria.filter { $0.tier == tier && $0.industry == industry }
        return extras.isEmpty ? common : common + extras
    }

    /// Whether a criterion belongs on this enterprise's checklist.
    public func applies(_ criterion: Criterion, tier: Tier, industry: String) -> Bool {
        criterion.tier == tier && (criterion.industry == nil || criterion.industry == industry)
    }
}
