import AnxinCore

/// Builds the plain dictionaries the templates render (never domain types through reflection): what each
/// variable means is listed in `DocumentVocabulary` and docs/documents.md. Documents are official Chinese texts:
/// labels are the Chinese ones whatever the interface language.
public struct DocumentContext: Sendable {
    public let config: CampaignConfig
    /// The document's date: the day of `--as-of`, else today.
    public let day: Day

    public init(config: CampaignConfig, day: Day) {
        self.config = config
        self.day = day
    }

    /// Variables every document has.
    func common(title: String) -> [String: Any] {
        [
            "title": title,
            "city": config.city,
            "year": String(config.year),
            "cityOffice": config.cityOffice,
            "bureau": config.workSafetyBureau,
            "date": DocumentContext.chinese(day),
            "dateISO": day.description,
            "blacklistYears": String(config.rules.blacklistYears),
            "earlyRemovalMonths": String(config.rules.blacklistEarlyRemovalMonths),
        ]
    }

    /// `2024年9月15日`, as official documents write a date.
    public static func chinese(_ day: Day) -> String { "\(day.year)年\(day.month)月\(day.day)日" }

    /// An enterprise's roster card and where it stands.
    func enterprise(_ record: EnterpriseRecord, index: Int? = nil) -> [String: Any] {
        let profile = record.profile
        var row: [String: Any] = [
            "name": profile.name,
            "code": profile.code.description,
            "jurisdiction": profile.jurisdiction,
            "industry": profile.industry,
            "sector": config.industry(named: profile.industry)?.demoSector ?? "",
            "tier": profile.tier.label.zh,
            "tierShort": profile.tier.shortLabel.zh,
            "level": profile.level.label.zh,
            "department": profile.department,
            "person": profile.person,
            "phone": profile.phone ?? "",
            "hasPhone": profile.phone != nil,
            "address": profile.address ?? "",
            "hasAddress": profile.address != nil,
            "stage": record.stage.label(for: profile.tier).zh,
            "stageDate": record.stageSince.description,
            "inCampaign": record.isActive,
        ]
        if let index { row["index"] = String(index) }
        let acceptance = record.stage.rank >= Stage.accepted.rank ? record.acceptance : nil
        row["accepted"] = acceptance != nil
        row["acceptedDate"] = acceptance?.details.date.description ?? ""
        row["acceptedOffice"] = acceptance?.office ?? ""
        row["acceptedRef"] = acceptance?.details.reference ?? ""
        row["hasAcceptedRef"] = acceptance?.details.reference != nil
        let publicized = record.steps.last { $0.details.action == .publicize }
        row["publicizedDate"] = record.stage.rank >= Stage.publicized.rank ? publicized?.details.date.description ?? "" : ""
        row["deadline"] = record.rectificationDeadline?.description ?? ""
        row["hasDeadline"] = record.rectificationDeadline != nil
        return row
    }

    /// Rows numbered from 1.
    func rows(_ records: [EnterpriseRecord]) -> [[String: Any]] {
        records.enumerated().map { enterprise($0.element, index: $0.offset + 1) }
    }

    /// A list's members, also grouped by tier (只列有企业的类别) for notices that read 一、标准化企业 二、规范化企业.
    func members(_ records: [EnterpriseRecord]) -> [String: Any] {
        let numerals = ["一", "二", "三"]
        var groups: [[String: Any]] = []
        for tier in Tier.allCases {
            let inTier = records.filter { $0.profile.tier == tier }
            guard !inTier.isEmpty else { continue }
            groups.append(["numeral": numerals[groups.count], "tier": tier.label.zh, "count": String(inTier.count),
                           "members": rows(inTier)])
        }
        return ["members": rows(records), "count": String(records.count), "hasMembers": !records.isEmpty, "groups": groups]
    }
}
