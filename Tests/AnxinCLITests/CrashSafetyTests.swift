import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import AnxinTestSupport
#endif

@Suite("Crash safety and the write lock")
struct CrashSafetyTests {
    struct Attempt {
        let index: Int
        let criterion: String
        let level: String?
        let verdict: String
        let note: String
        var key: String { criterion + (level.map { "/" + $0 } ?? "") }
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test("kill -9 at random moments during ticks loses no acknowledged tick; check/repair leave a clean store")
    func killDuringTicks() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(401)
        try sandbox.add(code: code, name: "断电测试纺织有限公司", industry: "纺织")
        let seed: UInt64 = 0xA17C_2024
        var random = SeededGenerator(seed: seed)
        let targets: [(String, String?)] = [("N01", nil), ("N02", nil), ("N03", nil), ("N05", "车间"), ("N09", nil)]
        let verdicts = ["met", "unmet", "na"]
        let run = UUID().uuidString.prefix(8)
        let out = sandbox.root + "/tick.out", err = sandbox.root + "/tick.err"
        let environment = sandbox.environment()

        var attempts: [Attempt] = []
        var acknowledged: [Attempt] = []
        var killed = 0
        var baseline: [Double] = []
        var killWindow = 40.0
        for index in 0..<63 {
            let (criterion, level) = targets[index % targets.count]
            let verdict = verdicts[(index / targets.count + index) % verdicts.count]
            let attempt = Attempt(index: index, criterion: criterion, level: level, verdict: verdict,
                                  note: "第\(index)次检查记录-\(run)：现场情况\(verdict)")
            attempts.append(attempt)
            var arguments = ["tick", code, criterion, verdict, "--note", attempt.note]
            if let level { arguments += ["--level", level] }
            arguments += ["--data", sandbox.data]

            let started = Date()
            let child = try SpawnedAnxin.start(arguments, environment: environment, stdoutPath: out, stderrPath: err)
            if index < 3 {
                // The first few run to completion: they measure how long a tick takes on this machine.
                let status = child.wait()
                #expect(status == 0, "\(Self.read(err))")
                if status == 0 { acknowledged.append(attempt) }
                baseline.append(Date().timeIntervalSince(started) * 1000)
                if baseline.count == 3 { killWindow = max(40, 2 * baseline.sorted()[1]) }
                continue
            }
            // Kill at a random moment from the start to a little past a typical tick's end: 0–40 ms, or up to
            // 2 × the measured median where a tick takes longer (a slow or busy machine).
            let delay = Double(random.next() % 1000) / 1000 * killWindow
            usleep(useconds_t(delay * 1000))
            if !child.hasExited() { child.kill() }
            switch child.wait() {
            case 0?:
                acknowledged.append(attempt)
                #expect(Self.read(out).contains(criterion), "an acknowledged tick says so")
            case nil:
                killed += 1
            case let status?:
                // A kill between the write and the newline would leave a torn tail that blocks writing: repair it.
                let message = Self.read(err)
                if message.contains("anxin repair") {
                    #expect(try sandbox.anxin(["repair"]).status == 0)
                } else {
                    Issue.record("tick \(index) exited \(status) without being killed: \(message)")
                }
            }
        }
        #expect(acknowledged.count >= 3)
        #expect(killed >= 1, "no tick was ever killed: the kill window (\(killWindow) ms) is too late")
        print("crash test (seed \(String(seed, radix: 16)), window \(Int(killWindow)) ms): \(attempts.count) ticks, \(acknowledged.count) acknowledged, \(killed) killed")

        // Every acknowledged tick is in the journal, once.
        let journal = sandbox.journalText()
        for attempt in acknowledged {
            #expect(journal.components(separatedBy: attempt.note).count == 2, "acknowledged tick \(attempt.index) lost or doubled")
        }
        // Every complete line is a JSON object.
        for line in journal.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "bad line: \(line)")
        }

        // check: clean, or only a torn-tail warning; repair makes it clean.
        let check = try sandbox.anxin(["check", "--format", "json"])
        #expect(check.status == 0, "\(check)")
        let report = try #require(try check.json() as? [String: Any])
        #expect(report["errors"] as? Int == 0)
        #expect((report["warnings"] as? Int ?? 99) <= 1, "\(check)")
        #expect(try sandbox.anxin(["repair"]).status == 0)
        let clean = try #require(try sandbox.anxin(["check", "--format", "json"]).json() as? [String: Any])
        #expect(clean["errors"] as? Int == 0 && clean["warnings"] as? Int == 0, "\(clean)")

        // show reports, per criterion, the last tick that reached the journal: the last acknowledged one,
        // unless a later tick was written just before its process was killed.
        let card = try sandbox.card(code)
        let checklist = try #require(card["checklist"] as? [[String: Any]])
        for (criterion, level) in targets {
            let key = criterion + (level.map { "/" + $0 } ?? "")
            guard let lastAcknowledged = acknowledged.last(where: { $0.key == key }) else { continue }
            let written = try #require(attempts.last { $0.key == key && journal.contains($0.note) })
            #expect(written.index >= lastAcknowledged.index)
            let item = try #require(checklist.first { $0["id"] as? String == criterion })
            var entry = item
            if level != nil {
                let levels = try #require(item["levels"] as? [[String: Any]])
                entry = try #require(levels.first { $0["level"] as? String == "workshop" })
            }
            #expect(entry["verdict"] as? String == written.verdict, "\(key): expected \(written.verdict) from tick \(written.index)")
            #expect(entry["note"] as? String == written.note, "\(key)")
            if written.index == lastAcknowledged.index {
                #expect(entry["verdict"] as? String == lastAcknowledged.verdict)
            }
        }
    }

    @Test("a second writer while another holds the lock is refused with exit 1 and a clear message; the journal is untouched")
    func lockHeld() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(402)
        try sandbox.add(code: code, name: "并发写入测试有限公司")
        let before = sandbox.journalBytes()

        let fd = open(sandbox.data + "/.local/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        var released = false
        defer { if !released { flock(fd, LOCK_UN); close(fd) } }

        let tick = try sandbox.anxin(["tick", code, "N01", "met", "--note", "锁定期间"])
        #expect(tick.status == 1, "\(tick)")
        #expect(tick.stderr.contains("另一个 anxin 进程") && tick.stderr.contains("未写入任何内容"), "\(tick)")
        let english = try sandbox.anxin(["step", code, "commit", "--lang", "en"])
        #expect(english.status == 1 && english.stderr.contains("another anxin") && english.stderr.contains("nothing was written"),
                "\(english)")
        let add = try sandbox.anxin(["add", "--code", CreditCodes.make(403), "--name", "锁定期间列入", "--jurisdiction", "清苑区",
                                     "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李"])
        #expect(add.status == 1, "\(add)")
        let repair = try sandbox.anxin(["repair"])
        #expect(repair.status == 1, "repair takes the lock too\n\(repair)")
        #expect(sandbox.journalBytes() == before, "nothing was written while the lock was held")

        // Readers do not need the lock.
        #expect(try sandbox.anxin(["show", code]).status == 0)
        #expect(try sandbox.anxin(["list"]).status == 0)
        #expect(try sandbox.anxin(["check"]).status == 0)

        flock(fd, LOCK_UN)
        close(fd)
        released = true
        let after = try sandbox.anxin(["tick", code, "N01", "met", "--note", "解锁之后"])
        #expect(after.status == 0, "\(after)")
    }

    @Test("writers started at the same moment: each either records its tick or is refused by the lock")
    func simultaneousWriters() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(404)
        try sandbox.add(code: code, name: "同时写入测试有限公司")
        let environment = sandbox.environment()
        var children: [(SpawnedAnxin, String, Int)] = []
        for index in 0..<8 {
            let note = "并发第\(index)笔-\(UUID().uuidString.prefix(6))"
            let child = try SpawnedAnxin.start(["tick", code, String(format: "N%02d", index + 1), "met", "--note", note,
                                                "--data", sandbox.data],
                                               environment: environment, stdoutPath: sandbox.root + "/w\(index).out",
                                               stderrPath: sandbox.root + "/w\(index).err")
            children.append((child, note, index))
        }
        var recorded = 0
        for (child, note, index) in children {
            let status = child.wait()
            let message = Self.read(sandbox.root + "/w\(index).err")
            let journal = sandbox.journalText()
            switch status {
            case 0?:
                recorded += 1
                #expect(journal.contains(note))
            case 1?:
                #expect(message.contains("另一个 anxin 进程"), "refused for another reason: \(message)")
            default:
                Issue.record("writer \(index) ended with \(String(describing: status)): \(message)")
            }
        }
        #expect(recorded >= 1)
        let check = try sandbox.anxin(["check"])
        #expect(check.status == 0, "\(check)")
        #expect(sandbox.journalText().split(separator: "\n").count == 1 + recorded)
    }
}
