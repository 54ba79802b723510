/// The numbers the progress, overdue and criteria reports and the dashboard show, from one pass over the roster.
public struct ProgressReport: Sendable {
    public let grouping: ReportGrouping
    /// The day the report is taken on: overdue is judged against it.
    public let today: Day
    /// One row per group, in the campaign's order (jurisdictions, then departments; industries as configured;
    /// tiers in their order), then groups the configuration does not name, by name.
    public let rows: [GroupTally]
    /// The whole city: every active enterprise once, and the sum of every quota.
    public let city: GroupTally
    /// Per tier, its criteria with how often each is unmet, worst first.
    public let failures: [TierFailures]
    /// Positions in `CampaignState.records` of each row's overdue enterprises, most days overdue first.
    public let overduePositions: [[Int]]

    /// The row of a group, if the report has one.
    public func row(_ group: ReportGroup) -> GroupTally? { rows.first { $0.group == group } }

    public func failures(of tier: Tier) -> TierFailures? { failures.first { $0.tier == tier } }
}

extension ProgressReport {
    /// Aggregates the active enterprises of a campaign. Removed enterprises are left out everywhere.
    /// `countingCriteria: false` leaves `failures` empty and saves most of the time (reading every verdict).
    public init(state: CampaignState, today: Day, grouping: ReportGrouping = .owner, countingCriteria: Bool = true) {
        var pass = ProgressPass(state: state, today: today, grouping: grouping, countingCriteria: countingCriteria)
        let records = state.records
        for position in records.indices { pass.add(records[position], at: position) }
        var rows = pass.rows, overdue = pass.overdue
        let named = pass.named
        if rows.count > named + 1 {
            let extra = zip(rows[named...], overdue[named...]).sorted { $0.0.group.name(.zh) < $1.0.group.name(.zh) }
            rows.replaceSubrange(named..., with: extra.map(\.0))
            overdue.replaceSubrange(named..., with: extra.map(\.1))
        }
        self.grouping = grouping
        self.today = today
        self.rows = rows
        self.city = pass.city
        self.failures = countingCriteria ? pass.criteria.failures() : []
        self.overduePositions = overdue.map { entries in
            entries.sorted { $0.days != $1.days ? $0.days > $1.days : $0.position < $1.position }.map(\.position)
        }
    }

    /// The group an enterprise counts in under a grouping.
    static func group(of profile: EnterpriseProfile, config: CampaignConfig, grouping: ReportGrouping) -> ReportGroup {
        switch grouping {
        case .owner, .jurisdiction, .department: ReportGroup.owner(of: profile, in: config)
        case .industry: .industry(profile.industry)
        case .tier: .tier(profile.tier)
        }
    }

    /// Whether a grouping shows a row for a group (jurisdiction rows leave department-owned enterprises out).
    static func accepts(_ group: ReportGroup, grouping: ReportGrouping) -> Bool {
        switch (grouping, group) {
        case (.jurisdiction, .department), (.department, .jurisdiction): false
        default: true
        }
    }

    /// The rows a grouping always shows, with their quotas, before any enterprise is counted.
    static func emptyRows(config: CampaignConfig, grouping: ReportGrouping) -> [GroupTally] {
        func ownerRow(_ group: ReportGroup, _ name: String) -> GroupTally {
            GroupTally(group: group, quota: quota(of: config.quotas.filter { $0.owner == name }))
        }
        let jurisdictionRows = config.jurisdictions.map { ownerRow(.jurisdiction($0.name), $0.name) }
        var departmentRows = config.departments.map { ownerRow(.department($0), $0) }
        // A quota owner the lists do not name still gets its row.
        for owner in Set(config.quotas.map(\.owner)).sorted() {
            switch ReportGroup.owner(named: owner, in: config) {
            case .jurisdiction: break
            case let group:
                if !config.hasDepartment(owner) { departmentRows.append(ownerRow(group, owner)) }
            }
        }
        // Departments that own no quota only appear when they have enterprises (added as the pass finds them).
        departmentRows.removeAll { ($0.totalQuota ?? 0) == 0 }
        switch grouping {
        case .owner: return jurisdictionRows + departmentRows
        case .jurisdiction: return jurisdictionRows
        case .department: return departmentRows
        case .industry: return config.industries.map { GroupTally(group: .industry($0.name), quota: nil) }
        case .tier: return Tier.allCases.map { tier in
            GroupTally(group: .tier(tier), quota: quota(of: config.quotas.filter { $0.tier == tier }))
        }
        }
    }

    /// Quotas summed per tier, in `Tier.allCases` order.
    static func quota(of quotas: [Quota]) -> [Int] {
        var counts = [0, 0, 0]
        for quota in quotas { counts[GroupTally.index(quota.tier)] += quota.count }
        return counts
    }
}

/// The one walk over the roster behind a progress report.
struct ProgressPass {
    let config: CampaignConfig
    let calendar: CampaignCalendar
    let today: Day
    let grouping: ReportGrouping
    var rows: [GroupTally]
    /// How many rows the configuration names (the others are found on the way).
    let named: Int
    var rowIndex: [ReportGroup: Int] = [:]
    var city: GroupTally
    var overdue: [[(position: Int, days: Int)]]
    var criteria: CriterionCounter
    let countingCriteria: Bool

    init(state: CampaignState, today: Day, grouping: ReportGrouping, countingCriteria: Bool) {
        self.countingCriteria = countingCriteria
        config = state.config
        calendar = config.calendar
        self.today = today
        self.grouping = grouping
        rows = ProgressReport.emptyRows(config: config, grouping: grouping)
        named = rows.count
        for (index, row) in rows.enumerated() { rowIndex[row.group] = index }
        city = GroupTally(group: .city, quota: ProgressReport.quota(of: config.quotas))
        overdue = Array(repeating: [], count: rows.count)
        criteria = CriterionCounter(catalog: state.catalog)
    }

    mutating func add(_ record: EnterpriseRecord, at position: Int) {
        guard record.isActive else { return }
        let tier = record.profile.tier
        let tierIndex = GroupTally.index(tier)
        let isOverdue = calendar.isOverdue(record, on: today)
        let stageIndex = TierTally.index(record.stage)
        let revoked = !record.marks.isEmpty && record.has(.revoked)
        let blacklisted = !record.marks.isEmpty && record.has(.blacklisted)
        let finished = tier.earnsTitle ? (record.stage.holdsTitle && !revoked) : record.stage.rank >= Stage.closed.rank

        func count(into row: inout GroupTally) {
            row.tiers[tierIndex].atStage[stageIndex] += 1
            if isOverdue { row.tiers[tierIndex].overdue += 1 }
            if revoked { row.tiers[tierIndex].revoked += 1 }
            if blacklisted { row.tiers[tierIndex].blacklisted += 1 }
            if finished { row.tiers[tierIndex].finished += 1 }
        }
        count(into: &city)
        if countingCriteria, !record.criteria.isEmpty { criteria.count(record) }

        let group = ProgressReport.group(of: record.profile, config: config, grouping: grouping)
        var index = rowIndex[group]
        if index == nil, ProgressReport.accepts(group, grouping: grouping) {
            // A group the configuration does not name (edited away): shown after the named ones.
            index = rows.count
            rowIndex[group] = rows.count
            rows.append(GroupTally(group: group, quota: grouping == .industry ? nil : [0, 0, 0]))
            overdue.append([])
        }
        guard let index else { return }
        count(into: &rows[index])
        if isOverdue { overdue[index].append((position, calendar.daysOverdue(record, on: today) ?? 0)) }
    }
}
