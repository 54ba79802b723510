import AnxinCore
import AnxinStore
import ArgumentParser
import AnxinText
import AnxinTUI
import Foundation

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "列出并发修改冲突 · List conflicting edits from different laptops (and clock skew).",
        discussion: """
        两台电脑在没看到对方修改的情况下改了同一项（同一企业的同一检查项、阶段、标记或名录），结果仍按时间确定，两条记录都保留在时间线上；这里列出每一处，用 anxin resolve 处理。
        When two laptops changed the same subject of an enterprise without seeing each other's edit, the later one is in force and both stay in the timeline; each such pair is listed here. Settle one with anxin resolve.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "table|json"))
    var format: Format = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let state = store.load().state
        let conflicts = state.conflicts.sorted
        let events = ConflictsCommand.events(of: conflicts, in: store)
        switch format {
        case .json:
            print(JSONOut.array(conflicts.map { conflict in
                .object([
                    ("enterprise", .string(conflict.enterprise.value)),
                    ("name", .optional(state[conflict.enterprise]?.profile.name)),
                    ("subject", .string(conflict.subject.argumentText)),
                    ("kind", .string(conflict.kind.rawValue)),
                    ("kept", side(conflict.kept, events, store, context)),
                    ("other", side(conflict.overridden, events, store, context)),
                ])
            }).rendered())
        case .table:
            guard !conflicts.isEmpty else { return context.say(Catalog.noConflicts) }
            // One block per conflict: the event ids are what `anxin resolve --keep` takes.
            for conflict in conflicts {
                let name = state[conflict.enterprise]?.profile.name ?? ""
                print(CommandContext.inert("\(name) \(conflict.enterprise.value)  \(conflict.subject.argumentText)  "
                                           + Catalog.conflictKind(conflict.kind).text(context.language)))
                for (label, id) in [(Catalog.conflictColumnKept, conflict.kept), (Catalog.conflictColumnOther, conflict.overridden)] {
                    let padded = TextFit.fit(label.text(context.language), toWidth: 8)
                    print(CommandContext.inert("  " + padded + " " + summary(id, events, store, context)))
                }
            }
            context.say(Catalog.conflictsSummary(conflicts.count))
        }
    }

    /// The events of every pair, read back from the journal.
    static func events(of conflicts: [Conflict], in store: Store) -> [EventID: Event] {
        let wanted = Set(conflicts.flatMap { [$0.kept, $0.overridden] })
        guard !wanted.isEmpty else { return [:] }
        let load = store.load(LoadOptions(collect: { wanted.contains($0.id) }))
        return Dictionary(load.collected.map { ($0.event.id, $0.event) }, uniquingKeysWith: { first, _ in first })
    }

    private func summary(_ id: EventID, _ events: [EventID: Event], _ store: Store, _ context: CommandContext) -> String {
        guard let event = events[id] else { return id.description }
        let office = context.language == .zh ? "（\(event.office)）" : " (\(event.office))"
        return "\(id)  \(EventText.when(event))  \(event.actor)\(office)@\(event.replica)  "
            + TimelineText.describe(event, catalog: store.catalog, context.language)
    }

    private func side(_ id: EventID, _ events: [EventID: Event], _ store: Store, _ context: CommandContext) -> JSONOut {
        guard let event = events[id] else { return .object([("id", .string(id.description))]) }
        return .object([
            ("id", .string(id.description)), ("at", .string(event.at.description)),
            ("replica", .string(event.replica)), ("actor", .string(event.actor)), ("office", .string(event.office)),
            ("text", .string(EventText.describe(event, catalog: store.catalog, context.language))),
        ])
    }
}
