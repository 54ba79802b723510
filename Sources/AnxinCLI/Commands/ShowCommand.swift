import AnxinCore
import AnxinStore
import AnxinText
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "企业详情：信息、检查表、阶段、下一步、标记 · An enterprise's card, checklist, stage, next step and marks.")

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("截至某日的状态 · The state as it was on that day.", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "text|json")) var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, "--as-of") }
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let load = store.load(LoadOptions(asOf: try asOf.map { try parseDay($0, "--as-of") }))
        let record = try EnterpriseResolver.resolve(enterprise, in: load.state)
        let card = EnterpriseCard(state: load.state, record: record, today: context.today(for: store), language: context.language)
        switch format {
        case .json: print(card.json().rendered())
        case .text: print(card.text())
        }
    }
}
