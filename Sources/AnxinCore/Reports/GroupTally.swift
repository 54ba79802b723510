/// The counts of one tier within a report group, filled in one pass over the roster.
public struct TierTally: Sendable, Equatable {
    /// Active enterprises per stage they are at now, indexed by `Stage.allCases` order.
    public internal(set) var atStage = [Int](repeating: 0, count: Stage.allCases.count)
    public internal(set) var overdue = 0
    public internal(set) var revoked = 0
    public internal(set) var blacklisted = 0
    /// Finished the year's work: accepted or beyond with the title intact (standardized, normalized), or closed
    /// or beyond (problem).
    public internal(set) var finished = 0

    public init() {}

    public var listed: Int { atStage.reduce(0, +) }

    public func at(_ stage: Stage) -> Int { atStage[TierTally.index(stage)] }

    /// The value of a measure for this tier.
    public func count(_ measure: ProgressMeasure, tier: Tier, reading: StageReading = .reached) -> Int {
        switch measure {
        case .overdue: return overdue
        case .revoked: return revoked
        case .blacklisted: return blacklisted
        default: break
        }
        guard let (stage, titled) = measure.stage else { return 0 }
        if let titled, titled != tier.earnsTitle { return 0 }
        switch reading {
        case .current:
            return at(stage)
        case .reached:
            var total = 0
            for (index, candidate) in Stage.allCases.enumerated() where candidate.rank >= stage.rank {
                total += atStage[index]
            }
            return total
        }
    }

    mutating func add(_ other: TierTally) {
        for index in atStage.indices { atStage[index] += other.atStage[index] }
        overdue += other.overdue
        revoked += other.revoked
        blacklisted += other.blacklisted
        finished += other.finished
    }

    static func index(_ stage: Stage) -> Int {
        switch stage {
        case .listed: 0
        case .committed: 1
        case .planned: 2
        case .inProgress: 3
        case .applied: 4
        case .accepted: 5
        case .closed: 6
        case .publicized: 7
        case .awarded: 8
        case .announced: 9
        }
    }
}

/// One row of the progress report: a group's quota and counts, per tier and in total.
public struct GroupTally: Sendable, Equatable {
    public let group: ReportGroup
    /// The quota per tier (`Tier.allCases` order); nil when the grouping has no quota (industry).
    public internal(set) var quota: [Int]?
    /// The counts per tier (`Tier.allCases` order).
    public internal(set) var tiers: [TierTally] = Array(repeating: TierTally(), count: Tier.allCases.count)

    public init(group: ReportGroup, quota: [Int]?) {
        self.group = group
        self.quota = quota
    }

    public func tally(_ tier: Tier) -> TierTally { tiers[GroupTally.index(tier)] }

    public func quota(_ tier: Tier) -> Int? { quota?[GroupTally.index(tier)] }

    /// The quota of every tier together; nil when the grouping has none.
    public var totalQuota: Int? { quota?.reduce(0, +) }

    /// A measure over every tier.
    public func count(_ measure: ProgressMeasure, reading: StageReading = .reached) -> Int {
        var total = 0
        for tier in Tier.allCases { total += tally(tier).count(measure, tier: tier, reading: reading) }
        return total
    }

    public var listed: Int { tiers.reduce(0) { $0 + $1.listed } }
    public var finished: Int { tiers.reduce(0) { $0 + $1.finished } }

    /// Finished over quota (0…, may pass 1 when more were finished than the quota asked); nil without a quota.
    public var finishedShare: Double? { share(finished) }

    /// Listed over quota; nil without a quota.
    public var listedShare: Double? { share(listed) }

    private func share(_ count: Int) -> Double? {
        guard let quota = totalQuota, quota > 0 else { return nil }
        return Double(count) / Double(quota)
    }

    mutating func add(_ other: GroupTally) {
        for index in tiers.indices { tiers[index].add(other.tiers[index]) }
        if let otherQuota = other.quota {
            quota = zip(quota ?? [0, 0, 0], otherQuota).map { $0 + $1 }
        }
    }

    static func index(_ tier: Tier) -> Int {
        switch tier {
        case .standardized: 0
        case .normalized: 1
        case .problem: 2
        }
    }
}
