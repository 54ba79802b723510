/// Guards for the roster: listing and editing an enterprise (seed step 1).
extension Rulebook {
    func refusalToList(_ profile: EnterpriseProfile, by office: String, in state: CampaignState) -> Refusal? {
        if let existing = state[profile.code], existing.isActive {
            return Refusal(Catalog.alreadyListed(profile.code, name: existing.profile.name))
        }
        if let problem = fieldProblems(profile) { return problem }
        let allowed = [config.cityOffice, profile.jurisdiction, profile.department]
        guard allowed.contains(where: { $0.sameText(as: office) }) else {
            return Refusal(Catalog.notAuthorizedToList(office: office, allowed: Array(Set(allowed)).sorted()))
        }
        return nil
    }

    func refusalToEdit(_ record: EnterpriseRecord, _ change: ProfileChange, by office: String) -> Refusal? {
        if change.isEmpty { return Refusal(Catalog.nothingToEdit) }
        if let tier = change.tier, tier != record.profile.tier, record.stage != .listed {
            return Refusal(Catalog.tierFixedAfterCommitment(record.profile.name, stage: record.stage.label(for: record.profile.tier)))
        }
        if let refusal = require(office, in: authority.managingOffices(of: record.profile), for: Catalog.actionEdit, record) {
            return refusal
        }
        return fieldProblems(change.applied(to: record.profile))
    }

    /// Every roster field a listing needs (domain.md guard of `listed`), checked against the campaign's lists.
    func fieldProblems(_ profile: EnterpriseProfile) -> Refusal? {
        var missing: [Message] = []
        if profile.name.isBlank { missing.append(Catalog.fieldName) }
        if profile.jurisdiction.isEmpty { missing.append(Catalog.fieldJurisdiction) }
        if profile.industry.isEmpty { missing.append(Catalog.fieldIndustry) }
        if profile.department.isEmpty { missing.append(Catalog.fieldDepartment) }
        if profile.person.isBlank { missing.append(Catalog.fieldPerson) }
        if !missing.isEmpty { return Refusal(Catalog.missingFields(missing)) }
        if config.jurisdiction(named: profile.jurisdiction) == nil {
            return Refusal(Catalog.unknownJurisdiction(profile.jurisdiction, known: config.jurisdictions.map(\.name)))
        }
        guard let industry = config.industry(named: profile.industry) else {
            return Refusal(Catalog.unknownIndustry(profile.industry, known: config.industries.map(\.name)))
        }
        guard config.office(named: profile.department) != nil else {
            return Refusal(Catalog.unknownDepartment(profile.department, known: config.officeNames))
        }
        if profile.level == .municipal, !config.hasDepartment(profile.department) {
            return Refusal(Catalog.municipalNeedsCityDepartment(profile.department))
        }
        if profile.tier == .standardized, config.rules.standardizedKeyIndustriesOnly, !industry.isKey {
            return Refusal(Catalog.standardizedNeedsKeyIndustry(profile.industry,
                                                                keys: config.industries.filter(\.isKey).map(\.name)))
        }
        return nil
    }
}
