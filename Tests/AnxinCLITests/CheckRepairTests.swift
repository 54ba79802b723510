import Foundation
import Testing

/// `anxin check` and `anxin repair` on clean, damaged and torn journals.
@Suite("check and repair")
struct CheckRepairTests {
    /// A store with one enterprise and three ticks: four journal lines.
    static func smallStore() throws -> (Sandbox, String) {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(301)
        try sandbox.add(code: code, name: "校验测试机械有限公司")
        for id in ["N01", "N02", "N03"] { try sandbox.ok(["tick", code, id, "met", "--note", "备注\(id)"]) }
        return (sandbox, code)
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test("check is exit 0 on a clean store, and check --format json is valid JSON with the counts")
    func clean() throws {
        let (sandbox, _) = try Self.smallStore()
        let text = try sandbox.anxin(["check"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("4 个事件") && text.stdout.contains("0 个错误，0 个警告"), "\(text)")
        let json = try sandbox.anxin(["check", "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let report = try #require(try json.json() as? [String: Any], "\(json)")
        #expect(report["files"] as? Int == 1)
        #expect(report["events"] as? Int == 4)
        #expect(report["enterprises"] as? Int == 1)
        #expect(report["errors"] as? Int == 0)
        #expect(report["warnings"] as? Int == 0)
        #expect(report["bytes"] as? Int == sandbox.journalBytes().count)
        #expect((report["diagnostics"] as? [Any])?.isEmpty == true)

        // An empty store is clean too.
        let empty = try Sandbox()
        try #require(try empty.bare(["init", empty.data, "--city", "保定市", "--year", "2024"]).status == 0)
        let emptyCheck = try empty.anxin(["check", "--format", "json"])
        #expect(emptyCheck.status == 0, "\(emptyCheck)")
        #expect((try emptyCheck.json() as? [String: Any])?["events"] as? Int == 0)
    }

    @Test("a malformed line in the middle: exit 1, file:line:col: error:, and the rest still loads")
    func malformedLine() throws {
        let (sandbox, code) = try Self.smallStore()
        let path = try sandbox.journal()
        let file = (path as NSString).lastPathComponent
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines.count == 5 && lines[4].isEmpty)
        lines[1] = String(lines[1].prefix(40)) + ",,oops"                                    // JSON syntax
        lines[2] = lines[2].replacingOccurrences(of: "\"verdict\":\"met\"", with: "\"verdict\":\"metx\"")  // bad value
        try Self.write(lines.joined(separator: "\n"), to: path)

        let check = try sandbox.anxin(["check"])
        #expect(check.status == 1, "\(check)")
        #expect(Self.matches(check.stdout, "events/\(file):2:[0-9]+: error: "), "\(check)")
        #expect(Self.matches(check.stdout, "events/\(file):3:[0-9]+: error: .*metx"), "\(check)")
        #expect(!Self.matches(check.stdout, ":(1|4):[0-9]+: error"), "good lines are not blamed\n\(check)")

        let json = try sandbox.anxin(["check", "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try json.json() as? [String: Any], "\(json)")
        #expect((report["errors"] as? Int ?? 0) >= 2)
        #expect(report["events"] as? Int == 2, "lines 1 and 4 still load")
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(Set(diagnostics.compactMap { $0["line"] as? Int }) == [2, 3])
        #expect(diagnostics.allSatisfy { ($0["file"] as? String)?.hasSuffix("events/\(file)") == true && ($0["column"] as? Int ?? 0) >= 1 })

        // Reading commands still work on what loads; repair does not touch lines in the middle.
        let card = try sandbox.card(code)
        #expect((card["progress"] as? [String: Any])?["met"] as? Int == 1, "only N03 (line 4) survives")
        let before = sandbox.journalBytes()
        let repair = try sandbox.anxin(["repair"])
        #expect(repair.status == 0, "\(repair)")
        #expect(sandbox.journalBytes() == before)
    }

    @Test("a torn last line is a warning (exit 0); writing is refused until repair cuts it after a backup; then check is clean")
    func tornTail() throws {
        let (sandbox, code) = try Self.smallStore()
        let path = try sandbox.journal()
        let file = (path as NSString).lastPathComponent
        let original = sandbox.journalBytes()
        let torn = "{\"id\":\"01M8K3A8HT5PCQ\",\"at\":\"2024-05-"
        try Self.write(String(decoding: original, as: UTF8.self) + torn, to: path)

        let check = try sandbox.anxin(["check"])
        #expect(check.status == 0, "\(check)")
        #expect(Self.matches(check.stdout, "events/\(file):5:[0-9]+: warning: "), "\(check)")
        #expect(check.stdout.contains("anxin repair"), "\(check)")
        let json = try #require(try sandbox.anxin(["check", "--format", "json"]).json() as? [String: Any])
        #expect(json["warnings"] as? Int == 1 && json["errors"] as? Int == 0 && json["events"] as? Int == 4)

        // The torn line is ignored by readers, and an append would damage it: writing is refused.
        #expect((try sandbox.card(code)["progress"] as? [String: Any])?["met"] as? Int == 3)
        let blocked = try sandbox.anxin(["tick", code, "N04", "met"])
        #expect(blocked.status == 1 && blocked.stderr.contains("anxin repair"), "\(blocked)")

        let repair = try sandbox.anxin(["repair"])
        #expect(repair.status == 0, "\(repair)")
        #expect(repair.stdout.contains(file) && repair.stdout.contains("\(torn.utf8.count)"), "\(repair)")
        #expect(sandbox.journalBytes() == original, "exactly the torn bytes were cut")
        let backups = try FileManager.default.contentsOfDirectory(atPath: sandbox.data + "/.local/backups")
        #expect(backups.count == 1 && backups[0].hasPrefix(file), "\(backups)")
        let backup = try Data(contentsOf: URL(fileURLWithPath: sandbox.data + "/.local/backups/" + backups[0]))
        #expect([UInt8](backup) == original + Array(torn.utf8), "the backup holds the file as it was")

        let clean = try sandbox.anxin(["check"])
        #expect(clean.status == 0 && clean.stdout.contains("0 个错误，0 个警告"), "\(clean)")
        try sandbox.ok(["tick", code, "N04", "met"])
        let again = try sandbox.anxin(["repair"])
        #expect(again.status == 0 && again.stdout.contains("没有需要修复"), "\(again)")
    }

    @Test("a broken campaign.yaml: check reports it by file and line (exit 1), other commands refuse with exit 1")
    func brokenConfiguration() throws {
        let (sandbox, _) = try Self.smallStore()
        let campaign = sandbox.data + "/campaign.yaml"
        var text = try String(contentsOfFile: campaign, encoding: .utf8)
        text = text.replacingOccurrences(of: "year: 2024", with: "year: [2024")
        try Self.write(text, to: campaign)
        let check = try sandbox.anxin(["check"])
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("campaign.yaml:"), "\(check)")
        let list = try sandbox.anxin(["list"])
        #expect(list.status == 1 && list.stderr.contains("campaign.yaml"), "\(list)")
        #expect(!list.signaled)
    }
}
