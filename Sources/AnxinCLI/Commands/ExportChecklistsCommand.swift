import AnxinCore
import AnxinStore
import ArgumentParser

/// `anxin export checklists`: every enterprise's checklist, one row per enterprise and criterion.
struct ExportChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "导出检查表（每家企业每个检查项一行）· Export the checklists: one row per enterprise and criterion.")

    @OptionGroup var options: ExportOptions
    @OptionGroup var global: GlobalOptions

    /// One criterion of one enterprise, as recorded.
    struct Line {
        let record: EnterpriseRecord
        let criterion: Criterion
        let verdict: Verdict
        let levels: [(CheckLevel, Verdict)]
        let latest: VerdictRecord?
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let state = store.load(LoadOptions(asOf: try options.asOfDay())).state
        let language = context.language
        var lines: [Line] = []
        for record in state.records where record.isActive {
            for criterion in store.catalog.checklist(tier: record.profile.tier, industry: record.profile.industry) {
                let criterionState = record.criteria[criterion.id]
                let levels = criterion.levels.map { ($0, criterionState?.levels[$0]?.verdict ?? .unchecked) }
                lines.append(Line(record: record, criterion: criterion, verdict: record.verdict(of: criterion),
                                  levels: levels, latest: criterionState?.latest))
            }
        }
        let separator = language == .zh ? "；" : "; "
        let table = ExportTable(
            header: Catalog.checklistColumns.map { $0.text(language) },
            rows: lines.map { line in
                [line.record.code.value, line.record.profile.name, line.record.profile.tier.label.text(language),
                 line.criterion.id.value, line.criterion.title, line.verdict.label.text(language),
                 line.levels.map { "\($0.0.label.text(language)):\($0.1.label.text(language))" }.joined(separator: separator),
                 line.latest?.note ?? "", line.latest?.actor ?? "", line.latest.map { $0.at.localDay.description } ?? ""]
            },
            json: {
                .array(lines.map { line in
                    .object([
                        ("code", .string(line.record.code.value)), ("name", .string(line.record.profile.name)),
                        ("tier", .string(line.record.profile.tier.rawValue)), ("criterion", .string(line.criterion.id.value)),
                        ("title", .string(line.criterion.title)), ("verdict", .string(line.verdict.rawValue)),
                        ("levels", .object(line.levels.map { ($0.0.rawValue, .string($0.1.rawValue)) })),
                        ("note", .optional(line.latest?.note)), ("inspector", .optional(line.latest?.actor)),
                        ("office", .optional(line.latest?.office)),
                        ("date", .optional(line.latest.map { $0.at.localDay.description })),
                    ])
                })
            })
        try table.write(options, context)
    }
}
