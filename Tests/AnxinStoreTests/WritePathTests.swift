// The write path: a session judges each action, appends exactly one durable line per event and folds it;
// refusals write nothing; `seen` links events of a subject; instants never go back; identity and the
// environment decide who acts; AtomicFile replaces files whole.

import AnxinCore
import AnxinStore
import Foundation
import Testing

private extension StoreFixture {
    /// A session as 张伟 of 清苑区 on replica lap-1.
    func session() throws -> WriteSession {
        try setIdentity(replica: "lap-1")
        return try store.beginWriting(environment: inspectorEnvironment)
    }
}

/// A clock that moves a minute per reading.
private struct TestClock {
    var milliseconds = Sample.instant("2024-08-12T09:00:00+08:00").millisecondsSinceEpoch

    mutating func now() -> Instant {
        milliseconds += 60_000
        return Instant(millisecondsSinceEpoch: milliseconds, offsetMinutes: 480)
    }
}

@Suite("Write path: recording events")
struct WritePathTests {
    @Test("record appends exactly one line per event, each ending with a newline")
    func oneLinePerRecord() throws {
        try withStore { fixture in
            let session = try fixture.session()
            defer { session.close() }
            var clock = TestClock()
            var expected: [UInt8] = []
            let payloads: [EventPayload] = [
                .listed(Sample.profile(1)),
                .ticked(Tick(criterion: CriterionID("N01"), verdict: .met, note: "证照齐全\n有效期至2026年")),
                .ticked(Tick(criterion: CriterionID("N05"), level: .team, verdict: .unmet)),
                .noted(text: "企业负责人\"王总\"已签字"),
            ]
            for payload in payloads {
                let event = try session.record(payload, for: Sample.code(1), now: clock.now())
                expected += EventEncoder.line(event)
                let bytes = try fixture.journalBytes("lap-1")
                #expect(bytes == expected)
                #expect(bytes.last == UInt8(ascii: "\n"))
            }
            #expect(try fixture.journalBytes("lap-1").filter { $0 == UInt8(ascii: "\n") }.count == payloads.count)
            #expect(session.state.eventCount == payloads.count)
            // What was written reads back as what the session folded.
            let load = fixture.store.load()
            #expect(load.diagnostics.isEmpty)
            #expect(load.state.enterprises == session.state.enterprises)
        }
    }

    @Test("an action the rules refuse appends nothing: the journal stays byte-identical")
    func refusalWritesNothing() throws {
        try withStore { fixture in
            let session = try fixture.session()
            defer { session.close() }
            var clock = TestClock()
            try session.record(.listed(Sample.profile(1)), for: Sample.code(1), now: clock.now())
            let before = try fixture.journalBytes("lap-1")
            let refused: [(EventPayload, CreditCode)] = [
                (.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), Sample.code(2)),              // never listed
                (.listed(Sample.profile(1)), Sample.code(1)),                                              // listed twice
                (.listed(Sample.profile(3, jurisdiction: "刘庄区")), Sample.code(3)),                       // no such place
                (.listed(Sample.profile(4, jurisdiction: "竞秀区")), Sample.code(4)),                       // not 清苑区's
                (.ticked(Tick(criterion: CriterionID("N13"), verdict: .met)), Sample.code(1)),             // no such criterion
                (.step(StepDetails(action: .accept, date: Sample.day("2024-05-12"))), Sample.code(1)),     // wrong stage
                (.noted(text: "  "), Sample.code(1)),                                                      // empty note
            ]
            for (payload, code) in refused {
                do throws(StoreError) {
                    try session.record(payload, for: code, now: clock.now())
                    Issue.record("\(payload) was recorded")
                } catch {
                    guard case let .refused(message) = error else {
                        Issue.record("expected .refused, got \(error)")
                        continue
                    }
                    #expect(!message.zh.isEmpty && !message.en.isEmpty)
                }
                #expect(try fixture.journalBytes("lap-1") == before)
            }
            #expect(session.state.eventCount == 1)
        }
    }

    @Test("seen names the previous event of the same subject of the same enterprise")
    func seenLinksSubjects() throws {
        try withStore { fixture in
            var clock = TestClock()
            let code = Sample.code(1)
            let session = try fixture.session()
            let listed = try session.record(.listed(Sample.profile(1)), for: code, now: clock.now())
            let met = try session.record(.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), for: code, now: clock.now())
            let otherCriterion = try session.record(.ticked(Tick(criterion: CriterionID("N02"), verdict: .met)), for: code,
                                                    now: clock.now())
            let unmet = try session.record(.ticked(Tick(criterion: CriterionID("N01"), verdict: .unmet)), for: code,
                                           now: clock.now())
            let cleared = try session.record(.cleared(criterion: CriterionID("N01"), level: nil), for: code, now: clock.now())
            let retick = try session.record(.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), for: code,
                                            now: clock.now())
            let edited = try session.record(.edited(ProfileChange(person: "赵六")), for: code, now: clock.now())
            let firstNote = try session.record(.noted(text: "一"), for: code, now: clock.now())
            let secondNote = try session.record(.noted(text: "二"), for: code, now: clock.now())
            let commit = try session.record(.step(StepDetails(action: .commit, date: Sample.day("2024-05-12"))), for: code,
                                            now: clock.now())
            let otherEnterprise = try session.record(.listed(Sample.profile(2)), for: Sample.code(2), now: clock.now())
            session.close()

            #expect(listed.seen == nil)
            #expect(met.seen == nil)
            #expect(otherCriterion.seen == nil)
            #expect(unmet.seen == met.id)
            #expect(cleared.seen == unmet.id)
            #expect(retick.seen == cleared.id)
            #expect(edited.seen == listed.id)
            #expect(firstNote.seen == nil)
            #expect(secondNote.seen == firstNote.id)
            #expect(commit.seen == nil)
            #expect(otherEnterprise.seen == nil)

            // A later session knows the same from the journal.
            let again = try fixture.store.beginWriting(environment: inspectorEnvironment)
            defer { again.close() }
            let plan = try again.record(.step(StepDetails(action: .plan, date: Sample.day("2024-05-13"), reference: "清安方〔2024〕1号",
                                                          experts: ["王工"])), for: code, now: clock.now())
            #expect(plan.seen == commit.id)
            let thirdNote = try again.record(.noted(text: "三"), for: code, now: clock.now())
            #expect(thirdNote.seen == secondNote.id)
            // And the journal holds it: the line says "seen".
            #expect(Sample.line(plan).contains(#""seen":"\#(commit.id)""#))
        }
    }

    @Test("the replica's instants never go backwards, even when the laptop's clock does")
    func instantsNeverGoBack() throws {
        try withStore { fixture in
            let code = Sample.code(1)
            let noon = Sample.instant("2024-05-12T12:00:00+08:00")
            func earlier(_ minutes: Int64) -> Instant {
                Instant(millisecondsSinceEpoch: noon.millisecondsSinceEpoch - minutes * 60_000, offsetMinutes: 480)
            }
            let session = try fixture.session()
            let first = try session.record(.listed(Sample.profile(1)), for: code, now: noon)
            let second = try session.record(.noted(text: "一"), for: code, now: earlier(60))
            let third = try session.record(.noted(text: "二"), for: code, now: noon)
            session.close()
            #expect(first.at == noon)
            #expect(second.at.millisecondsSinceEpoch == noon.millisecondsSinceEpoch + 1)
            #expect(third.at.millisecondsSinceEpoch == noon.millisecondsSinceEpoch + 2)

            // A new session starts from the journal's last instant.
            let again = try fixture.store.beginWriting(environment: inspectorEnvironment)
            let fourth = try again.record(.noted(text: "三"), for: code, now: earlier(24 * 60))
            again.close()
            #expect(fourth.at.millisecondsSinceEpoch == noon.millisecondsSinceEpoch + 3)
            #expect([first, second, third, fourth].map(\.id) == [first, second, third, fourth].map(\.id).sorted())

            let load = fixture.store.load(LoadOptions(collect: { _ in true }))
            #expect(load.diagnostics.isEmpty)   // in order: no out-of-order warning
            #expect(load.collected.map(\.line) == [1, 2, 3, 4])
        }
    }

    @Test("draft builds the event without writing it; refusal judges without writing")
    func draftAndRefusalWriteNothing() throws {
        try withStore { fixture in
            let session = try fixture.session()
            defer { session.close() }
            let now = Sample.instant("2024-05-12T12:00:00+08:00")
            let draft = session.draft(.listed(Sample.profile(1)), for: Sample.code(1), now: now)
            #expect(draft.actor == "张伟" && draft.office == "清苑区" && draft.replica == "lap-1")
            #expect(draft.at == now)
            #expect(session.refusal(.listed(Sample.profile(1)), for: Sample.code(1), now: now) == nil)
            #expect(session.refusal(.noted(text: "x"), for: Sample.code(1), now: now) != nil)
            #expect(try fixture.journalBytes("lap-1").isEmpty)
        }
    }

    @Test("a session on a store without identity and without ANXIN_ACTOR/ANXIN_OFFICE is refused with the whoami hint")
    func noIdentityRefused() throws {
        try withStore { fixture in
            for environment in [[:], ["ANXIN_ACTOR": "张伟"], ["ANXIN_OFFICE": "清苑区"],
                                ["ANXIN_ACTOR": "", "ANXIN_OFFICE": ""]] {
                do throws(StoreError) {
                    let session = try fixture.store.beginWriting(environment: environment)
                    session.close()
                    Issue.record("a session began with \(environment)")
                } catch {
                    guard case let .refused(message) = error else {
                        Issue.record("expected .refused, got \(error)")
                        continue
                    }
                    #expect(message.en.contains("anxin whoami"))
                    #expect(message.zh.contains("anxin whoami"))
                }
            }
            // The refusal let go of the lock.
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            session.close()
        }
    }

    @Test("identity round-trips through .local/identity.yaml, quotes and backslashes included")
    func identityRoundTrip() throws {
        try withScratchDirectory { root in
            let local = "\(root)/.local"
            #expect(LocalIdentity.read(localDirectory: local) == nil)
            for identity in [
                LocalIdentity(replica: "lap-1"),
                LocalIdentity(replica: "bd-qingyuan_2.x", name: "张伟", office: "清苑区"),
                LocalIdentity(replica: "lap-2", name: "O'Brien \"小王\" \\ 测试", office: "白沟·白洋淀温泉城"),
                LocalIdentity(replica: "lap-3", name: "null", office: "true"),
                LocalIdentity(replica: "lap-4", name: "2024", office: "#市安委办: 值班"),
            ] {
                try identity.write(localDirectory: local)
                #expect(LocalIdentity.read(localDirectory: local) == identity)
            }
            #expect(try String(contentsOfFile: "\(local)/identity.yaml", encoding: .utf8).contains("replica: \"lap-4\""), "the replica id is quoted so YAML never reads it as a number")
        }
    }

    @Test("identity round-trips replica ids that YAML would read as numbers")
    func identityRoundTripNumericReplica() throws {
        try withScratchDirectory { root in
            let local = "\(root)/.local"
            for replica in ["2024", "0123", "1_000", "1e3", "0x1F", "1.50"] {
                #expect(LocalIdentity.isValidReplica(replica))
                let identity = LocalIdentity(replica: replica, name: "张伟", office: "清苑区")
                try identity.write(localDirectory: local)
                #expect(LocalIdentity.read(localDirectory: local)?.replica == replica)
            }
        }
    }

    @Test("ensureIdentity makes a valid replica id once and keeps it")
    func ensureIdentityIsStable() throws {
        try withStore { fixture in
            #expect(fixture.store.identity() == nil)
            let made = try fixture.store.ensureIdentity()
            #expect(LocalIdentity.isValidReplica(made.replica))
            #expect(made.name == nil && made.office == nil)
            #expect(try fixture.store.ensureIdentity() == made)
            #expect(fixture.store.identity() == made)
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            #expect(session.replica == made.replica)
            try session.record(.listed(Sample.profile(1)), for: Sample.code(1), now: Sample.instant("2024-05-12T12:00:00+08:00"))
            session.close()
            #expect(storeFileExists(fixture.journalPath(made.replica)))
        }
    }

    @Test("the identity file's name and office are used, and ANXIN_ACTOR/ANXIN_OFFICE override each of them")
    func environmentOverridesFile() throws {
        try withStore { fixture in
            try fixture.setIdentity(replica: "lap-1", name: "王芳", office: "竞秀区")
            let cases: [([String: String], String, String)] = [
                ([:], "王芳", "竞秀区"),
                (["ANXIN_ACTOR": "张伟"], "张伟", "竞秀区"),
                (["ANXIN_OFFICE": "清苑区"], "王芳", "清苑区"),
                (inspectorEnvironment, "张伟", "清苑区"),
                (["ANXIN_ACTOR": "", "ANXIN_OFFICE": ""], "王芳", "竞秀区"),   // empty means unset
            ]
            for (environment, actor, office) in cases {
                let session = try fixture.store.beginWriting(environment: environment)
                #expect(session.actor == actor && session.office == office, "\(environment)")
                #expect(session.replica == "lap-1")
                session.close()
            }
            // The environment never rewrites the file.
            #expect(fixture.store.identity() == LocalIdentity(replica: "lap-1", name: "王芳", office: "竞秀区"))
            // And the recorded event carries who acted.
            let session = try fixture.store.beginWriting(environment: ["ANXIN_ACTOR": "张伟", "ANXIN_OFFICE": "清苑区"])
            let event = try session.record(.listed(Sample.profile(1)), for: Sample.code(1),
                                           now: Sample.instant("2024-05-12T12:00:00+08:00"))
            session.close()
            #expect(event.actor == "张伟" && event.office == "清苑区")
        }
    }

    @Test("AtomicFile.write replaces the content and leaves no temporary file")
    func atomicWrite() throws {
        try withScratchDirectory { root in
            let path = "\(root)/campaign.yaml"
            try AtomicFile.write("city: 保定市\nyear: 2024\n", to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "city: 保定市\nyear: 2024\n")
            try AtomicFile.write("短\n", to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "短\n")
            try AtomicFile.write([UInt8](), to: path)
            #expect(try storeFileBytes(path).isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["campaign.yaml"])
        }
    }

    @Test("AtomicFile.write into a missing directory fails with a FileError naming the path, and creates nothing")
    func atomicWriteFailure() throws {
        try withScratchDirectory { (root: String) throws in
            do throws(FileError) {
                try AtomicFile.write("x", to: "\(root)/missing/file.yaml")
                Issue.record("wrote into a missing directory")
            } catch {
                #expect(error.path.hasPrefix("\(root)/missing/file.yaml"))
                #expect(error.operation == "open")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
        }
    }
}
