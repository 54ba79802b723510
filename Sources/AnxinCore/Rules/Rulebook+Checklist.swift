/// Guards for ticking and clearing criteria.
extension Rulebook {
    func refusalToTick(_ record: EnterpriseRecord, criterion id: CriterionID, level: CheckLevel?,
                       verdict: Verdict?, by office: String) -> Refusal? {
        let profile = record.profile
        guard let criterion = catalog[id] else {
            let known = catalog.checklist(tier: profile.tier, industry: profile.industry).map(\.id.value)
            return Refusal(Catalog.unknownCriterion(id.value, known: known))
        }
        guard catalog.applies(criterion, tier: profile.tier, industry: profile.industry) else {
            return Refusal(Catalog.criterionNotOnChecklist(id.value, tier: profile.tier.label, industry: profile.industry))
        }
        if let level, !criterion.levels.contains(level) {
            return Refusal(Catalog.criterionHasNoLevels(id.value))
        }
        if verdict == .unchecked { return Refusal(Catalog.useClear) }
        if authority.manages(office, profile) || authority.accepts(office, profile) { return nil }
        let allowed = authority.managingOffices(of: profile) + authority.acceptanceAuthority(of: profile)
        return require(office, in: allowed, for: Catalog.actionTick, record)
    }
}
