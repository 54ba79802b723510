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
        let done = try context.change(enterprise) { _, _ in .removed(reason: reason.trimmed) }
        context.say(Catalog.removedDone(done.before.profile.name))
    }
}
