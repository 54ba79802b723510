import AnxinCore
import ArgumentParser
import Foundation

/// `anxin`: the command line of the Safety-Integrity Enterprise campaign. Every action of the TUI is a command.
public struct AnxinCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "anxin",
        abstract: "安信：安全诚信企业创建活动 · anxin: the Safety-Integrity Enterprise campaign.",
        discussion: """
        不带子命令时打开全屏界面（按 ? 查看按键）。数据目录默认为 $ANXIN_DATA 或 ./data。退出码：0 完成，1 被规则拒绝或数据无效，2 用法错误。

        Without a subcommand anxin opens the full-screen interface (press ? for its keys). The data directory defaults to $ANXIN_DATA, else ./data. Exit codes: 0 done, 1 refused by a rule or invalid data, 2 usage error.
        """,
        subcommands: [
            InitCommand.self, WhoamiCommand.self, CheckCommand.self, RepairCommand.self,
            AddCommand.self, EditCommand.self, RemoveCommand.self,
            ListCommand.self, ShowCommand.self, LogCommand.self,
            TickCommand.self, StepCommand.self, MarkCommand.self, NoteCommand.self, TUICommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self, RolloverCommand.self,
            SyncCommand.self, ConflictsCommand.self, ResolveCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// Plain `anxin` opens the terminal interface.
    public func run() throws {
        try TUIRunner.open(global: global, asOf: nil)
    }
}

/// Runs the command line and maps every outcome to the documented exit codes.
public enum AnxinMain {
    public static func run(_ arguments: [String]) -> Int32 {
        let arguments = movingGlobalOptions(arguments)
        do {
            var command = try AnxinCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as CLIFailure {
            let language = languageFor(arguments)
            FileHandle.standardError.write(Data(("anxin: " + CommandContext.inert(failure.message.text(language)) + "\n").utf8))
            return failure.exitCode
        } catch {
            let code = AnxinCommand.exitCode(for: error)
            let message = AnxinCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // swift-argument-parser says 64 for usage errors; anxin documents 2.
            return code == .validationFailure ? 2 : code.rawValue
        }
    }

    static let globalOptions: Set<String> = ["--data", "--today", "--lang", "--year"]

    /// `anxin --data DIR list` reads as naturally as `anxin list --data DIR`: global options written before the
    /// subcommand are moved after it, where every subcommand declares them.
    static func movingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalOptions.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first, argument.contains("="),
                      globalOptions.contains(String(name)) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return arguments }
        let rest = Array(arguments[index...])
        guard let subcommand = rest.first, !subcommand.hasPrefix("-") else { return rest + leading }
        return [subcommand] + leading + rest.dropFirst()
    }

    /// The language for messages printed after parsing failed or finished: --lang, else $ANXIN_LANG, else zh.
    static func languageFor(_ arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
           let language = Language(rawValue: arguments[index + 1]) { return language }
        if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }),
           let language = Language(rawValue: String(inline.dropFirst(7))) { return language }
        return ProcessInfo.processInfo.environment["ANXIN_LANG"].flatMap(Language.init(rawValue:)) ?? .zh
    }
}
