/// A place with its own safety committee office: 县（市、区）, 高新区, 白沟·白洋淀温泉城.
public struct Jurisdiction: Sendable, Equatable {
    public let name: String
    public init(name: String) { self.name = name }
}

/// An industry; key industries are where standardized enterprises are cultivated (seed §二(一)).
public struct Industry: Sendable, Equatable {
    public let name: String
    public let isKey: Bool
    /// The demonstration sector of seed step 5 (非煤矿山, 危险化学品, 建筑施工, 一般行业).
    public let demoSector: String

    public init(name: String, isKey: Bool, demoSector: String) {
        self.name = name
        self.isKey = isKey
        self.demoSector = demoSector
    }
}

/// "The prescribed number" (按照规定的数量) of enterprises a jurisdiction or department lists per tier.
public struct Quota: Sendable, Equatable {
    public let owner: String
    public let tier: Tier
    public let count: Int
    public init(owner: String, tier: Tier, count: Int) {
        self.owner = owner
        self.tier = tier
        self.count = count
    }
}

/// Rule parameters where the seed is silent (domain.md "Open points and our defaults").
public struct RuleParameters: Sendable, Equatable {
    /// Blacklist term (应急管理部令第11号: 3 years).
    public var blacklistYears: Int = 3
    /// Early removal from the blacklist may be asked after this many months.
    public var blacklistEarlyRemovalMonths: Int = 12
    /// Share of county acceptances the city office spot-checks.
    public var spotCheckShare: Double = 0.10
    /// Demonstration sites per sector among standardized and normalized enterprises.
    public var demoSitesPerSector: Int = 1
    /// Well-rectified problem enterprises shown at the experience meeting (seed step 5: 1 to 2).
    public var rectifiedDemoSites: Int = 2
    /// Standardized enterprises must come from a key industry.
    public var standardizedKeyIndustriesOnly: Bool = true
    public init() {}
}

/// The campaign: city, year, places, offices, industries, quotas, calendar and rule parameters
/// (loaded from `campaign.yaml`).
public struct CampaignConfig: Sendable {
    public var city: String
    public var year: Int
    /// When set, "today" is this day unless `--today` says otherwise (the demo store is frozen).
    public var frozenToday: Day?
    /// 市安委办: accepts 省属以上 and 市直 enterprises, spot-checks, publishes and awards.
    public var cityOffice: String
    /// 市安监局: organizes the demonstration visits and the public notice (seed steps 5 and 7).
    public var workSafetyBureau: String
    public var jurisdictions: [Jurisdiction]
    /// City government departments (市政府有关部门), e.g. 市住建局.
    public var departments: [String]
    public var industries: [Industry]
    public var demoSectors: [String]
    public var quotas: [Quota]
    public var calendar: CampaignCalendar
    public var rules: RuleParameters

    public init(city: String, year: Int, frozenToday: Day? = nil, cityOffice: String = "市安委办",
                workSafetyBureau: String = "市安监局", jurisdictions: [Jurisdiction], departments: [String],
                industries: [Industry], demoSectors: [String], quotas: [Quota] = [],
                calendar: CampaignCalendar, rules: RuleParameters = RuleParameters()) {
        self.city = city
        self.year = year
        self.frozenToday = frozenToday
        self.cityOffice = cityOffice
        self.workSafetyBureau = workSafetyBureau
        self.jurisdictions = jurisdictions
        self.departments = departments
        self.industries = industries
        self.demoSectors = demoSectors
        self.quotas = quotas
        self.calendar = calendar
        self.rules = rules
    }

    public func jurisdiction(named name: String) -> Jurisdiction? {
        jurisdictions.first { $0.name == name }
    }

    public func industry(named name: String) -> Industry? {
        industries.first { $0.name == name }
    }

    public func hasDepartment(_ name: String) -> Bool {
        departments.contains(name)
    }

    /// What an office name stands for: people write 市安委办, a jurisdiction's name (清苑区) or a department (市住建局).
    public func office(named name: String) -> Office? {
        if name == cityOffice { return .city }
        if jurisdiction(named: name) != nil { return .jurisdiction(name) }
        if departments.contains(name) || name == workSafetyBureau { return .department(name) }
        return nil
    }

    /// Every office name a user may act as, for error messages.
    public var officeNames: [String] {
        [cityOffice] + jurisdictions.map(\.name) + departments + (departments.contains(workSafetyBureau) ? [] : [workSafetyBureau])
    }
}

/// An office that acts in the campaign.
public enum Office: Hashable, Sendable {
    /// 市安委办
    case city
    /// A jurisdiction's safety committee office, written as the jurisdiction's name.
    case jurisdiction(String)
    /// A city department (市住建局, 市安监局…).
    case department(String)
}
