/// Guards for ticking and clearing criteria.
extension Rulebook {
    /// `managed`: whether `office` manages the enterprise (`Authority.manages`, asked by the caller already).
    func refusalToTick(_ record: EnterpriseRecord, criterion id: CriterionID, level: CheckLevel?,
                       verdict: Verdict?, by office: String, managed: Bool) -> Refusal? {
        guard let criterion = catalog[id] else {
            let known = catalog.checklist(tier: record.profile.tier, industry: record.profile.industry).map(\.id.value)
            return Refusal(Catalog.unknownCriterion(id.value, known: known))
        }
        guard catalog.applies(criterion, tier: record.profile.tier, industry: record.profile.industry) else {
            return Refusal(Catalog.criterionNotOnChecklist(id.value, tier: record.profile.tier.label, industry: record.profile.industry))
        }
        if let level, !criterion.levels.contains(level) {
            return Refusal(Catalog.criterionHasNoLevels(id.value))
        }
        if verdict == .unchecked { return Refusal(Catalog.useClear) }
        if managed || authority.accepts(office, record) { return nil }
        let allowed = authority.managingOffices(of: record.profile) + authority.acceptanceAuthority(of: record.profile)
        return require(office, in: allowed, for: Catalog.actionTick, record)
    }
}
