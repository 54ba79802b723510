import AnxinCore
import AnxinStore
import ArgumentParser

/// `anxin export roster`: the roster as the import reads it, so export then import changes nothing.
struct ExportRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "导出企业名单（可再导入）· Export the roster, in the columns anxin import roster reads.",
        discussion: "CSV 为 UTF-8 带 BOM、CRLF 换行，Excel 可直接打开；表头为中文（--lang en 时为英文字段名）· CSV is UTF-8 with a BOM and CRLF, for Excel; Chinese headers (English field names with --lang en).")

    @OptionGroup var options: ExportOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let state = store.load(LoadOptions(asOf: try options.asOfDay())).state
        let profiles = state.records.filter(\.isActive).map(\.profile)
        let table = ExportTable(
            header: RosterColumns.exportHeader(context.language),
            rows: profiles.map { RosterColumns.exportFields($0, context.language) },
            json: {
                .array(profiles.map { profile in
                    .object([
                        ("name", .string(profile.name)), ("code", .string(profile.code.value)),
                        ("jurisdiction", .string(profile.jurisdiction)), ("industry", .string(profile.industry)),
                        ("tier", .string(profile.tier.rawValue)), ("level", .string(profile.level.rawValue)),
                        ("department", .string(profile.department)), ("person", .string(profile.person)),
                        ("phone", .optional(profile.phone)), ("address", .optional(profile.address)),
                    ])
                })
            })
        try table.write(options, context)
    }
}
