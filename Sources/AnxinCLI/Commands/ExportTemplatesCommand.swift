import AnxinCore
import AnxinDocuments
import AnxinStore
import ArgumentParser

/// `anxin export templates`: writes the default document templates into the store's `templates/` folder (or
/// `-o DIR`), so an administrator can edit them. Existing templates are kept unless `--force`.
struct ExportTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "写出默认文件模板（供修改）· Write the default document templates, for editing.",
        discussion: "默认写入数据目录的 templates/；只补写缺少的，--force 全部恢复为默认 · Writes into the store's templates/ by default; only missing ones unless --force restores every default.")

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("目标目录（默认 数据目录/templates）· Target directory (default: the store's templates/).", valueName: "DIR"))
    var output: String?

    @Flag(help: "覆盖已有模板 · Overwrite existing templates with the defaults.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let directory = try output ?? DocumentSession.templatesDirectory(of: context.openStore())
        let (written, kept) = try TemplateFiles.write(into: directory, replacing: force)
        context.say(Catalog.templatesWritten(directory, written: written, kept: kept))
    }
}

/// Writes the default templates as files (also used by `anxin init`).
enum TemplateFiles {
    static func write(into directory: String, replacing: Bool) throws -> (written: Int, kept: Int) {
        if OutputFile.exists(directory), !OutputFile.isDirectory(directory) {
            throw CLIFailure(Catalog.outputNotADirectory(directory))
        }
        do { try OutputFile.makeDirectories(directory) } catch { throw CLIFailure(error.message) }
        var written = 0, kept = 0
        for (name, text) in DefaultTemplates.all.sorted(by: { $0.key < $1.key }) {
            let path = "\(directory)/\(name).mustache"
            if !replacing, OutputFile.exists(path) {
                kept += 1
                continue
            }
            try DocumentSession.write(text, to: path, force: replacing)
            written += 1
        }
        return (written, kept)
    }
}
