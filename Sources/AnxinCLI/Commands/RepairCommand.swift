import AnxinCore
import AnxinStore
import ArgumentParser
import Foundation

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "截去写入中断的残行（先备份）· Cut torn last lines from the journals, after a backup.",
        discussion: """
        备份在 .local/backups/。文件中间的错误行不会被改动：请按 anxin check 的提示手工修正。
        Backups go to .local/backups/. Bad lines in the middle of a file are never touched: mend them by hand
        as anxin check says.
        """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let stamp = CommandContext.stamp(context.now())
        let cuts: [JournalRepair.Cut]
        do { cuts = try JournalRepair.repair(store, stamp: stamp) } catch { throw CLIFailure(error.message) }
        if cuts.isEmpty { context.say(Catalog.nothingToRepair) }
        for cut in cuts { context.say(Catalog.repaired(cut.file, bytes: cut.bytesCut, backup: cut.backup)) }
    }
}

extension CommandContext {
    /// A compact UTC time stamp for backup names: 20240915T021500Z.
    static func stamp(_ instant: Instant) -> String {
        let utc = Instant(millisecondsSinceEpoch: instant.millisecondsSinceEpoch, offsetMinutes: 0).description
        return String(utc.prefix(19)).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
    }
}
