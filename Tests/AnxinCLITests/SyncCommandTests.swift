import AnxinStore
import Foundation
import Testing

/// `anxin sync`, `anxin conflicts` and `anxin resolve` through the real binary, with real git.
@Suite("Sync: the commands", .serialized)
struct SyncCommandTests {
    static let code = CreditCodes.make(601)

    /// A shared bare repository, a first laptop that set it up, and a second that cloned it.
    static func office() throws -> (Sandbox, Sandbox) {
        let first = try Sandbox.store(name: "张伟", office: "清苑区")
        let remote = "\(first.root)/remote.git"
        let git = Git(directory: first.root, environment: first.environment())
        #expect(git.run(["init", "-q", "--bare", "--initial-branch=main", remote]).succeeded)
        try first.add(code: code, name: "清苑区宏达机械有限公司")
        let setup = try first.ok(["sync", "--setup", remote, "--lang", "en"])
        #expect(setup.stdout.contains("now syncs with \(remote)"), "\(setup)")
        #expect(setup.stdout.contains("sent 1 event"), "\(setup)")
        let second = try Sandbox()
        let clone = Git(directory: second.root, environment: second.environment()).run(["clone", "-q", remote, second.data])
        #expect(clone.succeeded, "\(clone.stderr)")
        try second.ok(["whoami", "--name", "王芳", "--office", "清苑区"])
        return (first, second)
    }

    @Test("two laptops tick the same criterion apart: both see one conflict; resolve on one settles it on both")
    func conflictAndResolve() throws {
        let (first, second) = try Self.office()
        try first.ok(["tick", Self.code, "N01", "met"])
        try second.ok(["tick", Self.code, "N01", "unmet", "--note", "未见承诺书"])
        try first.ok(["sync"])
        let merged = try second.ok(["sync", "--lang", "en"])
        #expect(merged.stdout.contains("received 1"), "\(merged)")
        #expect(merged.stdout.contains("1 conflict(s) open"), "\(merged)")
        try first.ok(["sync"])

        for laptop in [first, second] {
            let listed = try laptop.ok(["conflicts", "--format", "json"])
            let conflicts = try #require(try listed.json() as? [[String: Any]])
            #expect(conflicts.count == 1)
            #expect(conflicts.first?["subject"] as? String == "N01")
            #expect(conflicts.first?["kind"] as? String == "concurrent")
            #expect((conflicts.first?["kept"] as? [String: Any])?["actor"] as? String == "王芳", "the later tick is in force")
            #expect((conflicts.first?["other"] as? [String: Any])?["actor"] as? String == "张伟")
        }
        let checked = try #require(try first.ok(["check", "--format", "json"]).json() as? [String: Any])
        #expect(checked["conflicts"] as? Int == 1 && checked["errors"] as? Int == 0, "\(checked)")
        let table = try first.ok(["conflicts", "--lang", "en"])
        #expect(table.stdout.contains("N01") && table.stdout.contains("concurrent edits"), "\(table)")

        // The supervisor keeps the first inspector's verdict.
        let listed = try #require(try first.ok(["conflicts", "--format", "json"]).json() as? [[String: Any]])
        let other = try #require((listed.first?["other"] as? [String: Any])?["id"] as? String)
        let inForce = try #require((listed.first?["kept"] as? [String: Any])?["id"] as? String)
        try first.ok(["resolve", Self.code, "N01", "--keep", other], env: ["ANXIN_OFFICE": "市安委办", "ANXIN_ACTOR": "周建华"])
        let settlement = try #require(first.journalText().split(separator: "\n").last { $0.contains("\"type\":\"resolved\"") })
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(settlement.utf8)) as? [String: Any])
        #expect(fields["subject"] as? String == "criterion:N01")
        #expect(fields["other"] as? String == inForce, "the settlement names the side it replaced")
        #expect(try first.ok(["conflicts", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try Self.verdict(of: "N01", on: first) == "met", "the kept side is in force again")
        try first.ok(["sync"])
        try second.ok(["sync"])
        #expect(try second.ok(["conflicts", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let log = try second.ok(["log", Self.code, "--lang", "en"]).stdout
        #expect(log.contains("settled"), "the settlement is in the timeline:\n\(log)")
        let again = try second.anxin(["resolve", Self.code, "N01", "--lang", "en"])
        #expect(again.status == 1 && again.stderr.contains("has no conflict on"), "\(again)")
    }

    static func verdict(of criterion: String, on laptop: Sandbox) throws -> String? {
        let checklist = try #require(try laptop.card(code)["checklist"] as? [[String: Any]])
        return checklist.first { $0["id"] as? String == criterion }?["verdict"] as? String
    }

    @Test("sync in a store that is not a repository says to run anxin sync --setup")
    func notARepository() throws {
        let sandbox = try Sandbox.store()
        let result = try sandbox.anxin(["sync", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a git repository yet; run anxin sync --setup REMOTE"), "\(result)")
    }

    @Test("a remote that cannot be reached: a clear message, exit 1, nothing local lost")
    func unreachable() throws {
        let sandbox = try Sandbox.store()
        try sandbox.add(code: Self.code, name: "清苑区宏达机械有限公司")
        let before = sandbox.journalBytes()
        let result = try sandbox.anxin(["sync", "--setup", "\(sandbox.root)/no-such-remote.git", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach the remote"), "\(result)")
        #expect(sandbox.journalBytes() == before)
    }

    @Test("sync while another anxin holds the store (an open interface) is refused cleanly; nothing changes")
    func lockHeld() throws {
        let (first, _) = try Self.office()
        try first.ok(["tick", Self.code, "N02", "met"])
        let before = first.journalBytes()
        let lock = try WriteLock(path: "\(first.data)/.local/lock")
        let refused = try first.anxin(["sync", "--lang", "en"])
        lock.release()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is writing to this data directory"), "\(refused)")
        #expect(first.journalBytes() == before)
        let later = try first.ok(["sync", "--lang", "en"])
        #expect(later.stdout.contains("sent 1 event"), "\(later)")
    }

    @Test("a store inside a larger git repository is refused with the reason")
    func insideLargerRepository() throws {
        let sandbox = try Sandbox.store()
        #expect(Git(directory: sandbox.root, environment: sandbox.environment()).run(["init", "-q"]).succeeded)
        let result = try sandbox.anxin(["sync", "--setup", "\(sandbox.root)/r.git", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a repository of its own"), "\(result)")
    }

    @Test("a USB stick: --bundle writes a file when there is none and merges it when there is one")
    func bundleByCommand() throws {
        let (first, second) = try Self.office()
        try first.ok(["tick", Self.code, "N03", "met"])
        let stick = "\(first.root)/stick.bundle"
        let written = try first.ok(["sync", "--bundle", stick, "--lang", "en"])
        #expect(written.stdout.contains("wrote \(stick)"), "\(written)")
        let read = try second.ok(["sync", "--bundle", stick, "--lang", "en"])
        #expect(read.stdout.contains("received 1 event"), "\(read)")
        #expect(try Self.verdict(of: "N03", on: second) == "met")
        let garbage = "\(first.root)/garbage.bundle"
        try Data("not a bundle".utf8).write(to: URL(fileURLWithPath: garbage))
        let bad = try second.anxin(["sync", "--bundle", garbage, "--lang", "en"])
        #expect(bad.status == 1 && bad.stderr.contains("is not a usable git bundle"), "\(bad)")
    }
}

extension SyncCommandTests {
    @Test("init --git makes a repository on main that ignores .local/ and merges journals line by line, with a first commit")
    func initGit() throws {
        let sandbox = try Sandbox()
        let made = try sandbox.bare(["init", sandbox.data, "--city", "保定市", "--year", "2024", "--git", "--lang", "en"])
        #expect(made.status == 0, "\(made)")
        #expect(made.stdout.contains("is now a git repository"), "\(made)")
        try sandbox.ok(["whoami", "--name", "张伟", "--office", "清苑区"])
        let git = Git(directory: sandbox.data, environment: sandbox.environment())
        #expect(git.run(["symbolic-ref", "--short", "HEAD"]).output == "main")
        #expect(git.run(["log", "--oneline"]).output.split(separator: "\n").count == 1)
        #expect(git.run(["status", "--porcelain"]).output.isEmpty, ".local/ (the identity just written) is ignored")
        #expect(try String(contentsOfFile: "\(sandbox.data)/.gitignore", encoding: .utf8).contains(".local/"))
        #expect(try String(contentsOfFile: "\(sandbox.data)/.gitattributes", encoding: .utf8).contains("events/*.jsonl merge=union"))
        let tracked = git.run(["ls-files"]).output.split(separator: "\n").map(String.init)
        #expect(tracked.filter { !$0.hasPrefix("templates/") }.sorted() == [".gitattributes", ".gitignore", "campaign.yaml", "criteria.yaml"])
        #expect(tracked.contains("templates/notice.txt.mustache"), "the document templates are shared like the configuration")
    }
}
