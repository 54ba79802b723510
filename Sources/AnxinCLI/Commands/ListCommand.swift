import AnxinCore
import AnxinStore
import AnxinText
import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出企业（可筛选、排序）· List enterprises, filtered and sorted.",
        discussion: "同一选项可重复（任一匹配），不同选项同时满足 · Repeat an option to allow several values; different options all apply.")

    @Option(help: ArgumentHelp("所属县区 · Jurisdiction.", valueName: "NAME")) var jurisdiction: [String] = []
    @Option(help: ArgumentHelp("责任部门 · Responsible department.", valueName: "NAME")) var dept: [String] = []
    @Option(help: ArgumentHelp("行业 · Industry.", valueName: "NAME")) var industry: [String] = []
    @Option(help: ArgumentHelp("类别 · Tier.", valueName: "TIER")) var tier: [String] = []
    @Option(help: ArgumentHelp("阶段 · Stage: listed, committed, planned, in-progress, applied, accepted, closed, publicized, awarded, announced.", valueName: "STAGE"))
    var stage: [String] = []
    @Option(help: ArgumentHelp("监管层级 · Supervision level.", valueName: "LEVEL")) var level: [String] = []
    @Option(help: ArgumentHelp("标记 · Mark: demo, revoke, supervise, blacklist.", valueName: "MARK")) var mark: [String] = []
    @Flag(help: "只列逾期 · Only enterprises overdue for their next step.") var overdue = false
    @Option(help: ArgumentHelp("按名称或代码搜索 · Free text over name and credit code.", valueName: "TEXT")) var search: String?
    @Flag(name: .customLong("include-removed"), help: "包括已移出的 · Include enterprises removed from the campaign.")
    var includeRemoved = false
    @Option(help: ArgumentHelp("排序 · Sort by name, code, jurisdiction, stage, progress or due.", valueName: "KEY")) var sort: String = "name"
    @Flag(help: "倒序 · Descending order.") var desc = false
    @Option(name: .customLong("as-of"), help: ArgumentHelp("截至某日的状态 · The state as it was on that day.", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "table|csv|json")) var format: ListFormat = .table

    @OptionGroup var global: GlobalOptions

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    func validate() throws {
        for value in tier { let _: Tier = try parseTerm(value, "--tier") }
        for value in stage { let _: Stage = try parseTerm(value, "--stage") }
        for value in level { let _: SupervisionLevel = try parseTerm(value, "--level") }
        for value in mark { let _: Mark = try parseTerm(value, "--mark") }
        let _: SortKey = try parseTerm(sort, "--sort")
        if let asOf { _ = try parseDay(asOf, "--as-of") }
    }

    func filter() throws -> EnterpriseFilter {
        var filter = EnterpriseFilter()
        filter.jurisdictions = Set(jurisdiction)
        filter.departments = Set(dept)
        filter.industries = Set(industry)
        filter.tiers = Set(try tier.map { try parseTerm($0, "--tier") })
        filter.stages = Set(try stage.map { try parseTerm($0, "--stage") })
        filter.levels = Set(try level.map { try parseTerm($0, "--level") })
        filter.marks = Set(try mark.map { try parseTerm($0, "--mark") })
        filter.overdueOnly = overdue
        filter.includeRemoved = includeRemoved
        filter.text = search ?? ""
        return filter
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let load = store.load(LoadOptions(asOf: try asOf.map { try parseDay($0, "--as-of") }))
        let today = context.today(for: store)
        let query = RosterQuery(filter: try filter(), sort: try parseTerm(sort, "--sort"), descending: desc)
        let rows = query.run(on: load.state, today: today)
        let presenter = EnterprisePresenter(state: load.state, today: today, language: context.language)
        switch format {
        case .json:
            print(JSONOut.array(rows.map(presenter.json)).rendered())
        case .csv:
            print(CSV.row(EnterprisePresenter.csvHeader))
            for row in rows { print(CSV.row(presenter.csvFields(row))) }
        case .table:
            let table = presenter.table
            print(table.header())
            for row in rows { print(table.line(presenter.tableCells(row))) }
            context.say(Catalog.listSummary(shown: rows.count, total: load.state.activeCount))
        }
    }
}
