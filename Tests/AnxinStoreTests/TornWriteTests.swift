// A write interrupted mid-line leaves a last line without its newline: it is warned about and ignored,
// appending refuses until `anxin repair` cuts it (after a backup), and nothing else is ever touched.

import AnxinCore
import AnxinStore
import Foundation
import Testing

private let stamp = "20240915T101500"

private extension StoreFixture {
    /// lap-1's journal: a listing and a note, then the first `tornLength` bytes of a tick without a newline.
    func writeTornJournal(tornLength: Int = 40) throws -> (whole: [UInt8], torn: [UInt8]) {
        let whole = EventEncoder.line(Sample.listing(1))
            + EventEncoder.line(Sample.note("第一次走访", at: "2024-05-12T10:00:00+08:00"))
        let torn = Array(EventEncoder.line(Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00")).prefix(tornLength))
        try writeJournal("lap-1", whole + torn)
        return (whole, torn)
    }
}

@Suite("Torn writes and repair")
struct TornWriteTests {
    @Test("a last line without newline is a warning with tornBytes set; it is ignored and all before it loads")
    func tornTailIsWarnedAndIgnored() throws {
        try withStore { fixture in
            let (_, torn) = try fixture.writeTornJournal()
            let load = fixture.store.load()
            #expect(load.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-1")):3:1"])
            #expect(load.diagnostics.first?.severity == .warning)
            #expect(load.diagnostics.first?.message.en.contains("anxin repair") == true)
            #expect(load.diagnostics.first?.message.en.contains("\(torn.count) bytes") == true)
            #expect(load.files.first?.tornBytes == torn.count)
            #expect(load.files.first?.events == 2)
            #expect(load.state.eventCount == 2)
            #expect(load.state[Sample.code(1)]?.noteCount == 1)
            #expect(load.state[Sample.code(1)]?.criteria.isEmpty == true)
        }
    }

    @Test("a torn tail that happens to be complete JSON is still ignored: without its newline it is not acknowledged")
    func completeJSONWithoutNewlineIsIgnored() throws {
        try withStore { fixture in
            let tick = EventEncoder.line(Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00"))
            let (_, torn) = try fixture.writeTornJournal(tornLength: tick.count - 1)
            #expect(torn == Array(tick.dropLast()))
            let load = fixture.store.load()
            #expect(load.files.first?.tornBytes == tick.count - 1)
            #expect(load.state[Sample.code(1)]?.criteria.isEmpty == true)
        }
    }

    @Test("JournalWriter refuses to append to a torn file, telling to run anxin repair, and writes nothing")
    func writerRefusesTornFile() throws {
        try withStore { fixture in
            let (whole, torn) = try fixture.writeTornJournal()
            do throws(StoreError) {
                _ = try JournalWriter(path: fixture.journalPath("lap-1"))
                Issue.record("the writer opened a torn journal")
            } catch {
                guard case let .refused(message) = error else {
                    Issue.record("expected .refused, got \(error)")
                    return
                }
                #expect(message.en.contains("anxin repair"))
                #expect(message.zh.contains("anxin repair"))
            }
            #expect(try fixture.journalBytes("lap-1") == whole + torn)
        }
    }

    @Test("beginWriting on a replica whose journal is torn is refused too")
    func sessionRefusedOnTornFile() throws {
        try withStore { fixture in
            _ = try fixture.writeTornJournal()
            try fixture.setIdentity(replica: "lap-1")
            #expect(throws: StoreError.self) { try fixture.store.beginWriting(environment: inspectorEnvironment) }
            // The refusal let go of the lock: repair can take it. (Said in full on failure: this failed once
            // in CI under load and never again; the cuts or the error will tell why if it does.)
            let cuts = try JournalRepair.repair(fixture.store, stamp: stamp)
            #expect(cuts.count == 1, "cuts: \(cuts), journals: \((try? FileManager.default.contentsOfDirectory(atPath: fixture.store.eventsDirectory)) ?? [])")
        }
    }

    @Test("repair cuts exactly the torn tail and backs the original bytes up under .local/backups/")
    func repairCutsTheTail() throws {
        try withStore { fixture in
            let (whole, torn) = try fixture.writeTornJournal()
            let cuts = try JournalRepair.repair(fixture.store, stamp: stamp)
            let backup = "\(fixture.directory)/.local/backups/lap-1.jsonl.\(stamp).bak"
            #expect(cuts.count == 1)
            #expect(cuts.first?.file == fixture.journalPath("lap-1"))
            #expect(cuts.first?.backup == backup)
            #expect(cuts.first?.bytesCut == torn.count)
            #expect(try fixture.journalBytes("lap-1") == whole)
            #expect(try storeFileBytes(backup) == whole + torn)
            // No temporary file is left behind, in events/ or in backups/.
            #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.store.eventsDirectory) == ["lap-1.jsonl"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(fixture.directory)/.local/backups")
                    == ["lap-1.jsonl.\(stamp).bak"])
        }
    }

    @Test("after repair the store loads without warnings and appending works")
    func afterRepairAllIsWell() throws {
        try withStore { fixture in
            let (whole, _) = try fixture.writeTornJournal()
            _ = try JournalRepair.repair(fixture.store, stamp: stamp)
            let load = fixture.store.load()
            #expect(load.diagnostics.isEmpty)
            #expect(load.state.eventCount == 2)

            try fixture.setIdentity(replica: "lap-1")
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            let event = try session.record(.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), for: Sample.code(1),
                                           now: Sample.instant("2024-05-13T09:00:00+08:00"))
            session.close()
            #expect(try fixture.journalBytes("lap-1") == whole + EventEncoder.line(event))
            let after = fixture.store.load()
            #expect(after.diagnostics.isEmpty)
            #expect(after.state.eventCount == 3)
        }
    }

    @Test("a file with no torn tail is left byte-identical, and a torn file beside it is the only one cut")
    func untornFilesUntouched() throws {
        try withStore { fixture in
            let clean = EventEncoder.line(Sample.listing(2, replica: "lap-2"))
            try fixture.writeJournal("lap-2", clean)
            let empty: [UInt8] = []
            try fixture.writeJournal("lap-3", empty)
            #expect(try JournalRepair.repair(fixture.store, stamp: stamp).isEmpty)
            #expect(try fixture.journalBytes("lap-2") == clean)
            #expect(try fixture.journalBytes("lap-3") == empty)
            #expect(!storeFileExists("\(fixture.directory)/.local/backups"))

            _ = try fixture.writeTornJournal()
            let cuts = try JournalRepair.repair(fixture.store, stamp: stamp)
            #expect(cuts.map(\.file) == [fixture.journalPath("lap-1")])
            #expect(try fixture.journalBytes("lap-2") == clean)
            #expect(try fixture.journalBytes("lap-3") == empty)
        }
    }

    @Test("a journal that is nothing but a torn line is cut to empty")
    func onlyATornLine() throws {
        try withStore { fixture in
            let torn = Array(#"{"id":"01HZ"#.utf8)
            try fixture.writeJournal("lap-1", torn)
            let load = fixture.store.load()
            #expect(load.files.first?.tornBytes == torn.count)
            #expect(load.diagnostics.map(\.line) == [1])
            let cuts = try JournalRepair.repair(fixture.store, stamp: stamp)
            #expect(cuts.first?.bytesCut == torn.count)
            #expect(try fixture.journalBytes("lap-1").isEmpty)
        }
    }

    @Test("repair is refused while a write session holds the lock")
    func repairNeedsTheLock() throws {
        try withStore { fixture in
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            defer { session.close() }
            do throws(StoreError) {
                _ = try JournalRepair.repair(fixture.store, stamp: stamp)
                Issue.record("repair ran while a session held the lock")
            } catch {
                guard case .locked = error else {
                    Issue.record("expected .locked, got \(error)")
                    return
                }
            }
        }
    }
}
