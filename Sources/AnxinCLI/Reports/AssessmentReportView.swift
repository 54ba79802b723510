import AnxinCore

/// `anxin report assessment`: per jurisdiction and department, each calendar step done in time or not, the year's
/// verdict and eligibility for awards, and the list of what was missed (seed §五(四)).
struct AssessmentReportView: ReportView {
    let context: ReportContext
    let report: AssessmentReport

    init(_ context: ReportContext) {
        self.context = context
        report = AssessmentReport(state: context.state, today: context.today)
    }

    /// The offices the grouping asks for (industry and tier have no offices: every office is shown).
    var offices: [OfficeAssessment] {
        report.offices.filter { office in
            switch (context.grouping, office.group) {
            case (.jurisdiction, .department), (.department, .jurisdiction): false
            default: true
            }
        }
    }

    private var steps: [CalendarStep] { context.config.calendar.steps }

    private func stepTitle(_ step: CalendarStep) -> String {
        "\(step.number) " + (Catalog.reportStepShort(step.number).map(context.text) ?? step.title)
    }

    private func cell(_ assessment: StepAssessment) -> ReportCell {
        let text = context.text(Catalog.reportStepStatus(assessment.status))
        switch assessment.status {
        case .done: return ReportCell(text, tone: .good)
        case .missed: return ReportCell(text + " \(assessment.doneInTime)/\(assessment.required)", tone: .bad)
        case .notYetDue: return ReportCell(text + " \(assessment.doneInTime)/\(assessment.required)", tone: .muted)
        case .noTask, .cityTask: return ReportCell(text, tone: .muted)
        }
    }

    private func yearCells(_ office: OfficeAssessment) -> [ReportCell] {
        let year = office.year
        let tone: CellTone = year == .complete ? .good : (year == .incomplete ? .bad : .muted)
        let open = office.steps.reduce(0) { $0 + $1.open.count }
        return [ReportCell(context.text(Catalog.reportYearStatus(year)), tone: tone),
                ReportCell(context.text(Catalog.reportEligibility(year)), tone: tone), ReportCell(open)]
    }

    private var columns: [ReportColumn] {
        [ReportColumn(title: context.text(Catalog.reportColumnGroup), maxWidth: 20),
         ReportColumn(title: context.text(Catalog.reportColumnKind))]
            + steps.map { ReportColumn(title: stepTitle($0)) }
            + [ReportColumn(title: context.text(Catalog.reportColumnYear)),
               ReportColumn(title: context.text(Catalog.reportColumnEligibility)),
               ReportColumn(title: context.text(Catalog.reportColumnOpen), numeric: true)]
    }

    /// A missing item in words, with its due day and the day it was done late (if it was).
    func describe(_ item: MissingItem) -> (what: String, due: Day, reached: String) {
        switch item {
        case let .enterprise(position, stage, due, reachedOn):
            let profile = context.state.records[position].profile
            let what = context.text(Catalog.reportMissingEnterprise(profile.name + "（\(profile.code.value)）",
                                                                    action: AssessmentReportView.action(reaching: stage)))
            return (what, due, reachedOn?.description ?? context.text(Catalog.reportNotDone))
        case let .quota(tier, listed, quota, due):
            return (context.text(Catalog.reportMissingQuota(tier, listed: listed, quota: quota)), due, "—")
        case let .demonstrationSector(sector, due):
            return (context.text(Catalog.reportMissingSector(sector)), due, "—")
        case let .rectifiedDemonstration(due):
            return (context.text(Catalog.reportMissingRectifiedSite), due, "—")
        }
    }

    /// The step that brings an enterprise to a stage: what it failed to do.
    static func action(reaching stage: Stage) -> Message {
        switch stage {
        case .listed: Stage.listed.label
        case .committed: StepAction.commit.label
        case .planned: StepAction.plan.label
        case .inProgress: StepAction.start.label
        case .applied: StepAction.apply.label
        case .accepted: StepAction.accept.label
        case .closed: StepAction.close.label
        case .publicized: StepAction.publicize.label
        case .awarded: StepAction.award.label
        case .announced: StepAction.announce.label
        }
    }

    var document: ReportDocument {
        var document = ReportDocument(language: context.language, title: context.text(Catalog.reportAssessmentTitle),
                                      subtitle: context.subtitle(grouping: nil))
        var table = ReportTable(columns: columns)
        table.rows = offices.map { office in
            [ReportCell(office.group.name(context.language)), ReportCell(context.kindText(office.group))]
                + office.steps.map(cell) + yearCells(office)
        }
        table.footer = [[ReportCell(context.text(Catalog.reportCity)), ReportCell("")] + report.city.steps.map(cell)
                        + [ReportCell(""), ReportCell(""), ReportCell(report.city.steps.reduce(0) { $0 + $1.open.count })]]
        document.sections.append(ReportSection(title: context.text(Catalog.reportSectionSteps),
                                               note: context.text(Catalog.reportAssessmentNote), table: table))

        var missed = ReportTable(columns: [
            ReportColumn(title: context.text(Catalog.reportColumnGroup), maxWidth: 20),
            ReportColumn(title: context.text(Catalog.reportColumnStep), maxWidth: 12),
            ReportColumn(title: context.text(Catalog.reportColumnItem), maxWidth: 60),
            ReportColumn(title: context.text(Catalog.reportColumnDue)),
            ReportColumn(title: context.text(Catalog.reportColumnReached)),
        ])
        for office in offices + [report.city] {
            for step in office.steps {
                for item in step.missed {
                    let (what, due, reached) = describe(item)
                    missed.rows.append([ReportCell(office.group.name(context.language)), ReportCell(stepTitle(step.step)),
                                        ReportCell(what), ReportCell(due.description), ReportCell(reached, tone: .bad)])
                }
            }
        }
        document.sections.append(ReportSection(title: context.text(Catalog.reportSectionMissed), table: missed,
                                               emptyText: context.text(Catalog.reportNothingMissed)))
        return document
    }

    var csv: [[String]] {
        var header = [context.text(Catalog.reportColumnKind), context.text(Catalog.reportColumnGroup)]
        header += steps.map(stepTitle)
        header += [context.text(Catalog.reportColumnYear), context.text(Catalog.reportColumnEligibility),
                   context.text(Catalog.reportColumnItem)]
        func line(_ office: OfficeAssessment, year: Bool) -> [String] {
            var fields = [context.kindText(office.group), office.group.name(context.language)]
            fields += office.steps.map { cell($0).text }
            fields.append(year ? context.text(Catalog.reportYearStatus(office.year)) : "")
            fields.append(year ? context.text(Catalog.reportEligibility(office.year)) : "")
            fields.append(office.steps.flatMap { step in
                step.missed.map { item in
                    let (what, due, reached) = describe(item)
                    return "\(stepTitle(step.step))：\(what)（\(due) / \(reached)）"
                }
            }.joined(separator: "；"))
            return fields
        }
        return [header] + offices.map { line($0, year: true) } + [line(report.city, year: false)]
    }

    func json(_ item: MissingItem) -> JSONOut {
        switch item {
        case let .enterprise(position, stage, due, reachedOn):
            let profile = context.state.records[position].profile
            return .object([("type", .string("enterprise")), ("code", .string(profile.code.value)),
                            ("name", .string(profile.name)), ("stage", .string(stage.rawValue)),
                            ("due", .string(due.description)), ("reached_on", .optional(reachedOn?.description))])
        case let .quota(tier, listed, quota, due):
            return .object([("type", .string("quota")), ("tier", .string(tier.rawValue)), ("listed", .int(listed)),
                            ("quota", .int(quota)), ("due", .string(due.description))])
        case let .demonstrationSector(sector, due):
            return .object([("type", .string("demonstration-sector")), ("sector", .string(sector)), ("due", .string(due.description))])
        case let .rectifiedDemonstration(due):
            return .object([("type", .string("rectified-demonstration")), ("due", .string(due.description))])
        }
    }

    func json(_ office: OfficeAssessment, year: Bool) -> JSONOut {
        var members: [(String, JSONOut)] = [("kind", .string(office.group.kind)),
                                            ("name", .string(office.group.name(context.language)))]
        if year {
            members.append(("year", .string(office.year.rawValue)))
            members.append(("eligible", office.year == .pending ? .null : .bool(office.year == .complete)))
        }
        members.append(("steps", .array(office.steps.map { step in
            .object([("step", .int(step.step.number)), ("title", .string(step.step.title)),
                     ("due", .string(step.step.due.description)), ("status", .string(step.status.rawValue)),
                     ("required", .int(step.required)), ("done_in_time", .int(step.doneInTime)),
                     ("missed", .array(step.missed.map(json))), ("open", .array(step.open.map(json)))])
        })))
        return .object(members)
    }

    var json: JSONOut {
        .object(context.jsonHead("assessment") + [
            ("offices", .array(offices.map { json($0, year: true) })),
            ("city", json(report.city, year: false)),
        ])
    }
}
