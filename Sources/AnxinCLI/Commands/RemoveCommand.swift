import AnxinCore
import AnxinStore
import ArgumentParser

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "移出创建活动 · Remove an enterprise from the campaign (its history stays).")

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Option(help: "原因 · Why it leaves the campaign.") var reason: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let session = try context.beginWriting(store)
        defer { session.close() }
        let record = try EnterpriseResolver.resolve(enterprise, in: session.state)
        try context.record(.removed(reason: reason.trimmed), for: record.code, in: session)
        context.say(Catalog.removedDone(record.profile.name))
    }
}
