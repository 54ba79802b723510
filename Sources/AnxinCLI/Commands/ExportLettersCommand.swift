import AnxinCore
import AnxinDocuments
import AnxinStore
import ArgumentParser

/// `anxin export letters`: for each blacklisted enterprise, the letters to its shareholders, its banks and the
/// power company, and its public-notice text (seed §四(二)3): one file per enterprise and addressee,
/// `<code>-shareholders.txt`, `<code>-banks.txt`, `<code>-power.txt`, `<code>-public.txt`.
struct ExportLettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "黑名单企业的通告函（股东、银行、供电）与公示文本 · Letters about blacklisted enterprises to shareholders, banks and the power company, and the public notice.",
        discussion: "每家企业每个收件方一个文件，写入 -o 目录（默认 ./letters-日期）；已有文件不覆盖，除非 --force · One file per enterprise and addressee, in the -o directory (default ./letters-DATE); existing files are kept unless --force.")

    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let format = try options.resolvedFormat(allowed: [.txt, .md, .html], document: "letters")
        let session = try DocumentSession(context, options: options)
        let entries = ListSelector(state: session.state).blacklist(on: session.day)
        guard !entries.isEmpty else {
            context.say(Catalog.noBlacklisted)
            return
        }
        let directory = options.output ?? "letters-\(session.day)"
        if OutputFile.exists(directory), !OutputFile.isDirectory(directory) {
            throw CLIFailure(Catalog.outputNotADirectory(directory))
        }
        // Render every letter first: a broken template stops the run before any file is written.
        var files: [(path: String, text: String)] = []
        for entry in entries {
            for kind in LetterKind.allCases {
                let text = try session.render("letter-\(kind.rawValue)", format: format,
                                              context: session.documents.letter(kind, entry: entry))
                files.append(("\(directory)/\(entry.record.code)-\(kind.rawValue).\(format.fileExtension)", text))
            }
        }
        if !options.force, let taken = files.first(where: { OutputFile.exists($0.path) }) {
            throw CLIFailure(Catalog.outputExists(taken.path))
        }
        do { try OutputFile.makeDirectories(directory) } catch { throw CLIFailure(error.message) }
        for file in files { try DocumentSession.write(file.text, to: file.path, force: options.force) }
        context.say(Catalog.wroteLetters(directory, files: files.count, enterprises: entries.count))
    }
}
