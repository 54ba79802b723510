import AnxinCore
import AnxinStore
import Foundation
import Testing
import AnxinTestSupport

/// Three laptops and a shared bare repository, with real git: random work, random syncs, one picture at the end.
@Suite("Sync: convergence of three laptops", .serialized)
struct SyncConvergenceTests {
    /// An acknowledged event with what its laptop knew when it was recorded.
    struct Recorded {
        let event: Event
        let knew: Set<EventID>
    }

    /// The conflicts the fold must flag, worked out from who knew what (not from `seen`): in fold order, an event
    /// on a subject conflicts with the event in force before it when its laptop had not received that event.
    /// A later conflict on the same subject replaces an earlier one; a settlement naming one of the open pair
    /// removes it.
    static func expectedConflicts(_ recorded: [Recorded]) -> [ConflictKey: (overridden: EventID, kept: EventID)] {
        var inForce: [ConflictKey: EventID] = [:]
        var expected: [ConflictKey: (overridden: EventID, kept: EventID)] = [:]
        for entry in recorded.sorted(by: { $0.event.at < $1.event.at }) where entry.event.subject != .notes {
            let key = ConflictKey(enterprise: entry.event.enterprise, subject: entry.event.subject)
            if case let .resolved(_, other) = entry.event.payload {
                if let open = expected[key], open.overridden == other || open.kept == other { expected[key] = nil }
                continue
            }
            if let previous = inForce[key], !entry.knew.contains(previous) {
                expected[key] = (previous, entry.event.id)
            }
            inForce[key] = entry.event.id
        }
        return expected
    }

    @Test("100 rounds of random ticks, steps, marks and settlements on three laptops syncing in random order end in one state")
    func convergence() throws {
        let network = try SyncNetwork()
        let a = try network.founder("lap-a", name: "张伟", office: "清苑区")
        let codes = try (1...4).map { serial -> CreditCode in
            let profile = SyncFixtures.profile(900 + serial)
            try #require(try a.record(.listed(profile), for: profile.code) != nil)
            return profile.code
        }
        try a.sync()
        let b = try network.join("lap-b", name: "王芳", office: "清苑区")
        let c = try network.join("lap-c", name: "周建华", office: "市安委办")
        let laptops = [a, b, c]

        // Who knows which events: each laptop, and the shared repository.
        let listed = Set(try a.load().collected.map(\.event.id))
        var known = [listed, listed, listed]
        var shared = listed
        var recorded: [Recorded] = []
        var random = SeededGenerator(seed: 20_240_603)
        let criteria = ["N01", "N02", "N03", "N04", "N06", "N07", "N08"].map(CriterionID.init)
        var syncs = 0, settlements = 0

        for _ in 0..<100 {
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<3, using: &random)
                let code = codes.randomElement(using: &random)!
                let day = Day("2024-06-03")!
                let payload: EventPayload
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<6:
                    payload = .ticked(Tick(criterion: criteria.randomElement(using: &random)!,
                                           verdict: [Verdict.met, .unmet, .notApplicable].randomElement(using: &random)!))
                case 6..<8:
                    let step = [StepDetails(action: .commit, date: day),
                                StepDetails(action: .plan, date: day, reference: "清安帮〔2024〕1号", experts: ["刘芳"]),
                                StepDetails(action: .start, date: day)].randomElement(using: &random)!
                    payload = .step(step)
                default:
                    payload = Bool.random(using: &random)
                        ? .marked(MarkDetails(mark: .supervised, reason: "隐患较多", date: day))
                        : .unmarked(mark: .supervised, reason: "整改到位", date: day)
                }
                var subjectCode = code
                var chosen = payload
                // Now and then the supervisor's laptop settles a conflict it can see (the other side of its pair).
                if index == 2, Int.random(in: 0..<4, using: &random) == 0,
                   let open = try laptops[2].load().state.conflicts.sorted.randomElement(using: &random) {
                    subjectCode = open.enterprise
                    chosen = .resolved(subject: open.subject, other: open.overridden)
                    settlements += 1
                }
                let knew = known[index]
                if let event = try laptops[index].record(chosen, for: subjectCode) {
                    recorded.append(Recorded(event: event, knew: knew))
                    known[index].insert(event.id)
                }
            }
            if Bool.random(using: &random) {
                let index = Int.random(in: 0..<3, using: &random)
                try laptops[index].sync()
                syncs += 1
                shared.formUnion(known[index])
                known[index] = shared
            }
        }
        // Everyone shares everything: two passes so the first laptop also receives the last one's work.
        for laptop in laptops + laptops { try laptop.sync() }

        #expect(syncs > 30, "the random walk synced \(syncs) times")
        #expect(settlements > 0, "the supervisor settled conflicts along the way")
        let loads = try laptops.map { try $0.load() }
        let acknowledged = listed.union(recorded.map(\.event.id))
        for (laptop, load) in zip(laptops, loads) {
            #expect(!load.hasErrors, "\(laptop.replica): \(load.diagnostics.map { $0.rendered(.en) })")
            let ids = load.collected.map(\.event.id)
            #expect(ids.count == acknowledged.count, "\(laptop.replica) holds \(ids.count) events, \(acknowledged.count) acknowledged")
            #expect(Set(ids) == acknowledged, "\(laptop.replica) lost or invented events")
        }
        #expect(loads[0].state.records == loads[1].state.records)
        #expect(loads[0].state.records == loads[2].state.records)
        #expect(loads[0].state.conflicts.entries == loads[1].state.conflicts.entries)
        #expect(loads[0].state.conflicts.entries == loads[2].state.conflicts.entries)

        let expected = Self.expectedConflicts(recorded)
        let found = loads[0].state.conflicts.entries
        #expect(expected.count > 0, "the random walk made concurrent edits")
        #expect(Set(found.keys) == Set(expected.keys))
        for (key, pair) in expected {
            #expect(found[key]?.overridden == pair.overridden && found[key]?.kept == pair.kept, "\(key.subject) of \(key.enterprise)")
            #expect(found[key]?.kind == .concurrent)
        }
    }
}
