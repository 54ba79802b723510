import AnxinCore
import AnxinStore
import ArgumentParser
import Foundation

/// `anxin export events`: the journal, one row per event in fold order, its fields in columns.
struct ExportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "导出全部事件（每个事件一行）· Export every event: one row per event, in journal order.",
        discussion: "字段值与事件文件相同（英文代码），“说明”列为可读的描述 · Field values are the journal's tokens; the description column reads as the timeline does.")

    @OptionGroup var options: ExportOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let load = store.load(LoadOptions(asOf: try options.asOfDay(), collect: { _ in true }))
        let events = load.collected.map(\.event)
        let language = context.language
        let fieldKeys = Catalog.eventFieldHeaders.map(\.key)
        let table = ExportTable(
            header: (Catalog.eventColumns + Catalog.eventFieldHeaders.map(\.header)).map { $0.text(language) },
            rows: events.map { event in
                let fields = ExportEventsCommand.journalFields(event)
                return [event.id.description, event.at.description, event.replica, event.actor, event.office,
                        event.enterprise.value, load.state[event.enterprise]?.profile.name ?? "", event.payload.typeToken,
                        EventText.describe(event, catalog: store.catalog, language), event.seen?.description ?? ""]
                    + fieldKeys.map { fields[$0] ?? "" }
            },
            json: {
                .array(events.map { event in
                    let object = (try? JSONSerialization.jsonObject(with: Data(EventEncoder.line(event)))) as? [String: Any] ?? [:]
                    let order = ["id", "at", "replica", "actor", "office", "enterprise", "type", "seen"] + fieldKeys
                    return .object(order.compactMap { key in
                        if let list = object[key] as? [String] { return (key, .array(list.map(JSONOut.string))) }
                        return (object[key] as? String).map { (key, .string($0)) }
                    })
                })
            })
        try table.write(options, context)
    }

    /// The event's fields as the journal writes them (docs/data-format.md), experts joined by 、.
    static func journalFields(_ event: Event) -> [String: String] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(EventEncoder.line(event)))) as? [String: Any] else { return [:] }
        var fields: [String: String] = [:]
        for (key, value) in object {
            if let text = value as? String { fields[key] = text }
            if let list = value as? [String] { fields[key] = list.joined(separator: "、") }
        }
        return fields
    }
}
