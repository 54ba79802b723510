import AnxinCore
import AnxinStore
import ArgumentParser

/// `anxin report KIND`: the supervisors' reports, with the same numbers as the dashboard.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "统计报表：进度、逾期、条件、考核 · Reports: progress, overdue, criteria, assessment.",
        discussion: """
        progress 各单位任务数与各阶段企业数；overdue 逾期企业名单；criteria 不符合率最高的条件；assessment 各单位按期完成情况与评先资格。HTML 为可打印的单页（A4）。

        progress: quota and enterprises per stage for each group; overdue: the overdue enterprises; criteria: the criteria that fail most; assessment: each office's steps done in time and its eligibility for awards. HTML is one printable page (A4).
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case progress, overdue, criteria, assessment }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, md, html, json }

    @Argument(help: ArgumentHelp("报表 · The report: progress, overdue, criteria or assessment.", valueName: "KIND"))
    var kind: Kind

    @Option(help: ArgumentHelp("分组 · Group rows by jurisdiction, department, industry or tier (default: jurisdictions and departments).",
                               valueName: "GROUP"))
    var by: String?

    @Option(help: ArgumentHelp("阶段计数 · Stage counts: reached (the stage or beyond, default) or current (at the stage now).",
                               valueName: "reached|current"))
    var stages: String = StageReading.reached.rawValue

    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "table|csv|md|html|json")) var format: Format = .table

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("写入文件 · Write to this file instead of the terminal.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("截至某日 · The report as it stood on that day (also the day overdue and due dates are judged on).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        _ = try grouping()
        _ = try reading()
        if let asOf { _ = try parseDay(asOf, "--as-of") }
    }

    func grouping() throws -> ReportGrouping {
        guard let by else { return .owner }
        let aliases: [String: ReportGrouping] = ["县区": .jurisdiction, "属地": .jurisdiction, "部门": .department,
                                                "行业": .industry, "类别": .tier, "all": .owner, "office": .owner]
        if let grouping = ReportGrouping(rawValue: by.lowercased()) ?? aliases[by] { return grouping }
        throw ValidationError("--by: \"\(by)\" is not one of: jurisdiction (县区), department (部门), industry (行业), tier (类别)")
    }

    func reading() throws -> StageReading {
        guard let reading = StageReading(rawValue: stages.lowercased()) else {
            throw ValidationError("--stages: \"\(stages)\" is not one of: reached, current")
        }
        return reading
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let day = try asOf.map { try parseDay($0, "--as-of") }
        let load = store.load(LoadOptions(asOf: day))
        let report = ReportContext(state: load.state, today: day ?? context.today(for: store), language: context.language,
                                   grouping: try grouping(), reading: try reading())
        let text = render(report)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            throw CLIFailure(Catalog.reportCannotWrite(output, error.message.text(context.language)))
        }
        context.say(Catalog.reportWritten(output))
    }

    func render(_ report: ReportContext) -> String {
        switch kind {
        case .progress: render(ProgressReportView(report))
        case .overdue: render(OverdueReportView(report))
        case .criteria: render(CriteriaReportView(report))
        case .assessment: render(AssessmentReportView(report))
        }
    }

    func render(_ view: some ReportView) -> String {
        switch format {
        case .table: ReportTextRenderer.render(view.document)
        case .md: ReportMarkdownRenderer.render(view.document)
        case .html: ReportHTMLRenderer.render(view.document, landscape: kind != .criteria)
        case .csv: ReportCSV.render(view.csv)
        case .json: view.json.rendered() + "\n"
        }
    }
}
