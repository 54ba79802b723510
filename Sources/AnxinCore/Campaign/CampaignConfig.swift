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
    public var cityOffice: String { didSet { index = NameIndex(self) } }
    /// 市安监局: organizes the demonstration visits and the public notice (seed steps 5 and 7).
    public var workSafetyBureau: String { didSet { index = NameIndex(self) } }
    public var jurisdictions: [Jurisdiction] { didSet { index = NameIndex(self) } }
    /// City government departments (市政府有关部门), e.g. 市住建局.
    public var departments: [String] { didSet { index = NameIndex(self) } }
    public var industries: [Industry] { didSet { index = NameIndex(self) } }
    /// Lookups by name, rebuilt whenever a list changes: the rules ask them for every event of a journal.
    private var index = NameIndex()
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
        self.index = NameIndex(self)
    }

    public func jurisdiction(named name: String) -> Jurisdiction? {
        index.jurisdictions[name].map { jurisdictions[$0] }
    }

    public func industry(named name: String) -> Industry? {
        index.industries[name].map { industries[$0] }
    }

    public func hasDepartment(_ name: String) -> Bool {
        index.departments.contains(name)
    }

    /// What an office name stands for: people write 市安委办, a jurisdiction's name (清苑区) or a department (市住建局).
    public func office(named name: String) -> Office? {
        index.offices[name]
    }

    /// Every office name a user may act as, for error messages.
    public var officeNames: [String] {
        [cityOffice] + jurisdictions.map(\.name) + departments + (departments.contains(workSafetyBureau) ? [] : [workSafetyBureau])
    }
}

/// Name lookups of a campaign's lists (by bytes where that is exact: see `TextLookup`).
struct NameIndex: Sendable {
    var jurisdictions = TextLookup<Int>()
    var industries = TextLookup<Int>()
    var departments = TextLookup<Bool>()
    var offices = TextLookup<Office>()

    init() {}

    init(_ config: CampaignConfig) {
        jurisdictions = TextLookup(config.jurisdictions.enumerated().map { ($0.element.name, $0.offset) })
        industries = TextLookup(config.industries.enumerated().map { ($0.element.name, $0.offset) })
        departments = TextLookup(config.departments.map { ($0, true) })
        // Later kinds win where one name is two things: a jurisdiction over a department, the city office over both.
        var offices: [String: Office] = [:]
        for name in config.departments + [config.workSafetyBureau] { offices[name] = .department(name) }
        for jurisdiction in config.jurisdictions { offices[jurisdiction.name] = .jurisdiction(jurisdiction.name) }
        offices[config.cityOffice] = .city
        self.offices = TextLookup(offices.map { ($0.key, $0.value) })
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
