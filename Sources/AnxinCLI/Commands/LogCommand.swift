import AnxinCore
import AnxinStore
import AnxinText
import ArgumentParser

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "时间线 · The timeline: every recorded event, of one enterprise or of all, in fold order.")

    @Argument(help: ArgumentHelp("企业代码或名称片段（可省）· Credit code or a unique part of the name (optional).", valueName: "CODE"))
    var enterprise: String?
    @Option(help: ArgumentHelp("自某日起 · From this day on.", valueName: "YYYY-MM-DD")) var since: String?
    @Option(help: ArgumentHelp("至某日止 · Up to this day.", valueName: "YYYY-MM-DD")) var until: String?
    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "text|json")) var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let since { _ = try parseDay(since, "--since") }
        if let until { _ = try parseDay(until, "--until") }
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let from = try since.map { try parseDay($0, "--since") }
        let to = try until.map { try parseDay($0, "--until") }
        // Resolve a name to a code on a first, light load; then collect that enterprise's events.
        var code: CreditCode?
        if let enterprise {
            if let direct = try? CreditCode(validating: enterprise) {
                code = direct
            } else {
                code = try EnterpriseResolver.resolve(enterprise, in: store.load().state).code
            }
        }
        let wanted = code
        let load = store.load(LoadOptions(collect: { event in
            let day = event.at.localDay
            if let from, day < from { return false }
            if let to, day > to { return false }
            return wanted == nil || event.enterprise == wanted
        }))
        if let code, load.state[code] == nil { throw CLIFailure(Catalog.notListed(code)) }
        switch format {
        case .json:
            let lines = load.collected.map { String(decoding: EventEncoder.line($0.event).dropLast(), as: UTF8.self) }
            print("[" + lines.joined(separator: ",\n") + "]")
        case .text:
            for item in load.collected {
                let event = item.event
                let record = load.state[event.enterprise]
                let who = context.language == .zh ? "\(event.actor)（\(event.office)）" : "\(event.actor) (\(event.office))"
                var line = "\(EventText.when(event))  \(TextFit.fit(who.inert, toWidth: 22))"
                if wanted == nil { line += " \(TextFit.fit((record?.profile.name ?? event.enterprise.value).inert, toWidth: 28))" }
                line += " " + EventText.describe(event, catalog: store.catalog, tier: record?.profile.tier, context.language).inert
                print(line)
            }
            if load.collected.isEmpty { context.say(Catalog.logEmpty) }
        }
    }
}
