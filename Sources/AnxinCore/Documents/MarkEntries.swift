/// One enterprise on the blacklist: the mark with its cause, and the term worked out from the campaign's rules.
public struct BlacklistEntry: Sendable {
    public let record: EnterpriseRecord
    public let mark: MarkRecord
    /// The day the term ends (`blacklist_years` after the listing; 应急管理部令第11号: 3 years).
    public let termEnd: Day
    /// The first day an early removal may be asked for (`blacklist_early_removal_months`, default 12).
    public let earliestRemoval: Day
    /// The term is over on the day of the document, but the mark has not been removed yet.
    public let termOver: Bool

    /// The cause as people say it: 重大隐患逾期未整改, 抗拒执法检查, or 发生较大安全生产事故 (the accident's grade).
    public var causeLabel: Message {
        guard let cause = mark.details.blacklistCause else { return Message(zh: "", en: "") }
        guard cause == .accident, let grade = mark.details.accidentGrade else { return cause.label }
        return Message(zh: "发生\(grade.label.zh)安全生产事故", en: "an accident of grade \(grade.label.en)")
    }
}

/// One enterprise under key supervision, and whether it came with a revoked title.
public struct SupervisionEntry: Sendable {
    public let record: EnterpriseRecord
    public let mark: MarkRecord
    /// The revocation that put the enterprise under key supervision, if any.
    public let revocation: MarkRecord?
}

/// The demonstration sites of step 5: one per sector (standardized or normalized), plus the well-rectified
/// problem enterprises of the experience meeting.
public struct DemoSitesPlan: Sendable {
    public struct Sector: Sendable {
        public let name: String
        /// Usually one (`demo_sites_per_sector`); empty while none is chosen.
        public let sites: [EnterpriseRecord]
    }

    public let sectors: [Sector]
    public let rectified: [EnterpriseRecord]
}

extension ListSelector {
    /// The blacklist with each entry's term on `day` (the document's day).
    public func blacklist(on day: Day) -> [BlacklistEntry] {
        let rulebook = Rulebook(config: state.config, catalog: state.catalog)
        let months = state.config.rules.blacklistEarlyRemovalMonths
        return select(.blacklist).members.compactMap { record in
            guard let mark = record.marks[.blacklisted] else { return nil }
            let end = rulebook.blacklistExpiry(of: mark)
            return BlacklistEntry(record: record, mark: mark, termEnd: end,
                                  earliestRemoval: mark.details.date.adding(months: months), termOver: day >= end)
        }
    }

    public func supervision() -> [SupervisionEntry] {
        select(.supervision).members.compactMap { record in
            guard let mark = record.marks[.supervised] else { return nil }
            return SupervisionEntry(record: record, mark: mark, revocation: record.marks[.revoked])
        }
    }

    /// Sites grouped by the campaign's demonstration sectors (in campaign.yaml order; a sector of an industry that
    /// is not among them comes after).
    public func demoSites() -> DemoSitesPlan {
        let sites = select(.demoSites).members
        let titled = sites.filter { $0.profile.tier.earnsTitle }
        func sector(of record: EnterpriseRecord) -> String {
            state.config.industry(named: record.profile.industry)?.demoSector ?? record.profile.industry
        }
        var names = state.config.demoSectors
        for record in titled where !names.contains(sector(of: record)) { names.append(sector(of: record)) }
        let sectors = names.map { name in
            DemoSitesPlan.Sector(name: name, sites: titled.filter { sector(of: $0) == name })
        }
        return DemoSitesPlan(sectors: sectors, rectified: sites.filter { $0.profile.tier == .problem })
    }
}
