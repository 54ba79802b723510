/// Who may do what (seed step 6 and domain.md "Places, offices and authority").
public struct Authority: Sendable {
    public let config: CampaignConfig

    public init(config: CampaignConfig) { self.config = config }

    /// Offices that manage an enterprise's cultivation, help or rectification: the city office,
    /// the enterprise's jurisdiction and its responsible department.
    public func managingOffices(of profile: EnterpriseProfile) -> [String] {
        unique([config.cityOffice, profile.jurisdiction, profile.department])
    }

    /// Who accepts (or rejects) an enterprise: the city office for 省属以上 and 市直 standardized and normalized
    /// enterprises, the jurisdiction's office for the others; problem enterprises by their jurisdiction or
    /// responsible department.
    public func acceptanceAuthority(of profile: EnterpriseProfile) -> [String] {
        if profile.tier == .problem { return unique([profile.jurisdiction, profile.department]) }
        switch profile.level {
        case .provincial, .municipal: return [config.cityOffice]
        case .local: return [profile.jurisdiction]
        }
    }

    /// Offices that may publicize (市安监局 runs the notice, seed step 7) — the city office included.
    public var publicizingOffices: [String] { unique([config.cityOffice, config.workSafetyBureau]) }

    /// Offices that may choose demonstration sites (seed step 5: 市安监局 with the departments).
    public var demonstrationOffices: [String] { unique([config.cityOffice, config.workSafetyBureau]) }

    /// Whether an office manages an enterprise (no arrays built: the rules ask this for every journal event).
    /// Names are compared with `sameText` (by bytes where that is exact: `==` normalizes two Chinese names).
    /// Takes the record and reads only the names it needs: handing its profile over would copy every text of it.
    public func manages(_ office: String, _ record: EnterpriseRecord) -> Bool {
        manages(office, jurisdiction: record.profile.jurisdiction, department: record.profile.department)
    }

    private func manages(_ office: String, jurisdiction: String, department: String) -> Bool {
        office.sameText(as: jurisdiction) || office.sameText(as: department) || office.sameText(as: config.cityOffice)
    }

    /// Whether an office is the enterprise's acceptance authority.
    public func accepts(_ office: String, _ record: EnterpriseRecord) -> Bool {
        accepts(office, tier: record.profile.tier, level: record.profile.level, jurisdiction: record.profile.jurisdiction,
                department: record.profile.department)
    }

    private func accepts(_ office: String, tier: Tier, level: SupervisionLevel, jurisdiction: String,
                         department: String) -> Bool {
        if tier == .problem { return office.sameText(as: jurisdiction) || office.sameText(as: department) }
        switch level {
        case .provincial, .municipal: return office.sameText(as: config.cityOffice)
        case .local: return office.sameText(as: jurisdiction)
        }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
