import AnxinCore
import AnxinStore
import ArgumentParser
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "校验配置和全部事件 · Validate the configuration and every event; exit 0 when clean, 1 on errors.",
        discussion: """
        每个问题都以 文件:行:列 报告。规则冲突（可能来自两台电脑的并发修改）和写入中断的残行是警告。
        Every problem is reported as file:line:column. Rule breaches (possibly from concurrent edits on two
        laptops) and torn last lines are warnings; anything else is an error.
        """)

    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store: Store
        do {
            store = try Store(directory: context.dataDirectory, year: global.year)
        } catch {
            if case let .invalid(diagnostics) = error {
                report(diagnostics, files: [], enterprises: 0, conflicts: 0, context: context)
                throw ExitCode(1)
            }
            throw CLIFailure(error.message)
        }
        let load = store.load(LoadOptions(checkRules: true))
        report(load.diagnostics, files: load.files, enterprises: load.state.rosterCount,
               conflicts: load.state.conflicts.count, context: context)
        // Nothing is left to do: end here rather than spend a quarter second freeing a province's roster.
        fflush(nil)
        Foundation.exit(load.hasErrors ? 1 : 0)
    }

    private func report(_ diagnostics: [Diagnostic], files: [JournalFileSummary], enterprises: Int, conflicts: Int,
                        context: CommandContext) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let events = files.map(\.events).reduce(0, +)
        let bytes = files.map(\.bytes).reduce(0, +)
        switch format {
        case .json:
            print(JSONOut.object([
                ("files", .int(files.count)), ("events", .int(events)), ("bytes", .int(bytes)),
                ("enterprises", .int(enterprises)), ("errors", .int(errors)), ("warnings", .int(warnings)),
                ("conflicts", .int(conflicts)),
                ("diagnostics", .array(diagnostics.map { diagnostic in
                    .object([
                        ("severity", .string(diagnostic.severity.rawValue)), ("file", .string(diagnostic.file)),
                        ("line", .int(diagnostic.line)), ("column", .int(diagnostic.column)),
                        ("message", .string(diagnostic.message.text(context.language))),
                    ])
                })),
            ]).rendered())
        case .text:
            for diagnostic in diagnostics { print(diagnostic.rendered(context.language)) }
            context.say(Catalog.checkSummary(files: files.count, events: events, enterprises: enterprises,
                                             errors: errors, warnings: warnings))
            // Conflicts are not errors: both edits are kept and the fold decides; a supervisor settles them.
            if conflicts > 0 { context.say(Catalog.syncConflictsOpen(conflicts)) }
        }
    }
}
