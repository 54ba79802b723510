import AnxinCore
import AnxinText

/// How an enterprise reads in tables, CSV and JSON.
struct EnterprisePresenter {
    let state: CampaignState
    let today: Day
    let language: Language

    var calendar: CampaignCalendar { state.config.calendar }

    func progress(_ record: EnterpriseRecord) -> Progress { record.progress(in: state.catalog) }

    func stageText(_ record: EnterpriseRecord) -> String {
        record.isActive ? record.stage.label(for: record.profile.tier).text(language) : Catalog.removedLabel.text(language)
    }

    func nextText(_ record: EnterpriseRecord) -> String {
        guard let next = calendar.nextStep(of: record) else { return "" }
        let due = next.due.map { " \($0)" } ?? ""
        return next.action.label.text(language) + due
    }

    func marksText(_ record: EnterpriseRecord) -> String {
        var badges = Mark.allCases.filter { record.has($0) }.map { $0.badge.text(language) }
        if calendar.isOverdue(record, on: today) { badges.insert(Catalog.overdueBadge.text(language), at: 0) }
        return badges.joined(separator: " ")
    }

    var table: Table {
        let zh = language == .zh
        return Table(columns: [
            .init(title: zh ? "统一社会信用代码" : "credit code", width: 18),
            .init(title: zh ? "企业名称" : "name", width: 30),
            .init(title: zh ? "县区" : "jurisdiction", width: 12),
            .init(title: zh ? "类别" : "tier", width: 6),
            .init(title: zh ? "阶段" : "stage", width: 12),
            .init(title: zh ? "进度" : "progress", width: 6, alignment: .right),
            .init(title: zh ? "下一步" : "next step", width: 22),
            .init(title: zh ? "标记" : "marks", width: 20),
        ])
    }

    func tableCells(_ record: EnterpriseRecord) -> [String] {
        let p = progress(record)
        return [record.code.value, record.profile.name, record.profile.jurisdiction,
                record.profile.tier.shortLabel.text(language), stageText(record), "\(p.met)/\(p.applicable)",
                nextText(record), marksText(record)]
    }

    static let csvHeader = ["code", "name", "jurisdiction", "industry", "tier", "supervision", "department", "person",
                            "phone", "address", "stage", "met", "applicable", "next_step", "due", "overdue", "marks"]

    func csvFields(_ record: EnterpriseRecord) -> [String] {
        let profile = record.profile, p = progress(record), next = calendar.nextStep(of: record)
        return [profile.code.value, profile.name, profile.jurisdiction, profile.industry, profile.tier.rawValue,
                profile.level.rawValue, profile.department, profile.person, profile.phone ?? "", profile.address ?? "",
                record.isActive ? record.stage.rawValue : "removed", String(p.met), String(p.applicable),
                next?.action.rawValue ?? "", next?.due?.description ?? "",
                calendar.isOverdue(record, on: today) ? "yes" : "no",
                Mark.allCases.filter { record.has($0) }.map(\.rawValue).joined(separator: ";")]
    }

    func json(_ record: EnterpriseRecord) -> JSONOut {
        let profile = record.profile, p = progress(record), next = calendar.nextStep(of: record)
        return .object([
            ("code", .string(profile.code.value)), ("name", .string(profile.name)),
            ("jurisdiction", .string(profile.jurisdiction)), ("industry", .string(profile.industry)),
            ("tier", .string(profile.tier.rawValue)), ("supervision", .string(profile.level.rawValue)),
            ("department", .string(profile.department)), ("person", .string(profile.person)),
            ("phone", .optional(profile.phone)), ("address", .optional(profile.address)),
            ("stage", .string(record.stage.rawValue)), ("stage_since", .string(record.stageSince.description)),
            ("removed", record.removal.map(JSONOut.string) ?? .bool(false)),
            ("progress", .object([("met", .int(p.met)), ("unmet", .int(p.unmet)), ("unchecked", .int(p.unchecked)),
                                  ("not_applicable", .int(p.notApplicable)), ("applicable", .int(p.applicable))])),
            ("next_step", next.map { .object([("action", .string($0.action.rawValue)), ("due", .optional($0.due?.description))]) } ?? .null),
            ("overdue", .bool(calendar.isOverdue(record, on: today))),
            ("marks", .array(Mark.allCases.compactMap { mark in
                record.marks[mark].map { entry in
                    .object([("mark", .string(mark.rawValue)), ("since", .string(entry.details.date.description)),
                             ("reason", .string(entry.details.reason))])
                }
            })),
        ])
    }
}
