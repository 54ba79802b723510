import AnxinCore
import AnxinStore
import ArgumentParser

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "在时间线上添加备注 · Add a note to an enterprise's timeline.")

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Argument(help: ArgumentHelp("备注内容 · The note.", valueName: "TEXT"))
    var text: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let done = try context.change(enterprise) { _, _ in .noted(text: text.trimmed) }
        context.say(Catalog.notedDone(done.before.profile.name))
    }
}
