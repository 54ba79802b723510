/// Guards for the marks beside the stage: demonstration site, revoked title, key supervision, blacklist.
extension Rulebook {
    func refusalToMark(_ record: EnterpriseRecord, _ details: MarkDetails, by office: String,
                       in state: CampaignState) -> Refusal? {
        let profile = record.profile
        if record.has(details.mark) {
            return Refusal(Catalog.alreadyMarked(profile.name, mark: details.mark.label))
        }
        if details.reason.isBlank { return Refusal(Catalog.reasonRequired) }
        if let refusal = refusalForFuture(details.date) { return refusal }
        if let refusal = require(office, in: officesAllowed(to: details.mark, record), for: details.mark.label, record) {
            return refusal
        }
        switch details.mark {
        case .demo:
            return refusalForDemonstration(record, in: state)
        case .revoked:
            guard record.holdsTitle else {
                return Refusal(Catalog.revokeNeedsTitle(profile.name, stage: record.stage.label(for: profile.tier)))
            }
            if details.revocationCause == nil { return Refusal(Catalog.revocationCauseRequired) }
            return nil
        case .supervised:
            return nil
        case .blacklisted:
            guard let cause = details.blacklistCause else { return Refusal(Catalog.blacklistCauseRequired) }
            if cause == .accident {
                guard let grade = details.accidentGrade else { return Refusal(Catalog.accidentGradeRequired) }
                if grade < .larger { return Refusal(Catalog.accidentTooMinorForBlacklist(grade.label)) }
            }
            return nil
        }
    }

    func refusalToUnmark(_ record: EnterpriseRecord, _ mark: Mark, reason: String, date: Day, by office: String) -> Refusal? {
        guard let current = record.marks[mark] else {
            return Refusal(Catalog.notMarked(record.profile.name, mark: mark.label))
        }
        if reason.isBlank { return Refusal(Catalog.reasonRequired) }
        if date < current.details.date {
            return Refusal(Catalog.dateBeforePreviousStep(date, previous: current.details.date))
        }
        if let refusal = refusalForFuture(date) { return refusal }
        if let refusal = require(office, in: officesAllowed(to: mark, record), for: mark.label, record) { return refusal }
        if mark == .blacklisted {
            let earliest = current.details.date.adding(months: config.rules.blacklistEarlyRemovalMonths)
            if date < earliest {
                return Refusal(Catalog.blacklistTooEarly(since: current.details.date, earliest: earliest,
                                                         months: config.rules.blacklistEarlyRemovalMonths))
            }
        }
        return nil
    }

    /// The day a blacklisting ends by its term (default 3 years).
    public func blacklistExpiry(of record: MarkRecord) -> Day {
        record.details.date.adding(years: config.rules.blacklistYears)
    }

    func officesAllowed(to mark: Mark, _ record: EnterpriseRecord) -> [String] {
        switch mark {
        case .demo: authority.demonstrationOffices
        case .revoked, .blacklisted: [config.cityOffice]
        case .supervised: authority.managingOffices(of: record.profile)
        }
    }

    /// At most one demonstration site per sector among standardized and normalized enterprises, and at most
    /// `rectifiedDemoSites` well-rectified problem enterprises (seed step 5).
    private func refusalForDemonstration(_ record: EnterpriseRecord, in state: CampaignState) -> Refusal? {
        let profile = record.profile
        if record.has(.blacklisted) || record.has(.revoked) {
            return Refusal(Catalog.demoNotForPenalized(profile.name))
        }
        let sites = state.demoSites.compactMap { state[$0] }.filter { $0.isActive && $0.has(.demo) }
        if profile.tier == .problem {
            guard record.stage >= .inProgress else {
                return Refusal(Catalog.demoNeedsRectificationUnderway(profile.name))
            }
            let taken = sites.filter { $0.profile.tier == .problem }
            if taken.count >= config.rules.rectifiedDemoSites {
                return Refusal(Catalog.rectifiedDemoFull(limit: config.rules.rectifiedDemoSites, taken: taken.map(\.profile.name)))
            }
            return nil
        }
        guard let sector = config.industry(named: profile.industry)?.demoSector else {
            return Refusal(Catalog.unknownIndustry(profile.industry, known: config.industries.map(\.name)))
        }
        let taken = sites.filter {
            $0.profile.tier != .problem && config.industry(named: $0.profile.industry)?.demoSector == sector
        }
        if taken.count >= config.rules.demoSitesPerSector {
            return Refusal(Catalog.demoSectorTaken(sector, taken: taken.map(\.profile.name)))
        }
        return nil
    }
}
