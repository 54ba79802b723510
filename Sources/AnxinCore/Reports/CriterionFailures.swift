/// How often one criterion is found unmet (不符合) among the enterprises of its tier that have a verdict on it.
public struct CriterionFailure: Sendable, Equatable {
    public let criterion: Criterion
    /// Enterprises with a verdict on the criterion: met or unmet (not applicable and unchecked are left out).
    public let checked: Int
    public let unmet: Int

    /// Unmet over checked; nil when nobody has a verdict yet.
    public var share: Double? { checked == 0 ? nil : Double(unmet) / Double(checked) }
}

/// The criteria of one tier, those failing most first (more unmet verdicts, then a higher share, then the id).
public struct TierFailures: Sendable, Equatable {
    public let tier: Tier
    public let criteria: [CriterionFailure]

    /// The criteria with at least one unmet verdict, worst first.
    public var failing: [CriterionFailure] { criteria.filter { $0.unmet > 0 } }
}

/// Counts verdicts per criterion while the aggregation walks the roster.
struct CriterionCounter {
    private let catalog: CriteriaCatalog
    private var slots: [CriterionID: Int] = [:]
    private var checked: [Int]
    private var unmet: [Int]

    init(catalog: CriteriaCatalog) {
        self.catalog = catalog
        for (position, criterion) in catalog.criteria.enumerated() where slots[criterion.id] == nil {
            slots[criterion.id] = position
        }
        checked = Array(repeating: 0, count: catalog.criteria.count)
        unmet = checked
    }

    /// Counts an enterprise's verdicts: only the criteria it has a state for (ticked at least once).
    mutating func count(_ record: EnterpriseRecord) {
        let profile = record.profile
        for (id, state) in record.criteria {
            guard let slot = slots[id] else { continue }
            let criterion = catalog.criteria[slot]
            guard criterion.tier == profile.tier, criterion.industry == nil || criterion.industry == profile.industry else {
                continue
            }
            switch state.verdict(for: criterion) {
            case .met: checked[slot] += 1
            case .unmet:
                checked[slot] += 1
                unmet[slot] += 1
            case .notApplicable, .unchecked: break
            }
        }
    }

    func failures() -> [TierFailures] {
        Tier.allCases.map { tier in
            let rows = slots.values.sorted().compactMap { slot -> CriterionFailure? in
                let criterion = catalog.criteria[slot]
                guard criterion.tier == tier else { return nil }
                return CriterionFailure(criterion: criterion, checked: checked[slot], unmet: unmet[slot])
            }
            return TierFailures(tier: tier, criteria: rows.sorted { lhs, rhs in
                if lhs.unmet != rhs.unmet { return lhs.unmet > rhs.unmet }
                let left = lhs.share ?? 0, right = rhs.share ?? 0
                if left != right { return left > right }
                return lhs.criterion.id < rhs.criterion.id
            })
        }
    }
}
