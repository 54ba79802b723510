import AnxinCore

extension DocumentContext {
    /// The context of a list document (notice, awards, announcement, incentives, supervision, blacklist,
    /// demo-sites), from the selector of the state as of the document's day.
    public func list(_ list: CampaignList, selector: ListSelector) -> [String: Any] {
        var context = common(title: list.title.zh)
        switch list {
        case .notice, .awards, .announcement, .incentives:
            context.merge(members(selector.select(list).members)) { $1 }
        case .supervision:
            let entries = selector.supervision()
            context.merge(members([])) { $1 }
            context["members"] = entries.enumerated().map { supervision($0.element, index: $0.offset + 1) }
            context["count"] = String(entries.count)
            context["hasMembers"] = !entries.isEmpty
        case .blacklist:
            let entries = selector.blacklist(on: day)
            context.merge(members([])) { $1 }
            context["members"] = entries.enumerated().map { blacklist($0.element, index: $0.offset + 1) }
            context["count"] = String(entries.count)
            context["hasMembers"] = !entries.isEmpty
        case .demoSites:
            let plan = selector.demoSites()
            let all = plan.sectors.flatMap(\.sites) + plan.rectified
            context.merge(members(all)) { $1 }
            context["sectors"] = plan.sectors.map { sector -> [String: Any] in
                ["sector": sector.name, "hasSites": !sector.sites.isEmpty, "sites": rows(sector.sites)]
            }
            context["rectified"] = rows(plan.rectified)
            context["hasRectified"] = !plan.rectified.isEmpty
            context["rectifiedLimit"] = String(config.rules.rectifiedDemoSites)
        }
        return context
    }

    func supervision(_ entry: SupervisionEntry, index: Int) -> [String: Any] {
        var row = enterprise(entry.record, index: index)
        row["since"] = entry.mark.details.date.description
        row["sinceCN"] = DocumentContext.chinese(entry.mark.details.date)
        row["reason"] = DocumentContext.clause(entry.mark.details.reason)
        row["markOffice"] = entry.mark.office
        row["fromRevocation"] = entry.revocation != nil
        row["revocationCause"] = entry.revocation?.details.revocationCause?.label.zh ?? ""
        return row
    }

    func blacklist(_ entry: BlacklistEntry, index: Int) -> [String: Any] {
        var row = enterprise(entry.record, index: index)
        row["since"] = entry.mark.details.date.description
        row["sinceCN"] = DocumentContext.chinese(entry.mark.details.date)
        row["cause"] = entry.causeLabel.zh
        row["reason"] = DocumentContext.clause(entry.mark.details.reason)
        row["markOffice"] = entry.mark.office
        row["termEnd"] = entry.termEnd.description
        row["termEndCN"] = DocumentContext.chinese(entry.termEnd)
        row["earliestRemoval"] = entry.earliestRemoval.description
        row["earliestRemovalCN"] = DocumentContext.chinese(entry.earliestRemoval)
        row["termOver"] = entry.termOver
        return row
    }

    /// A reason as a clause inside a sentence: without its closing full stop.
    static func clause(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, "。；;.，, ".contains(last) { text.removeLast() }
        return String(text)
    }

    /// The context of one letter (or the public-notice text) about one blacklisted enterprise.
    public func letter(_ kind: LetterKind, entry: BlacklistEntry) -> [String: Any] {
        var context = common(title: kind.label.zh)
        context.merge(blacklist(entry, index: 1)) { $1 }
        let addressee = kind.addressee(enterprise: entry.record.profile.name)?.zh
        context["addressee"] = addressee ?? ""
        context["hasAddressee"] = addressee != nil
        return context
    }
}
