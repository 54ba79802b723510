import AnxinCore
import AnxinDocuments
import AnxinStore
import ArgumentParser

/// Options of every document export (`anxin export notice|…|record`).
struct DocumentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("输出格式（默认按 -o 的扩展名，否则 txt）· Output format (default: from the -o file's extension, else txt).",
                               valueName: "md|html|csv|txt"))
    var format: String?

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("写入文件；函件写入目录（默认输出到屏幕；函件默认 ./letters-日期）· Write to this file; letters go into this directory (default: standard output; letters: ./letters-DATE).",
                               valueName: "FILE|DIR"))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("截至某日的状态与文件日期（默认今天）· The state as it was on that day, which is also the document's date (default: today).",
                                                           valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: "覆盖已存在的文件 · Overwrite files that already exist (refused otherwise).")
    var force = false

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, "--as-of") }
        if let format, DocumentFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format: \"\(format)\" is not one of: md, html, csv, txt")
        }
    }

    /// The format asked for, else the one the output file's extension names (`-o 记录.csv` for a record is
    /// refused rather than written as text under a misleading name), else `fallback`.
    func resolvedFormat(allowed: [DocumentFormat], document: String, fallback: DocumentFormat = .txt) throws -> DocumentFormat {
        let chosen = format.flatMap { DocumentFormat(rawValue: $0.lowercased()) }
            ?? output.flatMap { DocumentFormat(fileName: $0) } ?? fallback
        guard allowed.contains(chosen) else {
            throw CLIFailure.usage(Catalog.formatNotAvailable(chosen.rawValue, document: document, choices: allowed.map(\.rawValue)))
        }
        return chosen
    }
}

/// What a document export works with: the state as of the document's day, the templates and the context builder.
struct DocumentSession {
    let context: CommandContext
    let store: Store
    let state: CampaignState
    let day: Day
    let templates: TemplateSet
    let documents: DocumentContext

    init(_ context: CommandContext, options: DocumentOptions) throws {
        self.context = context
        store = try context.openStore()
        let asOf = try options.asOf.map { try parseDay($0, "--as-of") }
        state = store.load(LoadOptions(asOf: asOf)).state
        day = asOf ?? context.today(for: store)
        templates = TemplateSet(directory: DocumentSession.templatesDirectory(of: store))
        documents = DocumentContext(config: store.config, day: day)
    }

    static func templatesDirectory(of store: Store) -> String { "\(store.directory)/templates" }

    /// Renders a template, saying once when the store has no templates folder.
    func render(_ name: String, format: DocumentFormat, context values: [String: Any]) throws -> String {
        if templates.usesBuiltInDefaults { noteBuiltInTemplatesOnce() }
        do {
            return try templates.render(name, format: format, context: values)
        } catch {
            throw CLIFailure(error.message)
        }
    }

    private let noted = NoteOnce()
    private func noteBuiltInTemplatesOnce() {
        if noted.first() { context.warn(Catalog.builtInTemplates(templates.directory)) }
    }

    /// Prints the text, or writes it to `path` (never replacing a file unless `force`).
    func deliver(_ text: String, to path: String?, force: Bool) throws {
        guard let path else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        try DocumentSession.write(text, to: path, force: force)
        context.say(Catalog.wroteFile(path))
    }

    static func write(_ text: String, to path: String, force: Bool) throws {
        do {
            try OutputFile.write(Array(text.utf8), to: path, replacing: force)
        } catch {
            switch error {
            case let .exists(existing): throw CLIFailure(Catalog.outputExists(existing))
            case let .file(failure): throw CLIFailure(failure.message)
            }
        }
    }
}

/// A flag that is true the first time it is asked (a session says a note once, however many letters it renders).
final class NoteOnce {
    private var said = false
    func first() -> Bool {
        defer { said = true }
        return !said
    }
}
