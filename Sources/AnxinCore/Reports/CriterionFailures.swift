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

    /// Slots by a number read off ids like "N05" (letter, 1–3 digits) without hashing: the aggregation looks a
    /// criterion up for every verdict of the roster. Other ids go through `slots`.
    private var quickSlots: [Int32]

    init(catalog: CriteriaCatalog) {
        self.catalog = catalog
        quickSlots = Array(repeating: -1, count: CriterionCounter.quickKeyCount)
        for (position, criterion) in catalog.criteria.enumerated() where slots[criterion.id] == nil {
            slots[criterion.id] = position
            if let key = CriterionCounter.quickKey(criterion.id) { quickSlots[key] = Int32(position) }
        }
        checked = Array(repeating: 0, count: catalog.criteria.count)
        unmet = checked
    }

    static let quickKeyCount = 26 * 3 * 1000

    /// A unique small number for an id made of an ASCII capital and 1 to 3 digits; nil for any other id.
    static func quickKey(_ id: CriterionID) -> Int? {
        var letter = -1, digits = 0, number = 0
        for byte in id.value.utf8 {
            if letter < 0 {
                guard byte >= 65, byte <= 90 else { return nil }
                letter = Int(byte) - 65
            } else {
                guard byte >= 48, byte <= 57, digits < 3 else { return nil }
                number = number * 10 + Int(byte) - 48
                digits += 1
            }
        }
        guard letter >= 0, digits > 0 else { return nil }
        return (letter * 3 + digits - 1) * 1000 + number
    }

    private func slot(of id: CriterionID) -> Int? {
        if let key = CriterionCounter.quickKey(id) {
            let slot = quickSlots[key]
            return slot >= 0 ? Int(slot) : nil
        }
        return slots[id]
    }

    /// Counts an enterprise's verdicts: only the criteria it has a state for (ticked at least once).
    mutating func count(_ record: EnterpriseRecord) {
        let tier = record.profile.tier, industry = record.profile.industry
        // States read in place: iterating (key, value) pairs would copy every criterion's state.
        record.criteria.forEachState { id, state in
            guard let slot = slot(of: id) else { return }
            let criterion = catalog.criteria[slot]
            guard criterion.tier == tier, criterion.industry == nil || criterion.industry == industry else { return }
            let verdict = criterion.isLevelled ? state.verdict(for: criterion) : state.record?.verdict ?? .unchecked
            switch verdict {
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
