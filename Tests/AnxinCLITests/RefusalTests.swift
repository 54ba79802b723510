import Foundation
import Testing

/// Refused by a rule: exit 1, the message says why and what to do, and nothing is written.
@Suite("Refusals exit 1 with the reason")
struct RefusalTests {
    static let city = ["ANXIN_OFFICE": "市安委办", "ANXIN_ACTOR": "周建华"]

    /// Ticks every normalized criterion met (N05 without --level: all four levels).
    static func tickAll(_ sandbox: Sandbox, _ code: String, env: [String: String]) throws {
        for id in (1...12).map({ String(format: "N%02d", $0) }) {
            try sandbox.ok(["tick", code, id, "met", "--note", "符合"], env: env)
        }
    }

    @Test("a county office accepting a 市直 enterprise is refused; the city office may")
    func countyAcceptsMunicipal() throws {
        let sandbox = try Sandbox.store(name: "周建华", office: "市安委办")
        let code = CreditCodes.make(101)
        try sandbox.add(code: code, name: "保定市建工集团第三工程公司", industry: "建筑", level: "市直", dept: "市住建局")
        try Self.tickAll(sandbox, code, env: [:])
        try sandbox.ok(["step", code, "commit"])
        try sandbox.ok(["step", code, "plan", "--ref", "市住建帮〔2024〕2号", "--expert", "孙工"])
        try sandbox.ok(["step", code, "start"])
        try sandbox.ok(["step", code, "apply"])

        let before = sandbox.journalBytes()
        let refused = try sandbox.anxin(["step", code, "accept"], env: ["ANXIN_OFFICE": "清苑区", "ANXIN_ACTOR": "张伟"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("清苑区无权"), "\(refused)")
        #expect(refused.stderr.contains("有权的单位：市安委办"), "\(refused)")
        #expect(!refused.stderr.contains("Fatal error"))
        #expect(sandbox.journalBytes() == before, "a refused step writes nothing")

        let accepted = try sandbox.anxin(["step", code, "accept"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try sandbox.card(code)["stage"] as? String == "accepted")
    }

    @Test("apply with unchecked or unmet criteria is refused, listing exactly the blocking ids")
    func applyBlocked() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(102)
        try sandbox.add(code: code, name: "清苑区宏远纺织有限公司", industry: "纺织")
        try sandbox.ok(["tick", code, "N01", "met"])
        try sandbox.ok(["tick", code, "N02", "met"])
        try sandbox.ok(["tick", code, "N03", "unmet", "--note", "操作规程缺失"])
        try sandbox.ok(["tick", code, "N07", "na", "--note", "无重大危险源"])
        try sandbox.ok(["tick", code, "N05", "met", "--level", "厂级"])
        try sandbox.ok(["step", code, "commit"])
        try sandbox.ok(["step", code, "plan", "--ref", "清安帮〔2024〕9号", "--expert", "王建国"])
        try sandbox.ok(["step", code, "start"])

        let before = sandbox.journalBytes()
        let refused = try sandbox.anxin(["step", code, "apply"])
        #expect(refused.status == 1, "\(refused)")
        let blocking = ["N03", "N04", "N05", "N06", "N08", "N09", "N10", "N11", "N12"]
        #expect(refused.stderr.contains(blocking.joined(separator: "、")), "\(refused)")
        for id in ["N01", "N02", "N07"] { #expect(!refused.stderr.contains(id), "\(id) is not blocking\n\(refused)") }
        #expect(refused.stderr.contains("申请验收"), "says what to do\n\(refused)")
        #expect(sandbox.journalBytes() == before)
        #expect(try sandbox.card(code)["stage"] as? String == "in-progress")
    }

    @Test("an invalid credit code in add is a usage error (exit 2); a valid code not listed in tick is refused (exit 1)")
    func creditCodes() throws {
        let sandbox = try Sandbox.store()
        let good = CreditCodes.make(103)
        let bad = CreditCodes.corrupt(good)
        let invalid = try sandbox.anxin(["add", "--code", bad, "--name", "校验位错误公司", "--jurisdiction", "清苑区",
                                         "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李"])
        #expect(invalid.status == 2, "\(invalid)")
        #expect(invalid.stderr.contains("--code") && invalid.stderr.contains(bad), "\(invalid)")
        #expect(invalid.stderr.contains("校验位应为“\(good.last!)”"), "names the right check character\n\(invalid)")
        let short = try sandbox.anxin(["add", "--code", "91130608", "--name", "短代码公司", "--jurisdiction", "清苑区",
                                       "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李"])
        #expect(short.status == 2 && short.stderr.contains("18"), "\(short)")
        #expect(sandbox.journalBytes().isEmpty)

        let notListed = try sandbox.anxin(["tick", good, "N01", "met"])
        #expect(notListed.status == 1, "\(notListed)")
        #expect(notListed.stderr.contains(good) && notListed.stderr.contains("anxin add"), "\(notListed)")
    }

    @Test("an unknown criterion is refused with the enterprise's criteria; a level on a criterion without levels too")
    func unknownCriterion() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(104)
        try sandbox.add(code: code, name: "清苑区顺达仓储物流有限公司", industry: "仓储物流")
        let unknown = try sandbox.anxin(["tick", code, "N99", "met"])
        #expect(unknown.status == 1, "\(unknown)")
        #expect(unknown.stderr.contains("N99") && unknown.stderr.contains("N01、N02"), "\(unknown)")
        let otherTier = try sandbox.anxin(["tick", code, "S01", "met"])
        #expect(otherTier.status == 1 && otherTier.stderr.contains("S01"), "\(otherTier)")
        let level = try sandbox.anxin(["tick", code, "N01", "met", "--level", "厂级"])
        #expect(level.status == 1 && level.stderr.contains("--level"), "\(level)")
        #expect(sandbox.journalText().split(separator: "\n").count == 1, "only the listing was written")
    }

    @Test("blacklisting for an 一般 accident is refused (较大 or worse is needed); 较大 is recorded")
    func blacklistMinorAccident() throws {
        let sandbox = try Sandbox.store(name: "周建华", office: "市安委办")
        let code = CreditCodes.make(105)
        try sandbox.add(code: code, name: "清苑区永安化工有限公司", industry: "危险化学品")
        let before = sandbox.journalBytes()
        let minor = try sandbox.anxin(["mark", code, "blacklist", "--reason", "2024年6月发生一般事故1起", "--cause", "accident",
                                       "--accident-grade", "一般", "--date", Days.string(Date())])
        #expect(minor.status == 1, "\(minor)")
        #expect(minor.stderr.contains("一般") && minor.stderr.contains("较大"), "\(minor)")
        #expect(sandbox.journalBytes() == before)
        let noGrade = try sandbox.anxin(["mark", code, "blacklist", "--reason", "发生事故", "--cause", "accident"])
        #expect(noGrade.status == 1 && noGrade.stderr.contains("--accident-grade"), "\(noGrade)")
        let county = try sandbox.anxin(["mark", code, "blacklist", "--reason", "较大事故", "--cause", "accident",
                                        "--accident-grade", "较大"], env: ["ANXIN_OFFICE": "清苑区"])
        #expect(county.status == 1 && county.stderr.contains("市安委办"), "only the city office blacklists\n\(county)")
        #expect(sandbox.journalBytes() == before)

        let larger = try sandbox.anxin(["mark", code, "blacklist", "--reason", "较大事故，死亡3人", "--cause", "accident",
                                        "--accident-grade", "较大"])
        #expect(larger.status == 0, "\(larger)")
        let marks = try #require(try sandbox.card(code)["marks"] as? [[String: Any]])
        #expect(marks.map { $0["mark"] as? String } == ["blacklist"])
    }

    @Test("a step out of order, a plan without expert, and a note that is empty are refused, and say what is needed")
    func otherGuards() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(106)
        try sandbox.add(code: code, name: "清苑区金泰汽车配件有限公司", industry: "汽车及零部件")
        let early = try sandbox.anxin(["step", code, "apply"])
        #expect(early.status == 1 && early.stderr.contains("列入名单"), "\(early)")
        try sandbox.ok(["step", code, "commit"])
        let plan = try sandbox.anxin(["step", code, "plan", "--ref", "清安帮〔2024〕5号"])
        #expect(plan.status == 1 && plan.stderr.contains("--expert"), "\(plan)")
        let note = try sandbox.anxin(["note", code, "   "])
        #expect(note.status == 1, "\(note)")
        let removal = try sandbox.anxin(["remove", code, "--reason", ""])
        #expect(removal.status == 1 && removal.stderr.contains("--reason"), "\(removal)")
        let unknownOffice = try sandbox.anxin(["whoami", "--office", "火星办"])
        #expect(unknownOffice.status == 1 && unknownOffice.stderr.contains("清苑区"), "\(unknownOffice)")
        let again = try sandbox.anxin(["add", "--code", code, "--name", "重复", "--jurisdiction", "清苑区", "--industry", "机械",
                                       "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李"])
        #expect(again.status == 1 && again.stderr.contains("anxin edit"), "\(again)")
        let exists = try sandbox.bare(["init", sandbox.data, "--city", "保定市", "--year", "2024"])
        #expect(exists.status == 1, "init over an existing store\n\(exists)")
    }
}
