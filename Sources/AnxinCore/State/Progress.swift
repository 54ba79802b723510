/// Met over applicable criteria of an enterprise's checklist.
public struct Progress: Sendable, Equatable, Comparable {
    public let met: Int
    public let unmet: Int
    public let unchecked: Int
    public let notApplicable: Int

    public var applicable: Int { met + unmet + unchecked }
    /// 0…1; an enterprise with nothing applicable counts as complete.
    public var ratio: Double { applicable == 0 ? 1 : Double(met) / Double(applicable) }
    public var isComplete: Bool { unmet == 0 && unchecked == 0 }

    public static func < (lhs: Progress, rhs: Progress) -> Bool {
        (lhs.ratio, lhs.met) < (rhs.ratio, rhs.met)
    }
}

extension EnterpriseRecord {
    public func progress(in catalog: CriteriaCatalog) -> Progress {
        var met = 0, unmet = 0, unchecked = 0, notApplicable = 0
        for criterion in catalog.checklist(tier: profile.tier, industry: profile.industry) {
            switch verdict(of: criterion) {
            case .met: met += 1
            case .unmet: unmet += 1
            case .unchecked: unchecked += 1
            case .notApplicable: notApplicable += 1
            }
        }
        return Progress(met: met, unmet: unmet, unchecked: unchecked, notApplicable: notApplicable)
    }
}
