import AnxinCore

/// `anxin report progress`: one row per group with quota, stage counts and the share finished; bars against quota.
struct ProgressReportView: ReportView {
    let context: ReportContext
    let report: ProgressReport

    init(_ context: ReportContext) {
        self.context = context
        report = ProgressReport(state: context.state, today: context.today, grouping: context.grouping, countingCriteria: false)
    }

    private var showsKind: Bool { context.grouping == .owner }

    func quotaText(_ row: GroupTally) -> String {
        guard let quota = row.quota else { return "—" }
        return quota.map(String.init).joined(separator: "/")
    }

    func name(_ group: ReportGroup) -> String { group.name(context.language) }

    func cells(_ row: GroupTally) -> [ReportCell] {
        var cells = [ReportCell(name(row.group))]
        if showsKind { cells.append(ReportCell(row.group == .city ? "" : context.kindText(row.group))) }
        cells.append(ReportCell(quotaText(row)))
        cells.append(ReportCell(row.totalQuota.map(String.init) ?? "—"))
        for measure in ProgressMeasure.allCases {
            let count = row.count(measure, reading: context.reading)
            let tone: CellTone = (measure == .overdue || measure == .blacklisted || measure == .revoked) && count > 0 ? .bad
                : (count == 0 ? .muted : .plain)
            cells.append(ReportCell(String(count), tone: tone))
        }
        cells.append(ReportCell(row.finished))
        let share = row.finishedShare
        cells.append(ReportCell(percent(share), tone: share.map { $0 >= 1 ? .good : .plain } ?? .muted))
        return cells
    }

    var columns: [ReportColumn] {
        var columns = [ReportColumn(title: context.text(Catalog.reportColumnGroup), maxWidth: 20)]
        if showsKind { columns.append(ReportColumn(title: context.text(Catalog.reportColumnKind))) }
        columns.append(ReportColumn(title: context.text(Catalog.reportColumnQuotaPerTier)))
        columns.append(ReportColumn(title: context.text(Catalog.reportColumnQuota), numeric: true))
        columns += ProgressMeasure.allCases.map { ReportColumn(title: context.text($0.label), numeric: true) }
        columns.append(ReportColumn(title: context.text(Catalog.reportColumnFinished), numeric: true))
        columns.append(ReportColumn(title: context.text(Catalog.reportColumnFinishedShare), numeric: true))
        return columns
    }

    var document: ReportDocument {
        var document = ReportDocument(language: context.language, title: context.text(Catalog.reportProgressTitle),
                                      subtitle: context.subtitle(grouping: context.grouping))
        let table = ReportTable(columns: columns, rows: report.rows.map(cells), footer: [cells(report.city)])
        let note = context.text(context.reading == .reached ? Catalog.reportReachedNote : Catalog.reportCurrentNote)
        document.sections.append(ReportSection(title: context.text(Catalog.reportSectionProgress), note: note, table: table))
        let bars = report.rows.map { row in
            BarChart.Bar(label: name(row.group), dark: row.finished, light: row.listed, target: row.totalQuota,
                         caption: context.text(Catalog.reportBarCaption(finished: row.finished, listed: row.listed,
                                                                        quota: row.totalQuota)) + shareSuffix(row))
        }
        document.sections.append(ReportSection(title: context.text(Catalog.reportSectionBars),
                                               bars: BarChart(bars: bars, legend: context.text(Catalog.reportBarsNote))))
        return document
    }

    private func shareSuffix(_ row: GroupTally) -> String {
        row.finishedShare.map { " (\(percent($0)))" } ?? ""
    }

    var csv: [[String]] {
        let tiers = Tier.allCases.map { context.text(Catalog.reportColumnQuota) + "·" + context.text($0.shortLabel) }
        var header = [context.text(Catalog.reportColumnKind), context.text(Catalog.reportColumnGroup)] + tiers
        header.append(context.text(Catalog.reportColumnQuota))
        header += ProgressMeasure.allCases.map { context.text($0.label) }
        header += [context.text(Catalog.reportColumnFinished), context.text(Catalog.reportColumnFinishedShare)]
        func line(_ row: GroupTally) -> [String] {
            var fields = [context.kindText(row.group), name(row.group)]
            fields += Tier.allCases.map { tier in row.quota(tier).map(String.init) ?? "" }
            fields.append(row.totalQuota.map(String.init) ?? "")
            fields += ProgressMeasure.allCases.map { String(row.count($0, reading: context.reading)) }
            fields.append(String(row.finished))
            fields.append(row.finishedShare.map { String(roundedShare($0)) } ?? "")
            return fields
        }
        return [header] + report.rows.map(line) + [line(report.city)]
    }

    var json: JSONOut {
        func counts(_ count: (ProgressMeasure) -> Int) -> JSONOut {
            .object(ProgressMeasure.allCases.map { ($0.rawValue, .int(count($0))) })
        }
        func object(_ row: GroupTally) -> JSONOut {
            var members: [(String, JSONOut)] = [("kind", .string(row.group.kind)), ("name", .string(name(row.group)))]
            if let quota = row.quota {
                members.append(("quota", .object(Tier.allCases.map { tier in (tier.rawValue, JSONOut.int(quota[Tier.allCases.firstIndex(of: tier)!])) }
                                                 + [("total", .int(quota.reduce(0, +)))])))
            } else {
                members.append(("quota", .null))
            }
            members.append(("reached", counts { row.count($0, reading: .reached) }))
            members.append(("current", counts { row.count($0, reading: .current) }))
            members.append(("finished", .int(row.finished)))
            members.append(("finished_share", row.finishedShare.map { .double(roundedShare($0)) } ?? .null))
            members.append(("tiers", .object(Tier.allCases.map { tier in
                let tally = row.tally(tier)
                return (tier.rawValue, .object([
                    ("quota", row.quota(tier).map { .int($0) } ?? .null),
                    ("reached", .object(ProgressMeasure.allCases.map { ($0.rawValue, .int(tally.count($0, tier: tier, reading: .reached))) })),
                    ("finished", .int(tally.finished)),
                ]))
            })))
            return .object(members)
        }
        return .object(context.jsonHead("progress") + [
            ("grouping", .string(context.grouping.rawValue)),
            ("rows", .array(report.rows.map(object))),
            ("total", object(report.city)),
        ])
    }
}

/// A share rounded to 4 decimals for CSV and JSON (0.25, not 0.25000000000000006).
func roundedShare(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }
