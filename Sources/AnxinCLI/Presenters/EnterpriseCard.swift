import AnxinCore
import AnxinText
import AnxinTUI

/// `anxin show`: everything about one enterprise on one screen.
struct EnterpriseCard {
    let state: CampaignState
    let record: EnterpriseRecord
    let today: Day
    let language: Language

    private var zh: Bool { language == .zh }
    private var calendar: CampaignCalendar { state.config.calendar }
    private var checklist: [Criterion] { state.catalog.checklist(tier: record.profile.tier, industry: record.profile.industry) }

    /// The same verdict symbols as the interface's checklist.
    static func symbol(_ verdict: Verdict) -> String { Glyphs.unicode.symbol(verdict) }

    func text() -> String {
        let profile = record.profile
        let t = { (message: Message) in message.text(language) }
        let sep = zh ? "：" : ": "
        var lines: [String] = []
        lines.append("\(profile.name.inert)  \(profile.code)")
        lines.append("  " + [
            t(Catalog.fieldJurisdiction) + sep + profile.jurisdiction.inert,
            t(Catalog.fieldIndustry) + sep + profile.industry.inert,
            t(Catalog.fieldTier) + sep + t(profile.tier.label),
            t(Catalog.fieldLevel) + sep + t(profile.level.label),
        ].joined(separator: " · "))
        var contact = [t(Catalog.fieldDepartment) + sep + profile.department.inert, t(Catalog.fieldPerson) + sep + profile.person.inert]
        if let phone = profile.phone { contact.append(t(Catalog.fieldPhone) + sep + phone.inert) }
        lines.append("  " + contact.joined(separator: " · "))
        if let address = profile.address { lines.append("  " + t(Catalog.fieldAddress) + sep + address.inert) }
        if let removal = record.removal { lines.append("  " + t(Catalog.removedLabel) + sep + removal.inert) }

        var stageLine = t(Catalog.fieldStage) + sep + t(record.stage.label(for: profile.tier)) + " (" + record.stageSince.description + ")"
        if let next = calendar.nextStep(of: record) {
            stageLine += " · " + t(Catalog.nextStepLabel) + sep + t(next.action.label)
            if let due = next.due {
                stageLine += " " + t(Catalog.dueLabel) + " \(due)"
                let days = due.days(until: today)
                if calendar.isOverdue(record, on: today) {
                    stageLine += " · " + t(Catalog.overdueDays(days))
                } else {
                    stageLine += " · " + t(Catalog.daysLeft(-days))
                }
            }
        }
        lines.append("  " + stageLine)
        let rulebook = Rulebook(config: state.config, catalog: state.catalog)
        if let blocking = rulebook.blockingCriteria(record),
           record.stage == .inProgress {
            lines.append("  " + t(Catalog.blockingLabel) + sep + blocking.map(\.value).joined(separator: " "))
        }
        for mark in Mark.allCases {
            guard let entry = record.marks[mark] else { continue }
            var markLine = "  ⚑ " + t(mark.label) + " (" + entry.details.date.description
            if mark == .blacklisted {
                markLine += " → " + rulebook.blacklistExpiry(of: entry).description
            }
            markLine += ")" + sep + entry.details.reason.inert
            lines.append(markLine)
        }

        let progress = record.progress(in: state.catalog)
        lines.append("")
        lines.append(t(Catalog.checklistLabel) + " \(progress.met)/\(progress.applicable)")
        for criterion in checklist {
            let verdict = record.verdict(of: criterion)
            let entry = record.criteria[criterion.id]
            var line = "  \(EnterpriseCard.symbol(verdict)) \(criterion.id) " + TextFit.fit(criterion.title, toWidth: 26)
                + " " + TextFit.fit(t(verdict.label), toWidth: 8)
            if let latest = entry?.latest, !criterion.isLevelled {
                line += " \(latest.actor.inert) \(latest.at.localDay)"
                if let note = latest.note { line += sep + note.inert }
            }
            lines.append(line.trimmingTrailingSpaces())
            if criterion.isLevelled {
                for level in criterion.levels {
                    let levelEntry = entry?.levels[level]
                    var levelLine = "      " + EnterpriseCard.symbol(levelEntry?.verdict ?? .unchecked) + " " + t(level.label)
                    if let levelEntry {
                        levelLine += " \(levelEntry.actor.inert) \(levelEntry.at.localDay)"
                        if let note = levelEntry.note { levelLine += sep + note.inert }
                    }
                    lines.append(levelLine)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func json() -> JSONOut {
        let presenter = EnterprisePresenter(state: state, today: today, language: language)
        guard case var .object(members) = presenter.json(record) else { return .null }
        func verdictJSON(_ entry: VerdictRecord?) -> [(String, JSONOut)] {
            guard let entry else { return [("verdict", .string(Verdict.unchecked.rawValue))] }
            return [("verdict", .string(entry.verdict.rawValue)), ("note", .optional(entry.note)),
                    ("actor", .string(entry.actor)), ("office", .string(entry.office)), ("at", .string(entry.at.description))]
        }
        members.append(("checklist", .array(checklist.map { criterion in
            let entry = record.criteria[criterion.id]
            var fields: [(String, JSONOut)] = [("id", .string(criterion.id.value)), ("title", .string(criterion.title))]
            if criterion.isLevelled {
                fields.append(("verdict", .string(record.verdict(of: criterion).rawValue)))
                fields.append(("levels", .array(criterion.levels.map { level in
                    .object([("level", .string(level.rawValue))] + verdictJSON(entry?.levels[level]).filter { $0.0 != "level" })
                })))
            } else {
                fields += verdictJSON(entry?.record)
            }
            return .object(fields)
        })))
        members.append(("steps", .array(record.steps.map { step in
            .object([("action", .string(step.details.action.rawValue)), ("date", .string(step.details.date.description)),
                     ("ref", .optional(step.details.reference)), ("experts", .array(step.details.experts.map(JSONOut.string))),
                     ("deadline", .optional(step.details.deadline?.description)), ("note", .optional(step.details.note)),
                     ("actor", .string(step.actor)), ("office", .string(step.office))])
        })))
        return .object(members)
    }
}
