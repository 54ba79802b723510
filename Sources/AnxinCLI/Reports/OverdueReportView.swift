import AnxinCore

/// `anxin report overdue`: the enterprises overdue for their next step, grouped, most days overdue first.
struct OverdueReportView: ReportView {
    let context: ReportContext
    let report: ProgressReport

    init(_ context: ReportContext) {
        self.context = context
        report = ProgressReport(state: context.state, today: context.today, grouping: context.grouping, countingCriteria: false)
    }

    struct Entry {
        let group: ReportGroup
        let record: EnterpriseRecord
        let next: NextStep?
        let days: Int
    }

    /// Groups with their overdue enterprises (groups without any left out).
    var groups: [(group: ReportGroup, entries: [Entry])] {
        let calendar = context.config.calendar
        return zip(report.rows, report.overduePositions).compactMap { row, positions in
            guard !positions.isEmpty else { return nil }
            return (row.group, positions.map { position in
                let record = context.state.records[position]
                return Entry(group: row.group, record: record, next: calendar.nextStep(of: record),
                             days: calendar.daysOverdue(record, on: context.today) ?? 0)
            })
        }
    }

    private var columns: [ReportColumn] {
        [ReportColumn(title: context.text(Catalog.reportColumnCode), maxWidth: 18),
         ReportColumn(title: context.text(Catalog.reportColumnName), maxWidth: 30),
         ReportColumn(title: context.text(Catalog.reportColumnTier)),
         ReportColumn(title: context.text(Catalog.reportColumnStage)),
         ReportColumn(title: context.text(Catalog.reportColumnNextStep)),
         ReportColumn(title: context.text(Catalog.reportColumnDue)),
         ReportColumn(title: context.text(Catalog.reportColumnDaysOverdue), numeric: true),
         ReportColumn(title: context.text(Catalog.reportColumnDepartment), maxWidth: 12),
         ReportColumn(title: context.text(Catalog.reportColumnPerson), maxWidth: 8),
         ReportColumn(title: context.text(Catalog.reportColumnPhone), maxWidth: 14)]
    }

    private func cells(_ entry: Entry) -> [ReportCell] {
        let profile = entry.record.profile
        return [ReportCell(profile.code.value), ReportCell(profile.name), ReportCell(context.text(profile.tier.shortLabel)),
                ReportCell(context.text(entry.record.stage.label(for: profile.tier))),
                ReportCell(entry.next.map { context.text($0.action.label) } ?? ""),
                ReportCell(entry.next?.due?.description ?? ""),
                ReportCell(String(entry.days), tone: .bad),
                ReportCell(profile.department), ReportCell(profile.person), ReportCell(profile.phone ?? "")]
    }

    var document: ReportDocument {
        var document = ReportDocument(language: context.language, title: context.text(Catalog.reportOverdueTitle),
                                      subtitle: context.subtitle(grouping: context.grouping))
        let groups = self.groups
        var summary = ReportTable(columns: [ReportColumn(title: context.text(Catalog.reportColumnGroup), maxWidth: 20),
                                            ReportColumn(title: context.text(ProgressMeasure.overdue.label), numeric: true)])
        summary.rows = groups.map { [ReportCell($0.group.name(context.language)), ReportCell($0.entries.count)] }
        summary.footer = [[ReportCell(context.text(Catalog.reportCity)), ReportCell(report.city.count(.overdue))]]
        var first = ReportSection(title: context.text(Catalog.reportSectionOverdueSummary),
                                  note: context.text(Catalog.reportOverdueNote), table: summary)
        if groups.isEmpty {
            first.table = nil
            first.emptyText = context.text(Catalog.reportNoOverdue)
        }
        document.sections.append(first)
        for (group, entries) in groups {
            document.sections.append(ReportSection(title: group.name(context.language) + " (\(entries.count))",
                                                   table: ReportTable(columns: columns, rows: entries.map(cells))))
        }
        return document
    }

    var csv: [[String]] {
        let header = [context.text(Catalog.reportColumnKind), context.text(Catalog.reportColumnGroup)] + columns.map(\.title)
            + [context.text(Catalog.reportColumnJurisdiction)]
        var rows = [header]
        for (group, entries) in groups {
            for entry in entries {
                rows.append([context.kindText(group), group.name(context.language)] + cells(entry).map(\.text)
                            + [entry.record.profile.jurisdiction])
            }
        }
        return rows
    }

    var json: JSONOut {
        .object(context.jsonHead("overdue") + [
            ("grouping", .string(context.grouping.rawValue)),
            ("total", .int(report.city.count(.overdue))),
            ("groups", .array(groups.map { group, entries in
                .object([("kind", .string(group.kind)), ("name", .string(group.name(context.language))),
                         ("count", .int(entries.count)),
                         ("enterprises", .array(entries.map { entry in
                             let profile = entry.record.profile
                             return .object([
                                 ("code", .string(profile.code.value)), ("name", .string(profile.name)),
                                 ("jurisdiction", .string(profile.jurisdiction)), ("tier", .string(profile.tier.rawValue)),
                                 ("stage", .string(entry.record.stage.rawValue)),
                                 ("next_step", entry.next.map { .string($0.action.rawValue) } ?? .null),
                                 ("due", .optional(entry.next?.due?.description)),
                                 ("days_overdue", .int(entry.days)),
                                 ("department", .string(profile.department)), ("person", .string(profile.person)),
                                 ("phone", .optional(profile.phone)),
                             ])
                         }))])
            })),
        ])
    }
}
