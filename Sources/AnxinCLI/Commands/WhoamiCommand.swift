import AnxinCore
import AnxinStore
import ArgumentParser

struct WhoamiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "查看或设置本机操作人 · Show or set who acts on this laptop (name and office).",
        discussion: "ANXIN_ACTOR 和 ANXIN_OFFICE 可为脚本临时覆盖 · ANXIN_ACTOR and ANXIN_OFFICE override them for scripts.")

    @Option(help: ArgumentHelp("姓名 · Your name.", valueName: "NAME"))
    var name: String?

    @Option(help: ArgumentHelp("单位：市安委办、县区名或市直部门名 · Your office: 市安委办, a jurisdiction's name, or a city department.", valueName: "OFFICE"))
    var office: String?

    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        var identity: LocalIdentity
        do { identity = try store.ensureIdentity() } catch { throw CLIFailure(error.message) }
        if name != nil || office != nil {
            if let office, store.config.office(named: office) == nil {
                throw CLIFailure(Catalog.unknownOffice(office, known: store.config.officeNames))
            }
            if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw CLIFailure.usage(Catalog.nameEmpty)
            }
            identity.name = name ?? identity.name
            identity.office = office ?? identity.office
            do { try identity.write(localDirectory: store.localDirectory) } catch { throw CLIFailure(error.message) }
        }
        let acting = identity.acting(environment: context.environment)
        switch format {
        case .json:
            print(JSONOut.object([
                ("replica", .string(identity.replica)),
                ("name", .optional(acting?.name ?? identity.name)),
                ("office", .optional(acting?.office ?? identity.office)),
            ]).rendered())
        case .text:
            context.say(Catalog.whoami(replica: identity.replica, name: acting?.name ?? identity.name,
                                       office: acting?.office ?? identity.office))
        }
    }
}

/// `--format text|json` for commands whose output is data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
