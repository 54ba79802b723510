import AnxinCore

/// One event as a line of the timeline, in the user's language.
enum EventText {
    static func describe(_ event: Event, catalog: CriteriaCatalog, _ language: Language) -> String {
        let zh = language == .zh
        func paren(_ parts: [String]) -> String {
            let kept = parts.filter { !$0.isEmpty }
            return kept.isEmpty ? "" : (zh ? "（" + kept.joined(separator: "，") + "）" : " (" + kept.joined(separator: ", ") + ")")
        }
        func tail(_ note: String?) -> String {
            guard let note, !note.isEmpty else { return "" }
            return (zh ? "：" : ": ") + note
        }
        switch event.payload {
        case let .listed(profile):
            return Catalog.eventListed.text(language)
                + paren([profile.tier.label.text(language), profile.jurisdiction, profile.industry])
        case let .edited(change):
            var parts: [String] = []
            if let name = change.name { parts.append("\(Catalog.fieldName.text(language)) → \(name)") }
            if let value = change.jurisdiction { parts.append("\(Catalog.fieldJurisdiction.text(language)) → \(value)") }
            if let value = change.industry { parts.append("\(Catalog.fieldIndustry.text(language)) → \(value)") }
            if let value = change.tier { parts.append("\(Catalog.fieldTier.text(language)) → \(value.label.text(language))") }
            if let value = change.level { parts.append("\(Catalog.fieldLevel.text(language)) → \(value.label.text(language))") }
            if let value = change.department { parts.append("\(Catalog.fieldDepartment.text(language)) → \(value)") }
            if let value = change.person { parts.append("\(Catalog.fieldPerson.text(language)) → \(value)") }
            if let value = change.phone { parts.append("\(Catalog.fieldPhone.text(language)) → \(value.isEmpty ? "—" : value)") }
            if let value = change.address { parts.append("\(Catalog.fieldAddress.text(language)) → \(value.isEmpty ? "—" : value)") }
            return Catalog.eventEdited.text(language) + tail(parts.joined(separator: zh ? "；" : "; "))
        case let .removed(reason):
            return Catalog.eventRemoved.text(language) + tail(reason)
        case let .ticked(tick):
            let title = catalog[tick.criterion]?.title ?? ""
            return Catalog.eventTicked.text(language) + " \(tick.criterion) \(title)"
                + paren([tick.level?.label.text(language) ?? ""]) + " " + tick.verdict.label.text(language) + tail(tick.note)
        case let .cleared(criterion, level):
            return Catalog.eventCleared.text(language) + " \(criterion)" + paren([level?.label.text(language) ?? ""])
        case let .step(details):
            var parts = [details.date.description]
            if let deadline = details.deadline { parts.append(Catalog.deadlineLabel.text(language) + " \(deadline)") }
            if let reference = details.reference { parts.append(Catalog.referenceLabel.text(language) + " \(reference)") }
            if !details.experts.isEmpty {
                parts.append(Catalog.expertsLabel.text(language) + " " + details.experts.joined(separator: zh ? "、" : ", "))
            }
            let label = details.action.label.text(language)
            return label + paren(parts) + tail(details.note)
        case let .marked(details):
            var parts = [details.date.description]
            if let cause = details.blacklistCause { parts.append(cause.label.text(language)) }
            if let cause = details.revocationCause { parts.append(cause.label.text(language)) }
            if let grade = details.accidentGrade { parts.append(grade.label.text(language) + (zh ? "事故" : " accident")) }
            return Catalog.eventMarked.text(language) + " " + details.mark.label.text(language) + paren(parts) + tail(details.reason)
        case let .unmarked(mark, reason, date):
            return Catalog.eventUnmarked.text(language) + " " + mark.label.text(language) + paren([date.description]) + tail(reason)
        case let .noted(text):
            return Catalog.eventNoted.text(language) + tail(text)
        case let .carried(year):
            return Catalog.eventCarried(year).text(language)
        case let .resolved(subject, other):
            return Catalog.eventResolved(subject.argumentText, kept: event.seen?.description ?? "—", other: other.description).text(language)
        }
    }

    /// `2024-05-12 10:31  张伟（清苑区）` — local time as recorded.
    static func when(_ event: Event) -> String {
        let text = event.at.description
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }
}
