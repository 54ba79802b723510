import Foundation
import Testing

/// The other lifecycles and marks, through the binary: problem enterprises, spot checks, demonstration sites,
/// the blacklist term, edits.
@Suite("Lifecycles and marks")
struct LifecycleTests {
    static let city = ["ANXIN_OFFICE": "市安委办", "ANXIN_ACTOR": "周建华"]
    static let county = ["ANXIN_OFFICE": "清苑区", "ANXIN_ACTOR": "张伟"]
    static var today: String { Days.string(Date()) }

    @Test("a problem enterprise: letter with a deadline → plan → rectify → apply → reject (with reasons) → close → announce")
    func problemEnterprise() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(701)
        try sandbox.add(code: code, name: "清苑区鑫源食品有限公司", industry: "食品加工", tier: "问题型")
        let noDeadline = try sandbox.anxin(["step", code, "commit"])
        #expect(noDeadline.status == 1 && noDeadline.stderr.contains("--deadline"), "\(noDeadline)")
        let sameDay = try sandbox.anxin(["step", code, "commit", "--deadline", Self.today])
        #expect(sameDay.status == 1, "the deadline must come after the letter\n\(sameDay)")
        try sandbox.ok(["step", code, "commit", "--deadline", Days.adding(60, to: Self.today)])
        try sandbox.ok(["step", code, "plan", "--ref", "清整〔2024〕4号", "--expert", "刘芳"])
        try sandbox.ok(["step", code, "start"])
        #expect(try sandbox.card(code)["stage"] as? String == "in-progress")
        #expect(try sandbox.ok(["show", code]).stdout.contains("整治中"), "a problem enterprise is 整治中, not 帮扶中")
        for id in ["P01", "P02", "P03", "P04", "P05"] { try sandbox.ok(["tick", code, id, "met"]) }
        try sandbox.ok(["step", code, "apply"])
        let noReason = try sandbox.anxin(["step", code, "reject"])
        #expect(noReason.status == 1 && noReason.stderr.contains("--note"), "\(noReason)")
        try sandbox.ok(["step", code, "reject", "--note", "消防通道仍被占用"])
        #expect(try sandbox.card(code)["stage"] as? String == "in-progress")
        try sandbox.ok(["step", code, "apply"])
        let accept = try sandbox.anxin(["step", code, "accept"])
        #expect(accept.status == 1, "problem enterprises are closed, not accepted\n\(accept)")
        try sandbox.ok(["step", code, "close", "--ref", "清销〔2024〕1号"])
        let countyAnnounce = try sandbox.anxin(["step", code, "announce"])
        #expect(countyAnnounce.status == 1 && countyAnnounce.stderr.contains("市安委办"), "\(countyAnnounce)")
        try sandbox.ok(["step", code, "announce"], env: Self.city)
        let card = try sandbox.card(code)
        #expect(card["stage"] as? String == "announced")
        let steps = try #require(card["steps"] as? [[String: Any]])
        #expect(steps.map { $0["action"] as? String } == ["commit", "plan", "start", "apply", "reject", "apply", "close", "announce"])
        #expect(steps[4]["note"] as? String == "消防通道仍被占用")
    }

    @Test("a city spot check overturns a county acceptance; a county cannot; publicize and award are the city's")
    func spotCheck() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(702)
        try sandbox.add(code: code, name: "清苑区宏达机械有限公司")
        for id in (1...12).map({ String(format: "N%02d", $0) }) { try sandbox.ok(["tick", code, id, "met"]) }
        for step in [["commit"], ["plan", "--ref", "清安帮〔2024〕20号", "--expert", "王建国"], ["start"], ["apply"], ["accept"]] {
            try sandbox.ok(["step", code] + step)
        }
        let county = try sandbox.anxin(["step", code, "reject", "--note", "复核不合格"])
        #expect(county.status == 1 && county.stderr.contains("市安委办"), "\(county)")
        let award = try sandbox.anxin(["step", code, "publicize"])
        #expect(award.status == 1 && award.stderr.contains("市安委办"), "\(award)")
        try sandbox.ok(["step", code, "reject", "--note", "抽查发现应急预案未演练"], env: Self.city)
        #expect(try sandbox.card(code)["stage"] as? String == "in-progress")
        try sandbox.ok(["step", code, "apply"])
        try sandbox.ok(["step", code, "accept"])
        try sandbox.ok(["step", code, "publicize"], env: Self.city)
        try sandbox.ok(["step", code, "award"], env: Self.city)
        #expect(try sandbox.card(code)["stage"] as? String == "awarded")
        // A fatal accident revokes the title.
        let revoke = try sandbox.anxin(["mark", code, "revoke", "--reason", "发生亡人事故1起", "--cause", "fatal-accident"], env: Self.city)
        #expect(revoke.status == 0, "\(revoke)")
        #expect(try ListAndLanguageTests.codes(sandbox, ["--mark", "revoke"]) == [code])
    }

    @Test("one demonstration site per sector; a second in the same sector is refused and names the first")
    func demonstrationSites() throws {
        let sandbox = try Sandbox.store(name: "周建华", office: "市安委办")
        let first = CreditCodes.make(703), second = CreditCodes.make(704), other = CreditCodes.make(705)
        try sandbox.add(code: first, name: "清苑区永安化工有限公司", industry: "危险化学品")
        try sandbox.add(code: second, name: "竞秀区烟花批发有限公司", jurisdiction: "竞秀区", industry: "烟花爆竹（生产、批发）")
        try sandbox.add(code: other, name: "清苑区建工有限公司", industry: "建筑")
        try sandbox.ok(["mark", first, "demo", "--reason", "危化品示范"])
        let taken = try sandbox.anxin(["mark", second, "demo", "--reason", "同领域第二家"])
        #expect(taken.status == 1 && taken.stderr.contains("危险化学品") && taken.stderr.contains("清苑区永安化工有限公司"), "\(taken)")
        try sandbox.ok(["mark", other, "demo", "--reason", "建筑施工示范"])
        #expect(Set(try ListAndLanguageTests.codes(sandbox, ["--mark", "demo"])) == [first, other])
    }

    @Test("the blacklist term: removal before 12 months is refused, also when the removal is dated in the future")
    func blacklistTerm() throws {
        let sandbox = try Sandbox.store(name: "周建华", office: "市安委办")
        let code = CreditCodes.make(706)
        try sandbox.add(code: code, name: "清苑区抗拒检查有限公司", industry: "冶炼")
        try sandbox.ok(["mark", code, "blacklist", "--reason", "拒绝执法人员进入", "--cause", "resisting"])
        let early = try sandbox.anxin(["mark", code, "blacklist", "--remove", "--reason", "已整改"])
        #expect(early.status == 1 && early.stderr.contains("12"), "\(early)")
        // A removal dated 400 days ahead must not let anyone lift the blacklist today.
        let future = Days.adding(400, to: Self.today)
        let dodge = try sandbox.anxin(["mark", code, "blacklist", "--remove", "--reason", "已整改", "--date", future])
        #expect(dodge.status == 1, "a removal dated \(future) (in the future) lifted the blacklist today\n\(dodge)")
        #expect(try ListAndLanguageTests.codes(sandbox, ["--mark", "blacklist"]) == [code], "still blacklisted")
    }

    @Test("edit changes roster fields and clears the phone; the tier is fixed after the commitment")
    func edit() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(707)
        try sandbox.ok(["add", "--code", code, "--name", "清苑区旧名有限公司", "--jurisdiction", "清苑区", "--industry", "机械",
                        "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李强", "--phone", "0312-1111111"])
        let nothing = try sandbox.anxin(["edit", code])
        #expect(nothing.status == 1 && nothing.stderr.contains("--name"), "\(nothing)")
        try sandbox.ok(["edit", code, "--name", "清苑区新名有限公司", "--phone", "", "--person", "王磊"])
        var card = try sandbox.card(code)
        #expect(card["name"] as? String == "清苑区新名有限公司")
        #expect(card["phone"] is NSNull, "an empty --phone clears it")
        #expect(card["person"] as? String == "王磊")
        let badJurisdiction = try sandbox.anxin(["edit", code, "--jurisdiction", "火星区"])
        #expect(badJurisdiction.status == 1 && badJurisdiction.stderr.contains("火星区"), "\(badJurisdiction)")
        try sandbox.ok(["edit", "新名", "--tier", "问题型"])
        try sandbox.ok(["step", code, "commit", "--deadline", Days.adding(30, to: Self.today)])
        let tier = try sandbox.anxin(["edit", code, "--tier", "规范化"])
        #expect(tier.status == 1 && tier.stderr.contains("类别"), "\(tier)")
        card = try sandbox.card(code)
        #expect(card["tier"] as? String == "problem")
        // remove, then the enterprise is gone from the roster but its history stays.
        try sandbox.ok(["remove", code, "--reason", "企业搬迁出本市"])
        #expect(try ListAndLanguageTests.codes(sandbox, []).isEmpty)
        let after = try sandbox.anxin(["tick", code, "P01", "met"])
        #expect(after.status == 1 && after.stderr.contains("企业搬迁出本市"), "\(after)")
        #expect(try sandbox.ok(["log", code]).stdoutLines.count == 5)
    }
}
