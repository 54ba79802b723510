import AnxinCore
import AnxinStore
import ArgumentParser

/// `anxin import roster FILE.csv`: lists new enterprises and edits known ones from a county's roster spreadsheet.
struct ImportRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "从 CSV 导入企业名单 · Import the roster from a CSV file saved from Excel.",
        discussion: """
        读取 UTF-8（有无 BOM 均可）或 GB18030/GBK 编码的 CSV。
        表头可为中文或英文字段名，顺序不限，不认识的列忽略。
        新代码列入名单，已有代码只在信息不同时修改；同一文件导入两次不会重复。
        默认全部成功才写入（--skip-invalid 只导入无问题的行）。

        Reads CSV in UTF-8 (with or without a BOM) or GB18030/GBK; headers in Chinese or the English field names (name, code, jurisdiction, industry, tier, level, department, person, phone, address), in any order; unknown columns are ignored. A new code is listed; a known code is edited only where the file differs. Importing the same file twice changes nothing. All or nothing unless --skip-invalid. See docs/import-export.md.
        """)

    @Argument(help: ArgumentHelp("CSV 文件 · The CSV file.", valueName: "FILE.csv"))
    var file: String
    @Flag(name: .customLong("dry-run"), help: "只检查，不写入；列出全部问题 · Check only: write nothing, list every problem.")
    var dryRun = false
    @Option(help: ArgumentHelp("文件编码 · The file's encoding (auto: UTF-8 when valid, else GB18030).", valueName: "auto|utf-8|gb18030"))
    var encoding: EncodingChoice = .auto
    @Option(name: .customLong("map"), help: ArgumentHelp("指明某列对应的字段，可重复 · Say which field a column holds; repeat for several, e.g. --map 单位名称=name.", valueName: "COLUMN=field"))
    var map: [String] = []
    @Flag(name: .customLong("skip-invalid"), help: "跳过有问题的行，导入其余 · Skip rows with problems and import the rest.")
    var skipInvalid = false

    @OptionGroup var global: GlobalOptions

    enum EncodingChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, utf8 = "utf-8", gb18030
        var forced: TextEncoding? {
            switch self {
            case .auto: nil
            case .utf8: .utf8
            case .gb18030: .gb18030
            }
        }
    }

    func validate() throws {
        _ = try mapping()
    }

    /// `--map COLUMN=field` pairs; the field is an English field name or a Chinese header.
    func mapping() throws -> [String: RosterField] {
        var result: [String: RosterField] = [:]
        for entry in map {
            guard let equals = entry.lastIndex(of: "="), let field = RosterField(header: String(entry[entry.index(after: equals)...])),
                  !String(entry[..<equals]).trimmed.isEmpty else {
                let message = Catalog.importMapSyntax(entry, fields: RosterField.allCases.map(\.rawValue))
                throw ValidationError("\(message.en) / \(message.zh)")
            }
            result[String(entry[..<equals]).trimmed] = field
        }
        return result
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let mapping = try mapping()
        let roster = try read(mapping: mapping, context)
        let columns = RosterColumns(header: roster.header.fields, mapping: mapping)
        if !columns.problems.isEmpty { throw CLIFailure(Catalog.importHeaderProblems(file, columns.problems)) }
        if !columns.ignored.isEmpty { context.warn(Catalog.importIgnoredColumns(columns.ignored)) }
        if encoding == .auto, roster.encoding == .gb18030 { context.warn(Catalog.importEncodingUsed("GB18030")) }

        if dryRun {
            let identity = store.identity() ?? LocalIdentity(replica: "")
            guard let acting = identity.acting(environment: context.environment) else { throw CLIFailure(Catalog.identityMissing) }
            let plan = makePlan(roster, columns, state: store.load().state, actor: acting.name, office: acting.office, context, store)
            for problem in plan.problems { context.say(describe(problem)) }
            context.say(Catalog.importDryRunSummary(rows: plan.rows, listings: plan.listings, edits: plan.edits,
                                                    unchanged: plan.unchanged, invalid: plan.invalidRows))
            if plan.invalidRows > 0 && !skipInvalid { throw CLIFailure(Catalog.importRefused(invalid: plan.invalidRows)) }
            return
        }

        let session = try context.beginWriting(store)
        defer { session.close() }
        let plan = makePlan(roster, columns, state: session.state, actor: session.actor, office: session.office, context, store)
        for problem in plan.problems { context.warn(describe(problem)) }
        if plan.invalidRows > 0 && !skipInvalid { throw CLIFailure(Catalog.importRefused(invalid: plan.invalidRows)) }
        let bar = ProgressBar(label: Catalog.importWritingLabel.text(context.language), total: plan.entries.count)
        do {
            try session.recordAll(plan.entries.map { ($0.action.payload, $0.code) }, now: context.now(),
                                  today: context.today(for: store), progress: { done, _ in bar.update(done) },
                                  refused: { index, reason in
                                      let row = plan.entries[index].row
                                      return Catalog.importRefusedAtRow(Catalog.importPlace(file, row: row, firstLine: row,
                                                                                            lastLine: row, column: nil), reason)
                                  })
        } catch {
            bar.finish()
            throw CLIFailure(error.message)
        }
        bar.finish()
        context.say(Catalog.importDone(listings: plan.listings, edits: plan.edits, unchanged: plan.unchanged,
                                       skipped: plan.invalidRows))
    }

    private func read(mapping: [String: RosterField], _ context: CommandContext) throws -> RosterFile {
        do {
            return try RosterFile.read(path: file, encoding: encoding.forced, mappedColumns: Set(mapping.keys))
        } catch {
            switch error {
            case let .file(failure): throw CLIFailure(failure.message)
            case .text(.empty): throw CLIFailure(Catalog.importEmptyFile(file))
            case let .text(.binary(kind)):
                let why: Message = switch kind {
                case .xlsxWorkbook: Catalog.importBinaryXLSX
                case .xlsWorkbook: Catalog.importBinaryXLS
                case .utf16: Catalog.importBinaryUTF16
                case .other: Catalog.importBinaryOther
                }
                throw CLIFailure(Catalog.importNotText(file, why))
            case let .text(.invalid(encoding, line)):
                throw CLIFailure(Catalog.importInvalidEncoding(file, encoding: encoding == .utf8 ? "UTF-8" : "GB18030", line: line))
            case .text(.unsupported):
                throw CLIFailure(Catalog.encodingUnavailable("GB18030"))
            case let .truncated(open, column):
                throw CLIFailure(Catalog.importTruncated(Catalog.importPlace(file, row: open.row, firstLine: open.line,
                                                                                  lastLine: open.line, column: column)))
            case .noRows:
                throw CLIFailure(Catalog.importNoRows(file))
            }
        }
    }

    private func makePlan(_ roster: RosterFile, _ columns: RosterColumns, state: CampaignState, actor: String, office: String,
                          _ context: CommandContext, _ store: Store) -> RosterImportPlan {
        let bar = ProgressBar(label: Catalog.importProgressLabel.text(context.language), total: roster.records.count)
        defer { bar.finish() }
        return RosterImportPlan.make(records: roster.records, columns: columns, state: state, actor: actor, office: office,
                                     now: context.now(), today: context.today(for: store),
                                     progress: { done, _ in bar.update(done) })
    }

    private func describe(_ problem: RosterRowProblem) -> Message {
        Catalog.importProblem(Catalog.importPlace(file, row: problem.row, firstLine: problem.firstLine,
                                                  lastLine: problem.lastLine, column: problem.column), problem.message)
    }
}
