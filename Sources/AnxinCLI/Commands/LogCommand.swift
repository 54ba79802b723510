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
        @Sendable func inRange(_ event: Event) -> Bool {
            let day = event.at.localDay
            if let from, day < from { return false }
            if let to, day > to { return false }
            return true
        }
        // One load. For one enterprise it remembers where each enterprise's events are, resolves the name in the
        // folded state, and reads that enterprise's lines back; for all, it keeps the events in range as it folds.
        let load = store.load(enterprise == nil ? LoadOptions(collect: { inRange($0) }) : LoadOptions(indexLocations: true))
        var wanted: CreditCode?
        var events: [Event]
        if let enterprise {
            let code = try EnterpriseResolver.resolve(enterprise, in: load.state).code
            wanted = code
            events = EventReader.read(load.locations.locations(of: code), files: load.locationFiles, catalog: store.catalog)
                .filter(inRange)
        } else {
            events = load.collected.map(\.event)
        }
        switch format {
        case .json:
            let lines = events.map { String(decoding: EventEncoder.line($0).dropLast(), as: UTF8.self) }
            print("[" + lines.joined(separator: ",\n") + "]")
        case .text:
            for event in events {
                let record = load.state[event.enterprise]
                let who = context.language == .zh ? "\(event.actor)（\(event.office)）" : "\(event.actor) (\(event.office))"
                var line = "\(EventText.when(event))  \(TextFit.fit(who.inert, toWidth: 22))"
                if wanted == nil { line += " \(TextFit.fit((record?.profile.name ?? event.enterprise.value).inert, toWidth: 28))" }
                line += " " + EventText.describe(event, catalog: store.catalog, context.language).inert
                print(line)
            }
            if events.isEmpty { context.say(Catalog.logEmpty) }
        }
    }
}
