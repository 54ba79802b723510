/// Guards for lifecycle steps (domain.md "Lifecycles").
extension Rulebook {
    /// `managed`: whether `office` manages the enterprise (`Authority.manages`, asked by the caller already).
    func refusalToStep(_ record: EnterpriseRecord, _ details: StepDetails, by office: String, managed: Bool,
                       in state: CampaignState) -> Refusal? {
        let action = details.action
        let sources = Lifecycle.sources(of: action, tier: record.profile.tier)
        if sources.isEmpty {
            return Refusal(Catalog.actionNotForTier(action.label, tier: record.profile.tier.label))
        }
        guard sources.contains(record.stage) else {
            return Refusal(Catalog.wrongStage(record.profile.name, action: action.label,
                                              stage: record.stage.label(for: record.profile.tier),
                                              needed: sources.map { $0.label(for: record.profile.tier) }))
        }
        // Steps may be recorded after the fact (a paper roster typed in later), so the bound is the previous
        // step's date, not the day the listing was typed in; and never a day after today.
        if let previous = record.steps.last?.details.date, details.date < previous {
            return Refusal(Catalog.dateBeforePreviousStep(details.date, previous: previous))
        }
        if let refusal = refusalForFuture(details.date) { return refusal }
        switch action {
        case .commit:
            if record.profile.tier == .problem {
                guard let deadline = details.deadline else { return Refusal(Catalog.deadlineRequired) }
                if deadline <= details.date { return Refusal(Catalog.deadlineNotAfterDate(deadline, details.date)) }
            }
            return manage(office, record, action, managed: managed)
        case .plan:
            if (details.reference ?? "").isBlank || details.experts.isEmpty {
                return Refusal(Catalog.planNeedsReferenceAndExpert)
            }
            return manage(office, record, action, managed: managed)
        case .start:
            return manage(office, record, action, managed: managed)
        case .apply:
            if let blocking = blockingCriteria(record) { return Refusal(Catalog.applyBlocked(blocking)) }
            return manage(office, record, action, managed: managed)
        case .accept, .close:
            if !authority.accepts(office, record),
               let refusal = require(office, in: authority.acceptanceAuthority(of: record.profile), for: action.label, record) {
                return refusal
            }
            if let blocking = blockingCriteria(record) { return Refusal(Catalog.acceptBlocked(blocking)) }
            if action == .accept, record.profile.tier == .standardized, (details.reference ?? "").isBlank {
                return Refusal(Catalog.standardizedAcceptNeedsReference)
            }
            return nil
        case .reject:
            if (details.note ?? "").isBlank { return Refusal(Catalog.rejectNeedsReasons) }
            if record.stage == .accepted {
                // A city spot check (抽查) may overturn an acceptance made by a county.
                guard office == config.cityOffice else {
                    return Refusal(Catalog.spotCheckCityOnly(config.cityOffice))
                }
                if record.acceptance?.office == config.cityOffice {
                    return Refusal(Catalog.spotCheckOnlyCountyAcceptances)
                }
                return nil
            }
            return require(office, in: authority.acceptanceAuthority(of: record.profile), for: action.label, record)
        case .publicize:
            if record.has(.revoked) { return Refusal(Catalog.titleRevoked(record.profile.name)) }
            return require(office, in: authority.publicizingOffices, for: action.label, record)
        case .award:
            if record.has(.revoked) { return Refusal(Catalog.titleRevoked(record.profile.name)) }
            return require(office, in: [config.cityOffice], for: action.label, record)
        case .announce:
            return require(office, in: [config.cityOffice], for: action.label, record)
        }
    }

    private func manage(_ office: String, _ record: EnterpriseRecord, _ action: StepAction, managed: Bool) -> Refusal? {
        if managed { return nil }
        return require(office, in: authority.managingOffices(of: record.profile), for: action.label, record)
    }

    /// Applicable criteria that are not met (unchecked blocks as well as unmet), or nil when none.
    public func blockingCriteria(_ record: EnterpriseRecord) -> [CriterionID]? {
        var blocking: [CriterionID] = []   // no allocation unless something blocks (the journal's common case)
        for criterion in catalog.checklist(tier: record.profile.tier, industry: record.profile.industry) {
            let verdict = record.verdict(of: criterion)
            if verdict == .unmet || verdict == .unchecked { blocking.append(criterion.id) }
        }
        return blocking.isEmpty ? nil : blocking
    }
}
