/// How a report groups enterprises (`--by`).
public enum ReportGrouping: String, Sendable, CaseIterable {
    /// One row per jurisdiction and per city department: the owners of quotas (the dashboard's rows).
    case owner
    /// Jurisdiction rows only (属地 enterprises of each jurisdiction).
    case jurisdiction
    /// City department rows only (市直 and 省属以上 enterprises of each responsible department).
    case department
    case industry
    case tier
}

/// The key of one report row.
public enum ReportGroup: Hashable, Sendable {
    /// A jurisdiction (县（市、区）, 高新区, 白沟·白洋淀温泉城) as the owner of its 属地 enterprises.
    case jurisdiction(String)
    /// A city department (市政府有关部门) as the owner of the 市直 and 省属以上 enterprises it is responsible for.
    case department(String)
    case industry(String)
    case tier(Tier)
    /// The whole city: every enterprise once.
    case city

    /// The row's name as shown; the city row says 全市.
    public func name(_ language: Language) -> String {
        switch self {
        case let .jurisdiction(name), let .department(name), let .industry(name): name
        case let .tier(tier): tier.label.text(language)
        case .city: Catalog.reportCity.text(language)
        }
    }

    /// What kind of row this is, as a word for CSV and JSON: jurisdiction, department, industry, tier, city.
    public var kind: String {
        switch self {
        case .jurisdiction: "jurisdiction"
        case .department: "department"
        case .industry: "industry"
        case .tier: "tier"
        case .city: "city"
        }
    }

    /// Whether the group owns quotas (a jurisdiction or a department): the rows assessment judges.
    public var isOwner: Bool {
        switch self {
        case .jurisdiction, .department: true
        default: false
        }
    }

    /// The office that owns an enterprise for quotas and assessment. A 属地 enterprise belongs to its jurisdiction;
    /// a 市直 or 省属以上 one to its responsible department (a jurisdiction written as the department stands for that
    /// jurisdiction's office). So every enterprise has exactly one owner and the owner rows add up to the city.
    public static func owner(of profile: EnterpriseProfile, in config: CampaignConfig) -> ReportGroup {
        if profile.level == .local { return .jurisdiction(profile.jurisdiction) }
        if config.jurisdiction(named: profile.department) != nil { return .jurisdiction(profile.department) }
        return .department(profile.department)
    }

    /// Whether this owner row counts the enterprise: the same rule as `owner(of:in:)`, answered without the
    /// configuration (a department row is never named like a jurisdiction), for filters that hold no config.
    public func owns(_ profile: EnterpriseProfile) -> Bool {
        switch self {
        case let .jurisdiction(name):
            profile.level == .local ? profile.jurisdiction == name : profile.department == name
        case let .department(name):
            profile.level != .local && profile.department == name
        default:
            false
        }
    }

    /// The owner group of a quota's owner name.
    static func owner(named name: String, in config: CampaignConfig) -> ReportGroup {
        config.jurisdiction(named: name) != nil ? .jurisdiction(name) : .department(name)
    }
}
