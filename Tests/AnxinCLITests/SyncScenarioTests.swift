import AnxinCore
import AnxinStore
import Foundation
import Testing

/// Sync in the situations laptops meet: a push race, a long time offline, a USB stick, bad incoming data.
@Suite("Sync: races, catching up, bundles, bad incoming data", .serialized)
struct SyncScenarioTests {
    static let day = Day("2024-06-03")!

    /// A founder with one listed enterprise, already shared, and a second laptop that cloned it.
    static func pair() throws -> (SyncNetwork, Replica, Replica, CreditCode) {
        let network = try SyncNetwork()
        let a = try network.founder("lap-a", name: "张伟", office: "清苑区")
        let profile = SyncFixtures.profile(801)
        try #require(try a.record(.listed(profile), for: profile.code) != nil)
        try a.sync()
        let b = try network.join("lap-b", name: "王芳", office: "清苑区")
        return (network, a, b, profile.code)
    }

    /// b pushes a journal whose last line is broken (another laptop's buggy copy).
    static func pushBrokenJournal(_ network: SyncNetwork, from b: Replica, code: CreditCode) throws {
        try #require(try b.record(tick("N01", .met), for: code) != nil)
        try b.sync()
        let journal = "\(b.directory)/events/lap-b.jsonl"
        try (try String(contentsOfFile: journal, encoding: .utf8) + "{\"id\":\n").write(toFile: journal, atomically: false, encoding: .utf8)
        try network.git(["-c", "user.name=b", "-c", "user.email=b@anxin.invalid", "commit", "-q", "-am", "broken"], in: b.directory)
        try network.git(["push", "-q", "origin", "HEAD:main"], in: b.directory)
    }

    /// a records a tick and does what its sync does up to the fetch (commit, note the commit, fetch), as a sync
    /// killed just after would leave it; returns a's git identity for the merge the test makes next.
    static func syncUpToFetch(_ network: SyncNetwork, _ a: Replica, code: CreditCode) throws -> [String] {
        try #require(try a.record(tick("N02", .unmet), for: code) != nil)
        let identity = ["-c", "user.name=a", "-c", "user.email=a@anxin.invalid"]
        try network.git(["add", "-A"], in: a.directory)
        try network.git(identity + ["commit", "-q", "-m", "a"], in: a.directory)
        let before = try network.git(["rev-parse", "HEAD"], in: a.directory).output
        try (before + "\n").write(toFile: "\(a.directory)/.local/sync-merging", atomically: true, encoding: .utf8)
        try network.git(["fetch", "-q", "origin", "+refs/heads/main:refs/anxin/incoming"], in: a.directory)
        return identity
    }

    static func tick(_ id: String, _ verdict: Verdict) -> EventPayload {
        .ticked(Tick(criterion: CriterionID(id), verdict: verdict))
    }

    @Test("two laptops syncing at the same moment both succeed and end with the same state")
    func pushRace() throws {
        let (_, a, b, code) = try Self.pair()
        for (index, id) in ["N01", "N02", "N03"].enumerated() {
            try #require(try a.record(Self.tick(id, .met), for: code) != nil)
            try #require(try b.record(Self.tick("N0\(index + 6)", .unmet), for: code) != nil)
        }
        let reports = ReportBox()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            reports.set(index, Result { try [a, b][index].sync() })
        }
        // Both succeed, whichever pushed first (a refused push fetches, merges and pushes again).
        let first = try reports.get(0).get(), second = try reports.get(1).get()
        #expect(first.sentEvents == 3 && second.sentEvents == 3)
        // The one that pushed second took the other's work first; one more round brings the first up to date.
        try a.sync()
        try b.sync()
        let left = try a.load(), right = try b.load()
        #expect(left.state.records == right.state.records)
        #expect(left.collected.count == 1 + 6)
        #expect(left.state.conflicts.isEmpty, "different criteria never conflict")
    }

    @Test("a push refused because another laptop pushed first: fetch, merge, check and push again")
    func pushRefusedThenRetried() throws {
        let (network, a, b, code) = try Self.pair()
        let c = try network.join("lap-c", name: "周建华", office: "清苑区")
        // c's work is committed but not pushed; a's pre-push hook pushes it just before a's own push.
        try #require(try c.record(Self.tick("N07", .met), for: code) != nil)
        try network.git(["add", "-A"], in: c.directory)
        try network.git(["-c", "user.name=c", "-c", "user.email=c@anxin.invalid", "commit", "-q", "-m", "c"], in: c.directory)
        let marker = "\(network.sandbox.root)/raced"
        let hook = "\(a.directory)/.git/hooks/pre-push"
        try """
            #!/bin/sh
            [ -e '\(marker)' ] && exit 0
            touch '\(marker)'
            git -C '\(c.directory)' push -q origin HEAD:main
            """.write(toFile: hook, atomically: true, encoding: .utf8)
        #expect(chmod(hook, 0o755) == 0)

        try #require(try a.record(Self.tick("N01", .met), for: code) != nil)
        let report = try a.sync()
        #expect(FileManager.default.fileExists(atPath: marker), "the hook ran")
        #expect(report.pushAttempts == 2, "the first push was refused")
        #expect(report.receivedEvents == 1, "c's tick, merged before the second push")
        try b.sync()
        let records = try b.load().state[code]
        #expect(records?.criteria[CriterionID("N01")]?.record?.verdict == .met)
        #expect(records?.criteria[CriterionID("N07")]?.record?.verdict == .met)
    }

    @Test("a laptop offline for 300 events catches up in one sync, and others receive all of it")
    func offlineCatchUp() throws {
        let (_, a, b, code) = try Self.pair()
        let verdicts: [Verdict] = [.met, .unmet, .notApplicable]
        for index in 0..<300 {
            try #require(try b.record(Self.tick(["N01", "N02", "N03", "N04"][index % 4], verdicts[index % 3]), for: code) != nil)
        }
        for index in 0..<20 {
            try #require(try a.record(.noted(text: "现场检查记录\(index)"), for: code) != nil)
            if index % 5 == 4 { try a.sync() }
        }
        let report = try b.sync()
        #expect(report.sentEvents == 300)
        #expect(report.receivedEvents == 20)
        let back = try a.sync()
        #expect(back.receivedEvents == 300)
        #expect(try a.load().state.records == b.load().state.records)
        #expect(try a.load().collected.count == 1 + 300 + 20)
    }

    @Test("a bundle carries one laptop's work to another and back (USB stick)")
    func bundleRoundTrip() throws {
        let (network, a, b, code) = try Self.pair()
        try #require(try a.record(Self.tick("N01", .met), for: code) != nil)
        try #require(try b.record(Self.tick("N02", .unmet), for: code) != nil)
        let stick = "\(network.sandbox.root)/stick-a.bundle"
        let written = try Syncer(store: try a.store(), environment: a.environment).writeBundle(to: stick, now: network.now())
        #expect(written.kind == .bundleWritten)
        let read = try Syncer(store: try b.store(), environment: b.environment).readBundle(from: stick, now: network.now())
        #expect(read.receivedEvents == 1)
        let back = "\(network.sandbox.root)/stick-b.bundle"
        _ = try Syncer(store: try b.store(), environment: b.environment).writeBundle(to: back, now: network.now())
        let returned = try Syncer(store: try a.store(), environment: a.environment).readBundle(from: back, now: network.now())
        #expect(returned.receivedEvents == 1)
        let left = try a.load(), right = try b.load()
        #expect(left.state.records == right.state.records)
        #expect(left.collected.count == 3)
        let record = try #require(left.state[code])
        #expect(record.criteria[CriterionID("N01")]?.record?.verdict == .met)
        #expect(record.criteria[CriterionID("N02")]?.record?.verdict == .unmet)
    }

    @Test("a laptop whose clock is behind edits what it received: flagged as clock skew, not as a conflict")
    func clockSkew() throws {
        let (_, a, b, code) = try Self.pair()
        let ahead = try #require(try a.record(Self.tick("N01", .met), for: code))
        try a.sync()
        try b.sync()
        let behind = Instant(millisecondsSinceEpoch: ahead.at.millisecondsSinceEpoch - 500, offsetMinutes: 480)
        let skewed = try #require(try b.record(Self.tick("N01", .unmet), for: code, at: behind))
        #expect(skewed.seen == ahead.id, "b had seen a's tick")
        try b.sync()
        try a.sync()
        for laptop in [a, b] {
            let conflicts = try laptop.load().state.conflicts.sorted
            #expect(conflicts.count == 1)
            #expect(conflicts.first?.kind == .clockSkew)
            #expect(conflicts.first?.overridden == skewed.id && conflicts.first?.kept == ahead.id)
        }
        // The fold still goes by the instants: a's later-dated tick is in force.
        #expect(try a.load().state[code]?.criteria[CriterionID("N01")]?.record?.verdict == .met)
    }

    @Test("campaign.yaml changed differently on two laptops: the merge is refused and undone, naming the file")
    func configurationConflict() throws {
        let (_, a, b, _) = try Self.pair()
        for (laptop, comment) in [(a, "# 张伟的修改\n"), (b, "# 王芳的修改\n")] {
            let path = "\(laptop.directory)/campaign.yaml"
            let text = try String(contentsOfFile: path, encoding: .utf8) + comment
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        try a.sync()
        let before = try b.files()
        let failure = try #require(try b.failedSync())
        #expect(failure.message.en.contains("merge refused") && failure.message.en.contains("campaign.yaml"), "\(failure.message.en)")
        #expect(try b.files() == before)
    }

    @Test("a store made apart (not cloned) cannot join: sync says to clone the shared repository instead")
    func unrelatedStore() throws {
        let (network, _, _, _) = try Self.pair()
        let directory = "\(network.sandbox.root)/apart"
        _ = try Store.create(directory: directory, city: "保定市", year: 2024)
        let apart = Replica(network: network, directory: directory, replica: "lap-apart")
        try LocalIdentity(replica: "lap-apart", name: "赵敏", office: "清苑区").write(localDirectory: "\(directory)/.local")
        try Syncer(store: try apart.store(), environment: apart.environment).setUp(remote: network.remote)
        let failure = try #require(try apart.failedSync())
        #expect(failure.message.en.contains("holds a different store") && failure.message.en.contains("git clone"),
                "\(failure.message.en)")
        #expect(try network.git(["status", "--porcelain"], in: directory).output.isEmpty, "nothing half-merged is left")
    }

    @Test("a sync killed between its merge and its check: the next sync undoes that merge, keeps what was recorded since, and checks again")
    func interruptedMerge() throws {
        let (network, a, b, code) = try Self.pair()
        try Self.pushBrokenJournal(network, from: b, code: code)

        // a's sync committed, noted the commit, merged, and was killed before the check.
        let identity = try Self.syncUpToFetch(network, a, code: code)
        try network.git(identity + ["merge", "-q", "--no-edit", "refs/anxin/incoming"], in: a.directory)
        // Then the inspector went on working.
        try #require(try a.record(Self.tick("N03", .met), for: code) != nil)
        let journalBefore = try a.files()["events/lap-a.jsonl"]

        let failure = try #require(try a.failedSync(), "the broken incoming line is refused again")
        #expect(failure.diagnostics.contains { $0.file.hasSuffix("events/lap-b.jsonl") && $0.line == 2 })
        #expect(try a.files()["events/lap-a.jsonl"] == journalBefore, "what was recorded after the interruption is kept")
        #expect(try a.files()["events/lap-b.jsonl"] == nil, "the unchecked merge is gone")
        #expect(!FileManager.default.fileExists(atPath: "\(a.directory)/.local/sync-merging"))
        let load = try a.load()
        #expect(!load.hasErrors)
        #expect(load.collected.count == 1 + 2)
    }

    @Test("a sync killed before git made its merge commit: the next sync aborts that merge and checks the incoming work")
    func mergeStoppedBeforeCommit() throws {
        let (network, a, b, code) = try Self.pair()
        try Self.pushBrokenJournal(network, from: b, code: code)

        let identity = try Self.syncUpToFetch(network, a, code: code)
        // The merge is under way (MERGE_HEAD written, no commit yet) when the laptop loses power.
        try network.git(identity + ["merge", "-q", "--no-commit", "--no-ff", "refs/anxin/incoming"], in: a.directory)

        let failure = try #require(try a.failedSync(), "the broken incoming line is refused, never committed unchecked")
        #expect(failure.diagnostics.contains { $0.file.hasSuffix("events/lap-b.jsonl") && $0.line == 2 })
        #expect(!FileManager.default.fileExists(atPath: "\(a.directory)/.git/MERGE_HEAD"))
        #expect(try a.files()["events/lap-b.jsonl"] == nil, "the half-made merge is gone")
        #expect(try network.git(["log", "--format=%s", "-1"], in: a.directory).output == "a", "no commit was made of it")
        #expect(!(try a.load()).hasErrors)
    }

    @Test("an incoming journal with a broken line: the merge is undone, local data is intact byte for byte, the line is named")
    func brokenIncomingLine() throws {
        let (network, a, b, code) = try Self.pair()
        // Another laptop's (buggy) copy pushes a journal whose second of three lines is not JSON.
        try #require(try b.record(Self.tick("N01", .met), for: code) != nil)
        try #require(try b.record(Self.tick("N03", .met), for: code) != nil)
        try b.sync()
        let journal = "\(b.directory)/events/lap-b.jsonl"
        var lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("{\"id\":\"01J0000000000000000000000", at: 1)
        try (lines.joined(separator: "\n") + "\n").write(toFile: journal, atomically: false, encoding: .utf8)
        try network.git(["-c", "user.name=旧版本", "-c", "user.email=old@anxin.invalid", "commit", "-q", "-am", "broken"], in: b.directory)
        try network.git(["push", "-q", "origin", "HEAD:main"], in: b.directory)

        // This laptop has work not yet committed.
        try #require(try a.record(Self.tick("N02", .unmet), for: code) != nil)
        try #require(try a.record(.noted(text: "未同步的备注"), for: code) != nil)
        let before = try a.files()
        let head = try network.git(["rev-parse", "HEAD"], in: a.directory).output
        if let error = try a.failedSync() {
            let named = error.diagnostics.map { $0.rendered(.en) }.joined(separator: "\n")
            #expect(named.contains("events/lap-b.jsonl:2:"), "the message names the file and line: \(named)")
            #expect(error.message.en.contains("merge was undone"))
        } else {
            Issue.record("a broken incoming line was accepted")
        }
        #expect(try a.files() == before, "local data is exactly as it was")
        let after = try network.git(["rev-parse", "HEAD"], in: a.directory).output
        #expect(after != head, "the local work was committed before the merge, and kept")
        #expect(try network.git(["status", "--porcelain"], in: a.directory).output.isEmpty)
        #expect(try a.load().collected.count == 1 + 2, "the listing and this laptop's two events, nothing of the bad file")
    }
}

/// Results of concurrent syncs.
final class ReportBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<SyncReport, any Error>] = [:]
    func set(_ index: Int, _ result: Result<SyncReport, any Error>) { lock.lock(); results[index] = result; lock.unlock() }
    func get(_ index: Int) -> Result<SyncReport, any Error> {
        lock.lock()
        defer { lock.unlock() }
        return results[index]!
    }
}
