// The fold order: (instant, replica, line) across every replica's file, whatever order a hand-edited file
// is in; `asOf` stops at a day; `collect` hands back chosen events in that order with their place.

import AnxinCore
import AnxinStore
import Foundation
import Testing

private let everything: @Sendable (Event) -> Bool = { _ in true }

/// What `collect` gave back: `replica:line text`, for readable expectations.
private func trail(_ load: JournalLoad) -> [String] {
    load.collected.map { loaded in
        let replica = loaded.file.split(separator: "/").last!.dropLast(".jsonl".count)
        let what: String
        switch loaded.event.payload {
        case let .noted(text): what = text
        case let .ticked(tick): what = "\(tick.criterion) \(tick.verdict.rawValue)"
        default: what = loaded.event.payload.typeToken
        }
        return "\(replica):\(loaded.line) \(what)"
    }
}

/// The parts of a folded state that tests compare (CampaignState is not Equatable).
private func snapshot(_ state: CampaignState) -> ([CreditCode: EnterpriseRecord], [CreditCode], Int, EventID?) {
    (state.enterprises, state.listingOrder, state.eventCount, state.lastEventID)
}

@Suite("Fold order across and within journals")
struct OrderingTests {
    @Test("events from several replica files fold in (instant, replica, line) order")
    func mergeAcrossReplicas() throws {
        try withStore { fixture in
            try fixture.writeJournal("lap-a", events: [
                Sample.listing(1, at: "2024-05-12T09:00:00+08:00", replica: "lap-a"),
                Sample.note("a2", at: "2024-05-12T10:00:00+08:00", replica: "lap-a", sequence: 2),
                Sample.tick("N01", .unmet, at: "2024-05-12T10:15:00+08:00", replica: "lap-a", sequence: 3),
                Sample.note("a4", at: "2024-05-12T11:00:00+08:00", replica: "lap-a", sequence: 4),
            ])
            try fixture.writeJournal("lap-b", events: [
                Sample.note("b1", at: "2024-05-12T09:30:00+08:00", replica: "lap-b", sequence: 1),
                Sample.note("b2", at: "2024-05-12T10:00:00+08:00", replica: "lap-b", sequence: 2),
                Sample.note("b3", at: "2024-05-12T10:00:00+08:00", replica: "lap-b", sequence: 3),
                Sample.tick("N01", .met, at: "2024-05-12T10:15:00+08:00", replica: "lap-b", sequence: 4),
            ])
            try fixture.writeJournal("lap-c", events: [
                // The same moment as a2 and b2, written in UTC on another laptop.
                Sample.note("c1", at: "2024-05-12T02:00:00Z", replica: "lap-c", sequence: 1),
                Sample.note("c2", at: "2024-05-12T10:30:00+08:00", replica: "lap-c", sequence: 2),
            ])
            let load = fixture.store.load(LoadOptions(collect: everything))
            #expect(load.diagnostics.isEmpty)
            #expect(trail(load) == [
                "lap-a:1 listed", "lap-b:1 b1", "lap-a:2 a2", "lap-b:2 b2", "lap-b:3 b3", "lap-c:1 c1",
                "lap-a:3 N01 unmet", "lap-b:4 N01 met", "lap-c:2 c2", "lap-a:4 a4",
            ])
            // Simultaneous ticks: the later replica in the order wins.
            #expect(load.state[Sample.code(1)]?.criteria[CriterionID("N01")]?.record?.verdict == .met)
            #expect(load.state.lastEventID == load.collected.last?.event.id)
            #expect(load.state.eventCount == 10)
        }
    }

    @Test("a hand-edited file out of time order folds like the sorted file, with an out-of-order warning")
    func outOfOrderFile() throws {
        try withStore { fixture in
            let listing = Sample.listing(1, at: "2024-05-12T09:00:00+08:00")
            let met = Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00", sequence: 2)
            let unmet = Sample.tick("N01", .unmet, at: "2024-05-12T10:00:00+08:00", sequence: 3)
            let note = Sample.note("整改完成", at: "2024-05-12T12:00:00+08:00", sequence: 4)

            try fixture.writeJournal("lap-1", events: [listing, unmet, met, note])
            let sorted = fixture.store.load()
            #expect(sorted.diagnostics.isEmpty)

            try fixture.writeJournal("lap-1", events: [listing, met, unmet, note])
            let shuffled = fixture.store.load(LoadOptions(collect: everything))
            #expect(snapshot(shuffled.state) == snapshot(sorted.state))
            #expect(shuffled.state[Sample.code(1)]?.criteria[CriterionID("N01")]?.record?.verdict == .met)
            #expect(shuffled.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-1")):3:1"])
            #expect(shuffled.diagnostics.first?.severity == .warning)
            #expect(shuffled.diagnostics.first?.message.en.contains("2024-05-12T11:00:00+08:00") == true)
            #expect(trail(shuffled) == ["lap-1:1 listed", "lap-1:3 N01 unmet", "lap-1:2 N01 met", "lap-1:4 整改完成"])
        }
    }

    @Test("an out-of-order file still merges in time order with the other replicas' files")
    func outOfOrderFileAmongOthers() throws {
        try withStore { fixture in
            try fixture.writeJournal("lap-1", events: [
                Sample.listing(1, at: "2024-05-12T09:00:00+08:00"),
                Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00", sequence: 2),
                Sample.tick("N01", .unmet, at: "2024-05-12T10:00:00+08:00", sequence: 3),
                Sample.note("lap-1 last", at: "2024-05-12T12:00:00+08:00", sequence: 4),
            ])
            try fixture.writeJournal("lap-2", events: [
                Sample.note("lap-2 first", at: "2024-05-12T09:30:00+08:00", replica: "lap-2"),
                Sample.note("lap-2 second", at: "2024-05-12T10:30:00+08:00", replica: "lap-2", sequence: 2),
            ])
            let load = fixture.store.load(LoadOptions(collect: everything))
            #expect(trail(load) == ["lap-1:1 listed", "lap-2:1 lap-2 first", "lap-1:3 N01 unmet", "lap-2:2 lap-2 second",
                                    "lap-1:2 N01 met", "lap-1:4 lap-1 last"])
            #expect(load.diagnostics.map(\.line) == [3])
            #expect(load.diagnostics.first?.severity == .warning)
        }
    }

    @Test("in a re-sorted file, events at the same moment written with different offsets keep their line order")
    func sameMomentDifferentOffsets() throws {
        try withStore { fixture in
            try fixture.writeJournal("lap-1", events: [
                Sample.listing(1, at: "2024-05-12T09:00:00+08:00"),
                Sample.tick("N01", .met, at: "2024-05-12T12:00:00+08:00", sequence: 2),
                Sample.note("补记", at: "2024-05-12T11:00:00+08:00", sequence: 3),
                Sample.tick("N01", .unmet, at: "2024-05-12T04:00:00Z", sequence: 4),
                Sample.tick("N01", .notApplicable, at: "2024-05-12T12:00:00+08:00", sequence: 5),
            ])
            let load = fixture.store.load(LoadOptions(collect: everything))
            #expect(trail(load) == ["lap-1:1 listed", "lap-1:3 补记", "lap-1:2 N01 met", "lap-1:4 N01 unmet",
                                    "lap-1:5 N01 na"])
            #expect(load.state[Sample.code(1)]?.criteria[CriterionID("N01")]?.record?.verdict == .notApplicable)
        }
    }

    @Test("LoadOptions(asOf:) folds only the events of that day and before (by the day where they were recorded)")
    func asOfDay() throws {
        try withStore { fixture in
            try fixture.writeJournal("lap-1", events: [
                Sample.listing(1, at: "2024-05-01T09:00:00+08:00"),
                Sample.note("5月2日深夜", at: "2024-05-02T23:30:00+08:00", sequence: 2),
                Sample.note("5月3日凌晨", at: "2024-05-03T00:30:00+08:00", sequence: 3),
                Sample.note("5月4日", at: "2024-05-04T10:00:00+08:00", sequence: 4),
            ])
            let before = fixture.store.load(LoadOptions(asOf: Sample.day("2024-04-30")))
            #expect(before.state.enterprises.isEmpty)
            let second = fixture.store.load(LoadOptions(asOf: Sample.day("2024-05-02"), collect: everything))
            #expect(second.state.eventCount == 2)
            #expect(second.state[Sample.code(1)]?.noteCount == 1)
            #expect(trail(second) == ["lap-1:1 listed", "lap-1:2 5月2日深夜"])
            #expect(second.diagnostics.isEmpty)
            let third = fixture.store.load(LoadOptions(asOf: Sample.day("2024-05-03")))
            #expect(third.state[Sample.code(1)]?.noteCount == 2)
            let all = fixture.store.load()
            #expect(all.state[Sample.code(1)]?.noteCount == 3)
        }
    }

    @Test("collect returns the chosen events in fold order, each with its file and line")
    func collectChosenEvents() throws {
        try withStore { fixture in
            try fixture.writeJournal("lap-1", events: [
                Sample.listing(1, at: "2024-05-12T09:00:00+08:00"),
                Sample.note("甲", at: "2024-05-12T09:10:00+08:00", sequence: 2),
                Sample.tick("N02", .met, at: "2024-05-12T11:00:00+08:00", sequence: 3),
            ])
            try fixture.writeJournal("lap-2", events: [
                Sample.tick("N01", .met, at: "2024-05-12T10:00:00+08:00", replica: "lap-2"),
                Sample.note("乙", at: "2024-05-12T10:30:00+08:00", replica: "lap-2", sequence: 2),
            ])
            let ticks = fixture.store.load(LoadOptions(collect: { event in
                if case .ticked = event.payload { return true }
                return false
            }))
            #expect(ticks.collected.map(\.file) == [fixture.journalDisplay("lap-2"), fixture.journalDisplay("lap-1")])
            #expect(ticks.collected.map(\.line) == [1, 3])
            #expect(trail(ticks) == ["lap-2:1 N01 met", "lap-1:3 N02 met"])
            #expect(ticks.state.eventCount == 5)   // collecting chooses what is handed back, not what is folded
            #expect(fixture.store.load().collected.isEmpty)
        }
    }
}
