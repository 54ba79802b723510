import AnxinCore
import Yams

/// Reads `campaign.yaml` into a `CampaignConfig`, reporting every problem with its line and column.
public enum CampaignLoader {
    static let topKeys = ["city", "year", "frozen_today", "offices", "jurisdictions", "departments", "industries",
                          "demo_sectors", "quotas", "calendar", "deadlines", "rules"]

    public static func load(text: String, file: String) -> (CampaignConfig?, [Diagnostic]) {
        var reader = YAMLReader(file: file, text: text)
        guard let root = reader.root(of: text), let top = reader.mapping(root, "campaign.yaml") else {
            return (nil, reader.diagnostics)
        }
        reader.rejectUnknownKeys(top, known: topKeys, in: "campaign.yaml")
        func node(_ key: String) -> Node? { top.first { $0.key == key }?.value }
        func required(_ key: String) -> Node? {
            if let value = node(key) { return value }
            reader.error(line: 1, column: 1, Catalog.yamlMissingKey(key, in: "campaign.yaml"))
            return nil
        }

        let city = reader.string(required("city"), "city")
        let year = reader.int(required("year"), "year")
        let frozen = node("frozen_today").flatMap { reader.day($0, "frozen_today") }

        var cityOffice = "市安委办", bureau = "市安监局"
        if let offices = reader.mapping(node("offices"), "offices") {
            reader.rejectUnknownKeys(offices, known: ["city_office", "work_safety_bureau"], in: "offices")
            for member in offices {
                if member.key == "city_office", let name = reader.string(member.value, "city_office") { cityOffice = name }
                if member.key == "work_safety_bureau", let name = reader.string(member.value, "work_safety_bureau") { bureau = name }
            }
        }

        let jurisdictions = names(&reader, required("jurisdictions"), "jurisdictions").map(Jurisdiction.init(name:))
        let departments = names(&reader, node("departments"), "departments")

        var industries: [Industry] = []
        var industryNodes: [String: Node] = [:]
        for item in reader.sequence(required("industries"), "industries") ?? [] {
            guard let fields = reader.mapping(item, "industry") else { continue }
            reader.rejectUnknownKeys(fields, known: ["name", "key", "sector"], in: "industry")
            let value = { (key: String) in fields.first { $0.key == key }?.value }
            guard let name = reader.string(value("name") ?? item, "name") else { continue }
            let key = value("key").flatMap { reader.bool($0, "key") } ?? false
            let sector = value("sector").flatMap { reader.string($0, "sector") } ?? "一般行业"
            if industries.contains(where: { $0.name == name }) {
                reader.error(at: item, Catalog.yamlDuplicate(name, in: "industries"))
            }
            industries.append(Industry(name: name, isKey: key, demoSector: sector))
            industryNodes[name] = value("sector") ?? item
        }
        let demoSectors = names(&reader, node("demo_sectors"), "demo_sectors")
        for industry in industries where !demoSectors.isEmpty && !demoSectors.contains(industry.demoSector) {
            reader.error(at: industryNodes[industry.name], Catalog.unknownSector(industry.demoSector, industry: industry.name, known: demoSectors))
        }

        var quotas: [Quota] = []
        let owners = Set(jurisdictions.map(\.name) + departments)
        for member in reader.mapping(node("quotas"), "quotas") ?? [] {
            if !owners.contains(member.key) {
                reader.error(at: member.keyNode, Catalog.quotaOwnerUnknown(member.key))
            }
            for tierMember in reader.mapping(member.value, "quota") ?? [] {
                guard let tier = Tier(token: tierMember.key) else {
                    reader.error(at: tierMember.keyNode, Catalog.unknownTier(tierMember.key))
                    continue
                }
                if let count = reader.int(tierMember.value, "quota"), count >= 0 {
                    quotas.append(Quota(owner: member.key, tier: tier, count: count))
                }
            }
        }

        var steps: [CalendarStep] = []
        for item in reader.sequence(required("calendar"), "calendar") ?? [] {
            guard let fields = reader.mapping(item, "calendar step") else { continue }
            reader.rejectUnknownKeys(fields, known: ["step", "title", "from", "due"], in: "calendar step")
            let value = { (key: String) in fields.first { $0.key == key }?.value }
            guard let number = reader.int(value("step") ?? item, "step"),
                  let title = reader.string(value("title") ?? item, "title"),
                  let due = reader.day(value("due") ?? item, "due") else { continue }
            let from = value("from").flatMap { reader.day($0, "from") }
            if let from, from > due { reader.error(at: value("from"), Catalog.windowReversed(from, due)) }
            steps.append(CalendarStep(number: number, title: title, from: from, due: due))
        }

        var deadlines: [StepAction: Day] = [:]
        for member in reader.mapping(node("deadlines"), "deadlines") ?? [] {
            guard let action = StepAction(token: member.key), action != .reject else {
                reader.error(at: member.keyNode, Catalog.yamlUnknownKey(member.key, in: "deadlines",
                                                                        known: StepAction.allCases.filter { $0 != .reject }.map(\.rawValue)))
                continue
            }
            if let day = reader.day(member.value, member.key) { deadlines[action] = day }
        }

        var rules = RuleParameters()
        if let members = reader.mapping(node("rules"), "rules") {
            let known = ["blacklist_years", "blacklist_early_removal_months", "spot_check_share", "demo_sites_per_sector",
                         "rectified_demo_sites", "standardized_key_industries_only"]
            reader.rejectUnknownKeys(members, known: known, in: "rules")
            for member in members {
                switch member.key {
                case "blacklist_years": rules.blacklistYears = reader.int(member.value, member.key) ?? rules.blacklistYears
                case "blacklist_early_removal_months":
                    rules.blacklistEarlyRemovalMonths = reader.int(member.value, member.key) ?? rules.blacklistEarlyRemovalMonths
                case "spot_check_share": rules.spotCheckShare = reader.double(member.value, member.key) ?? rules.spotCheckShare
                case "demo_sites_per_sector": rules.demoSitesPerSector = reader.int(member.value, member.key) ?? rules.demoSitesPerSector
                case "rectified_demo_sites": rules.rectifiedDemoSites = reader.int(member.value, member.key) ?? rules.rectifiedDemoSites
                case "standardized_key_industries_only":
                    rules.standardizedKeyIndustriesOnly = reader.bool(member.value, member.key) ?? rules.standardizedKeyIndustriesOnly
                default: break
                }
            }
        }

        guard let city, let year, reader.diagnostics.isEmpty else { return (nil, reader.diagnostics) }
        let config = CampaignConfig(city: city, year: year, frozenToday: frozen, cityOffice: cityOffice,
                                    workSafetyBureau: bureau, jurisdictions: jurisdictions, departments: departments,
                                    industries: industries, demoSectors: demoSectors, quotas: quotas,
                                    calendar: CampaignCalendar(steps: steps, deadlines: deadlines), rules: rules)
        return (config, reader.diagnostics)
    }

    private static func names(_ reader: inout YAMLReader, _ node: Node?, _ what: String) -> [String] {
        var names: [String] = []
        for item in reader.sequence(node, what) ?? [] {
            guard let name = reader.string(item, what) else { continue }
            if names.contains(name) { reader.error(at: item, Catalog.yamlDuplicate(name, in: what)) }
            names.append(name)
        }
        return names
    }
}
