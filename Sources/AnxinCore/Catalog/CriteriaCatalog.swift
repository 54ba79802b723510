/// Every tier's checklist (loaded from `criteria.yaml`).
public struct CriteriaCatalog: Sendable {
    public let criteria: [Criterion]
    private let index: [CriterionID: Int]
    private let checklists: [Tier: [Criterion]]
    /// Standardized checklists of industries that have extras, built once.
    private let industryChecklists: [String: [Criterion]]

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
        var industryChecklists: [String: [Criterion]] = [:]
        let common = checklists[.standardized] ?? []
        for criterion in criteria where criterion.tier == .standardized {
            guard let industry = criterion.industry, industryChecklists[industry] == nil else { continue }
            industryChecklists[industry] = common + criteria.filter { $0.tier == .standardized && $0.industry == industry }
        }
        self.industryChecklists = industryChecklists
    }

    public subscript(id: CriterionID) -> Criterion? {
        index[id].map { criteria[$0] }
    }

    /// The checklist of an enterprise: its tier's common criteria, then its industry's extras.
    public func checklist(tier: Tier, industry: String) -> [Criterion] {
        if tier == .standardized, let withExtras = industryChecklists[industry] { return withExtras }
        return checklists[tier] ?? []
    }

    /// Whether a criterion belongs on this enterprise's checklist.
    public func applies(_ criterion: Criterion, tier: Tier, industry: String) -> Bool {
        criterion.tier == tier && (criterion.industry == nil || criterion.industry == industry)
    }
}
