import AnxinCore

/// `anxin report criteria`: per tier, the criteria with the most unmet verdicts.
struct CriteriaReportView: ReportView {
    let context: ReportContext
    let report: ProgressReport

    init(_ context: ReportContext) {
        self.context = context
        report = ProgressReport(state: context.state, today: context.today, grouping: .tier)
    }

    private var columns: [ReportColumn] {
        [ReportColumn(title: context.text(Catalog.reportColumnCriterion)),
         ReportColumn(title: context.text(Catalog.reportColumnCriterionTitle), maxWidth: 28),
         ReportColumn(title: context.text(Catalog.reportColumnChecked), numeric: true),
         ReportColumn(title: context.text(Catalog.reportColumnUnmet), numeric: true),
         ReportColumn(title: context.text(Catalog.reportColumnUnmetShare), numeric: true)]
    }

    private func cells(_ failure: CriterionFailure) -> [ReportCell] {
        let title = failure.criterion.title + (failure.criterion.industry.map { "（\($0)）" } ?? "")
        return [ReportCell(failure.criterion.id.value), ReportCell(title), ReportCell(failure.checked),
                ReportCell(String(failure.unmet), tone: failure.unmet > 0 ? .bad : .muted), ReportCell(percent(failure.share))]
    }

    var document: ReportDocument {
        var document = ReportDocument(language: context.language, title: context.text(Catalog.reportCriteriaTitle),
                                      subtitle: context.subtitle(grouping: nil))
        for (index, failures) in report.failures.enumerated() {
            let bars = failures.criteria.filter { $0.unmet > 0 }.map { failure in
                BarChart.Bar(label: failure.criterion.id.value + " " + failure.criterion.title, dark: failure.unmet,
                             light: 0, target: nil,
                             caption: "\(failure.unmet) / \(failure.checked) (\(percent(failure.share)))")
            }
            document.sections.append(ReportSection(
                title: context.text(Catalog.reportTierSection(failures.tier)),
                note: index == report.failures.count - 1 ? context.text(Catalog.reportCriteriaNote) : nil,
                table: ReportTable(columns: columns, rows: failures.criteria.map(cells)),
                bars: bars.isEmpty ? nil : BarChart(bars: bars, legend: context.text(Catalog.reportCriteriaBarsNote))))
        }
        return document
    }

    var csv: [[String]] {
        var rows = [[context.text(Catalog.reportColumnTier)] + columns.map(\.title)]
        for failures in report.failures {
            for failure in failures.criteria {
                rows.append([context.text(failures.tier.shortLabel), failure.criterion.id.value, failure.criterion.title,
                             String(failure.checked), String(failure.unmet),
                             failure.share.map { String(roundedShare($0)) } ?? ""])
            }
        }
        return rows
    }

    var json: JSONOut {
        .object(context.jsonHead("criteria") + [
            ("tiers", .array(report.failures.map { failures in
                .object([("tier", .string(failures.tier.rawValue)),
                         ("criteria", .array(failures.criteria.map { failure in
                             .object([("id", .string(failure.criterion.id.value)), ("title", .string(failure.criterion.title)),
                                      ("industry", .optional(failure.criterion.industry)),
                                      ("checked", .int(failure.checked)), ("unmet", .int(failure.unmet)),
                                      ("unmet_share", failure.share.map { .double(roundedShare($0)) } ?? .null)])
                         }))])
            })),
        ])
    }
}
