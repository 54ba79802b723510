import AnxinDemo
import Foundation
import Testing

/// `anxin rollover` end to end on a generated demo campaign (every tier, stage and mark of 2024).
@Suite("Rolling the campaign over to the next year")
struct RolloverCommandTests {
    /// A sandbox holding the demo campaign, acting for the city office.
    static func demoStore(office: String = "市安委办") throws -> Sandbox {
        let sandbox = try Sandbox()
        _ = try DemoGenerator().write(to: sandbox.data)
        try sandbox.ok(["whoami", "--name", "李主任", "--office", office])
        return sandbox
    }

    static func list(_ sandbox: Sandbox, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try sandbox.ok(["list", "--format", "json"] + extra)
        return try #require(try result.json() as? [[String: Any]])
    }

    @Test("a county office may not roll over; a jump of two years is refused; a dry run writes nothing")
    func guards() throws {
        let county = try Self.demoStore(office: "清苑区")
        let refused = try county.anxin(["rollover", "--year", "2025"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("市安委办"))

        let sandbox = try Self.demoStore()
        let before = sandbox.journalBytes()
        let campaign = try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8)
        let jump = try sandbox.anxin(["rollover", "--year", "2026"])
        #expect(jump.status == 1)
        #expect(jump.stderr.contains("--year 2025"))
        let dry = try sandbox.ok(["rollover", "--year", "2025", "--dry-run"])
        #expect(dry.stdout.contains("2025"))
        #expect(sandbox.journalBytes() == before)
        #expect(try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8) == campaign)
        #expect(!FileManager.default.fileExists(atPath: sandbox.data + "/years"))
    }

    @Test("rollover carries the roster into 2025, moves the calendar, and keeps 2024 readable and read-only")
    func rollover() throws {
        let sandbox = try Self.demoStore()
        let before2024 = try Self.list(sandbox)
        let stages2024 = Dictionary(uniqueKeysWithValues: before2024.map { ($0["code"] as! String, $0["stage"] as! String) })
        let campaign2024 = try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8)

        let done = try sandbox.ok(["rollover", "--year", "2025"])
        #expect(done.stdout.contains("\(before2024.count) 家企业转入新年度"))
        #expect(try sandbox.anxin(["check"]).status == 0)

        // The new year: everyone listed anew, due dates of 2025.
        let campaign2025 = try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8)
        #expect(campaign2025.contains("year: 2025"))
        #expect(campaign2025.contains("due: 2025-03-31"))
        #expect(!campaign2025.contains("2024-"))
        let after = try Self.list(sandbox)
        #expect(after.count == before2024.count)
        #expect(after.allSatisfy { $0["stage"] as? String == "listed" })

        // The finished year, as it was, from its kept configuration.
        #expect(try String(contentsOfFile: sandbox.data + "/years/2024/campaign.yaml", encoding: .utf8) == campaign2024)
        let read2024 = try Self.list(sandbox, ["--year", "2024"])
        let again = Dictionary(uniqueKeysWithValues: read2024.map { ($0["code"] as! String, $0["stage"] as! String) })
        #expect(again == stages2024)
        let code = try #require(before2024.first?["code"] as? String)
        let write = try sandbox.anxin(["note", code, "补记", "--year", "2024"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("2024年度已结束"))
        let missing = try sandbox.anxin(["list", "--year", "2023"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("2024") && missing.stderr.contains("2025"))

        // Running it again carries nobody twice.
        let twice = try sandbox.anxin(["rollover", "--year", "2025"])
        #expect(twice.status == 0, "\(twice)")
        #expect(twice.stdout.contains("0 家企业转入新年度"))
    }

    @Test("proposals follow the finished year's stages; confirming one, then all, makes the moves")
    func proposals() throws {
        let sandbox = try Self.demoStore()
        let closedProblems = try Self.list(sandbox, ["--tier", "problem", "--stage", "closed", "--stage", "announced"])
            .filter { ($0["marks"] as? [String] ?? []).allSatisfy { $0 != "blacklist" && $0 != "revoke" } }
        try sandbox.ok(["rollover", "--year", "2025"])
        let listed = try sandbox.ok(["rollover", "--proposals", "--format", "json"])
        let proposals = try #require(try listed.json() as? [[String: Any]])
        let toNormalized = Set(proposals.filter { $0["to"] as? String == "normalized" }.compactMap { $0["code"] as? String })
        #expect(toNormalized == Set(closedProblems.compactMap { $0["code"] as? String }))
        #expect(proposals.contains { $0["to"] as? String == "standardized" })

        let first = try #require(toNormalized.sorted().first)
        try sandbox.ok(["rollover", "--confirm", first])
        #expect(try sandbox.card(first)["tier"] as? String == "normalized")
        let refused = try sandbox.anxin(["rollover", "--confirm", first])
        #expect(refused.status == 1, "a confirmed proposal is no longer pending")

        try sandbox.ok(["rollover", "--confirm-all"])
        let left = try #require(try sandbox.ok(["rollover", "--proposals", "--format", "json"]).json() as? [Any])
        #expect(left.isEmpty)
        #expect(try sandbox.anxin(["check"]).status == 0)
    }

    @Test("a rollover stopped after the new calendar was written is finished by running it again")
    func resumes() throws {
        let sandbox = try Self.demoStore()
        let campaign = sandbox.data + "/campaign.yaml"
        let text = try String(contentsOfFile: campaign, encoding: .utf8)
        // What the first half of a rollover leaves: the kept 2024 files and the 2025 calendar, no events yet.
        try FileManager.default.createDirectory(atPath: sandbox.data + "/years/2024", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.data + "/years/2024/campaign.yaml"))
        try FileManager.default.copyItem(atPath: sandbox.data + "/criteria.yaml", toPath: sandbox.data + "/years/2024/criteria.yaml")
        try Data(text.replacingOccurrences(of: "2024", with: "2025").utf8).write(to: URL(fileURLWithPath: campaign))
        let count = try Self.list(sandbox).count
        let done = try sandbox.ok(["rollover", "--year", "2025"])
        #expect(done.stdout.contains("\(count) 家企业转入新年度"))
        #expect(try Self.list(sandbox).allSatisfy { $0["stage"] as? String == "listed" })
    }

    @Test("running the rollover again after the new year began carries nobody listed in it, and check stays clean")
    func againAfterNewListings() throws {
        let sandbox = try Self.demoStore()
        try sandbox.ok(["rollover", "--year", "2025"])
        let code = CreditCodes.make(9001)
        try sandbox.add(code: code, name: "二〇二五年新列入公司", env: ["ANXIN_OFFICE": "清苑区"])
        let again = try sandbox.ok(["rollover", "--year", "2025"])
        #expect(again.stdout.contains("0 家企业转入新年度"))
        let log = try sandbox.ok(["log", code, "--format", "json"])
        #expect(!log.stdout.contains("\"carried\""), "the enterprise listed in 2025 was not carried")
        let check = try sandbox.anxin(["check"])
        #expect(check.status == 0, "\(check)")
        #expect(!check.stderr.contains("warning") && !check.stdout.contains("warning"), "\(check)")
    }
}

