import AnxinCore
@testable import AnxinStore
import Foundation
import Testing

/// The interface's first screen is drawn from a preview: it must agree with the full load on the roster and,
/// for the enterprises it folded in full, on everything.
@Suite("Roster preview (the first screen before the full load)")
struct RosterPreviewTests {
    /// The repository's demo store (read only).
    static var demo: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
    }

    @Test("on the demo store: the roster, the count and the chosen enterprises' records and timelines equal the full load's")
    func agreesWithTheFullLoad() throws {
        let store = try Store(directory: Self.demo)
        let full = store.load()
        let today = try #require(store.config.frozenToday)
        var pickedFrom: Int?
        let preview = RosterPreview.load(eventsDirectory: store.eventsDirectory, config: store.config, catalog: store.catalog) { roster in
            pickedFrom = roster.rosterCount
            return Array(RosterQuery(filter: EnterpriseFilter(), sort: .name).codes(on: roster, today: today).prefix(40))
        }
        #expect(pickedFrom == full.state.rosterCount)
        #expect(preview.state.activeCount == full.state.activeCount)
        // Off-screen enterprises are their code and name only (what orders and counts the list).
        #expect(preview.state.records.map { "\($0.code) \($0.profile.name)" } == full.state.records.map { "\($0.code) \($0.profile.name)" })
        #expect(preview.state.records.map(\.isActive) == full.state.records.map(\.isActive))
        // Conflicts on the roster (the list's badge) are the full load's: renames and removals keep their `seen`.
        func rosterConflicts(_ state: CampaignState) -> [String] {
            state.conflicts.sorted.filter { $0.subject == .profile }.map { "\($0.enterprise) \($0.kind) \($0.kept)" }
        }
        #expect(rosterConflicts(preview.state) == rosterConflicts(full.state))
        #expect(full.state.records.contains { $0.lastProfileEvent != nil && !$0.isActive }, "the demo has removals")
        #expect(preview.complete.count == 40)
        // The first screen's rows are the same, in the same order, and each of them is exact.
        let firstRows = RosterQuery(filter: EnterpriseFilter(), sort: .name).codes(on: full.state, today: today).prefix(40)
        #expect(Array(firstRows) == Array(RosterQuery(filter: EnterpriseFilter(), sort: .name).codes(on: preview.state, today: today).prefix(40)))
        for code in preview.complete {
            #expect(preview.state[code] == full.state[code], "record of \(code)")
        }
        // Timelines: every event of a chosen enterprise, in fold order.
        let chosen = preview.complete
        let collected = store.load(LoadOptions(collect: { chosen.contains($0.enterprise) }))
        for code in chosen {
            #expect(preview.events[code]?.map(\.id) == collected.collected.filter { $0.event.enterprise == code }.map(\.event.id))
        }
    }

    @Test("a broken line and a torn last line are skipped, never a crash; lines of other enterprises are never decoded")
    func badLines() throws {
        try withStore { fixture in
            let a = Sample.code(1), b = Sample.code(2)
            let listA = Sample.listing(1)
            let listB = Sample.listing(2, sequence: 2)
            let tick = Sample.event(.noted(text: "甲的备注"), code: a, sequence: 3)
            try fixture.writeJournal("lap-1", events: [listA, listB, tick])
            // A listing written by hand with its keys in another order is still read (by the slower search).
            let listC = Sample.listing(3, at: "2024-05-02T09:00:00+08:00", replica: "lap-2", sequence: 4)
            let line = String(decoding: EventEncoder.line(listC), as: UTF8.self)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let reordered = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            try fixture.writeJournal("lap-2", Array(reordered) + [0x0A])
            let path = fixture.journalPath("lap-1")
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data("{\"id\":\"broken\n{\"id\":\"torn".utf8))
            try handle.close()
            // A name with a quote and a backslash (escaped on the line) and a renamed enterprise.
            var quoted = Sample.listing(4, replica: "lap-3", sequence: 1)
            if case var .listed(profile) = quoted.payload { profile.name = #"保定"红星\机械厂"#; quoted.payload = .listed(profile) }
            let renamed = Sample.event(.edited(ProfileChange(name: "保定新名称有限公司")), code: Sample.code(2),
                                       at: "2024-05-03T09:00:00+08:00", replica: "lap-3", sequence: 2)
            try fixture.writeJournal("lap-3", events: [quoted, renamed])
            let preview = RosterPreview.load(eventsDirectory: fixture.store.eventsDirectory, config: fixture.store.config,
                                             catalog: fixture.store.catalog) { _ in [a] }
            #expect(preview.state.activeCount == 4)
            #expect(preview.state[Sample.code(4)]?.profile.name == #"保定"红星\机械厂"#)
            #expect(preview.state[b]?.profile.name == "保定新名称有限公司")
            #expect(preview.events[a]?.count == 2)
            #expect(preview.events[b] == nil)
            #expect(preview.state[a]?.noteCount == 1)
        }
    }
}
