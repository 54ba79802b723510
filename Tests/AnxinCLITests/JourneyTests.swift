import Foundation
import Testing

/// An inspector's whole day on a fresh store, through the real binary.
@Suite("An inspector's journey (end to end)")
struct JourneyTests {
    static let notes: [String: String] = [
        "N01": "营业执照、安全生产许可证齐全有效，主要负责人签订安全承诺",
        "N02": "设安全管理部，专职安全员3名，持证",
        "N03": "三项制度齐全，操作规程张贴上墙",
        "N04": "现场抽查两个车间，未见违章作业",
        "N06": "三级安全教育记录完整，特种作业人员持证率100%",
        "N07": "无重大危险源，已书面说明",
        "N08": "职业病危害因素检测报告在有效期内",
        "N09": "起重设备年检合格，维保记录完整",
        "N10": "应急预案已备案，今年5月组织演练",
        "N11": "安全费用按规定提取，台账清楚",
        "N12": "近一年执法检查均积极配合，整改到位",
    ]
    static let levelNotes: [(level: String, token: String, note: String)] = [
        ("厂级", "plant", "厂级每月综合排查，有记录"),
        ("车间", "workshop", "车间每周排查，隐患已闭环"),
        ("班组", "team", "班组班前检查落实"),
        ("岗位", "post", "岗位点检表填写规范"),
    ]

    @Test("init → whoami → add → tick all 12 → commit/plan/start/apply → accept by the right office; show, list, log agree")
    func wholeJourney() throws {
        let sandbox = try Sandbox()
        let created = try sandbox.bare(["init", sandbox.data, "--city", "保定市", "--year", "2024"])
        #expect(created.status == 0, "\(created)")
        #expect(created.stdout.contains("保定市") && created.stdout.contains("2024"), "\(created)")

        // whoami sets name and office, and says so.
        let whoami = try sandbox.ok(["whoami", "--name", "张伟", "--office", "清苑区"])
        #expect(whoami.stdout.contains("张伟") && whoami.stdout.contains("清苑区"), "\(whoami)")
        let identity = try #require(try sandbox.ok(["whoami", "--format", "json"]).json() as? [String: Any])
        #expect(identity["name"] as? String == "张伟")
        #expect(identity["office"] as? String == "清苑区")

        // A 规范化 属地 enterprise in 清苑区 (and a second one, so the roster has two).
        let code = CreditCodes.make(1)
        let name = "保定市清苑区恒达机械制造有限公司"
        let added = try sandbox.ok(["add", "--code", code, "--name", name, "--jurisdiction", "清苑区", "--industry", "机械",
                                    "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李强",
                                    "--phone", "0312-7654321", "--address", "清苑区工业园区纬一路8号"])
        #expect(added.stdout.contains(name) && added.stdout.contains(code), "\(added)")
        let other = CreditCodes.make(2)
        try sandbox.add(code: other, name: "保定市清苑区鑫源食品有限公司", industry: "食品加工", tier: "问题型")

        var card = try sandbox.card(code)
        #expect(card["stage"] as? String == "listed")
        let listedDay = try #require(card["stage_since"] as? String)

        // Tick every criterion met with a Chinese note; N05 level by level.
        for id in Self.notes.keys.sorted() {
            try sandbox.ok(["tick", code, id, "met", "--note", Self.notes[id]!])
        }
        var lastTick: RunResult?
        for entry in Self.levelNotes {
            lastTick = try sandbox.ok(["tick", code, "N05", "met", "--level", entry.level, "--note", entry.note])
        }
        #expect(lastTick?.stdout.contains("12/12") == true, "\(String(describing: lastTick))")

        // The steps, each with its own 2024 date: typed in later than they happened, as inspectors do.
        #expect(!listedDay.isEmpty)
        let day = { (offset: Int) in ["2024-04-10", "2024-04-25", "2024-05-08", "2024-07-20", "2024-08-15"][offset] }
        try sandbox.ok(["step", code, "commit", "--date", day(0)])
        try sandbox.ok(["step", code, "plan", "--date", day(1), "--ref", "清安帮〔2024〕12号", "--expert", "王建国", "--expert", "刘芳"])
        try sandbox.ok(["step", code, "start", "--date", day(2)])
        let applied = try sandbox.ok(["step", code, "apply", "--date", day(3)])
        #expect(applied.stdout.contains("申请验收"), "\(applied)")

        // The city office may not accept a 属地 enterprise; the message names who may. Nothing is written.
        let before = sandbox.journalBytes()
        let refused = try sandbox.anxin(["step", code, "accept", "--date", day(4), "--ref", "市验〔2024〕1号"],
                                        env: ["ANXIN_OFFICE": "市安委办"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("市安委办") && refused.stderr.contains("有权的单位：清苑区"), "\(refused)")
        #expect(sandbox.journalBytes() == before)

        // 清苑区's office accepts it.
        let accepted = try sandbox.ok(["step", code, "accept", "--date", day(4), "--ref", "清验〔2024〕3号"],
                                      env: ["ANXIN_OFFICE": "清苑区", "ANXIN_ACTOR": "赵敏"])
        #expect(accepted.stdout.contains("验收合格"), "\(accepted)")

        // show (text): stage, progress 12/12, notes.
        let shown = try sandbox.ok(["show", code])
        #expect(shown.stdout.contains(name))
        #expect(shown.stdout.contains("阶段：验收合格"), "\(shown)")
        #expect(shown.stdout.contains("检查表 12/12"), "\(shown)")
        for note in Self.notes.values { #expect(shown.stdout.contains(note), "missing note \(note)\n\(shown)") }
        for entry in Self.levelNotes { #expect(shown.stdout.contains(entry.note), "missing note \(entry.note)") }

        // show --format json: the same, as data.
        card = try sandbox.card(code)
        #expect(card["code"] as? String == code)
        #expect(card["name"] as? String == name)
        #expect(card["stage"] as? String == "accepted")
        #expect(card["stage_since"] as? String == day(4))
        #expect(card["phone"] as? String == "0312-7654321")
        let progress = try #require(card["progress"] as? [String: Any])
        #expect(progress["met"] as? Int == 12)
        #expect(progress["applicable"] as? Int == 12)
        #expect(progress["unchecked"] as? Int == 0)
        let checklist = try #require(card["checklist"] as? [[String: Any]])
        #expect(checklist.map { $0["id"] as? String } == (1...12).map { String(format: "N%02d", $0) })
        for item in checklist {
            let id = item["id"] as! String
            #expect(item["verdict"] as? String == "met", "\(id)")
            if id == "N05" {
                let levels = try #require(item["levels"] as? [[String: Any]])
                #expect(levels.map { $0["level"] as? String } == Self.levelNotes.map(\.token))
                #expect(levels.map { $0["note"] as? String } == Self.levelNotes.map(\.note))
                #expect(levels.allSatisfy { $0["verdict"] as? String == "met" && $0["actor"] as? String == "张伟" })
            } else {
                #expect(item["note"] as? String == Self.notes[id], "\(id)")
                #expect(item["actor"] as? String == "张伟" && item["office"] as? String == "清苑区", "\(id)")
            }
        }
        let steps = try #require(card["steps"] as? [[String: Any]])
        #expect(steps.map { $0["action"] as? String } == ["commit", "plan", "start", "apply", "accept"])
        #expect(steps.map { $0["date"] as? String } == (0...4).map(day))
        #expect(steps[1]["ref"] as? String == "清安帮〔2024〕12号")
        #expect(steps[1]["experts"] as? [String] == ["王建国", "刘芳"])
        #expect(steps[4]["office"] as? String == "清苑区" && steps[4]["actor"] as? String == "赵敏")

        // list --format json: an array, one object per enterprise, with the documented keys.
        let listed = try #require(try sandbox.ok(["list", "--format", "json"]).json() as? [[String: Any]])
        #expect(listed.count == 2)
        #expect(Set(listed.compactMap { $0["code"] as? String }) == [code, other])
        let keys: Set<String> = ["code", "name", "jurisdiction", "industry", "tier", "supervision", "department", "person",
                                 "phone", "address", "stage", "stage_since", "removed", "progress", "next_step", "overdue", "marks"]
        for object in listed { #expect(Set(object.keys) == keys) }
        let row = try #require(listed.first { $0["code"] as? String == code })
        #expect(row["tier"] as? String == "normalized" && row["supervision"] as? String == "local")
        #expect(row["stage"] as? String == "accepted")
        #expect((row["progress"] as? [String: Any])?["met"] as? Int == 12)
        #expect((row["next_step"] as? [String: Any])?["action"] as? String == "publicize")

        // list --format csv: a header and one row per enterprise.
        let csv = CSVReader.parse(try sandbox.ok(["list", "--format", "csv"]).stdout)
        let header = ["code", "name", "jurisdiction", "industry", "tier", "supervision", "department", "person", "phone",
                      "address", "stage", "met", "applicable", "next_step", "due", "overdue", "marks"]
        #expect(csv.first == header)
        #expect(csv.count == 3)
        for line in csv.dropFirst() { #expect(line.count == header.count, "\(line)") }
        let csvRow = try #require(csv.first { $0.first == code })
        let field = { (key: String) in csvRow[header.firstIndex(of: key)!] }
        #expect(field("name") == name && field("stage") == "accepted" && field("met") == "12" && field("applicable") == "12")
        #expect(field("address") == "清苑区工业园区纬一路8号")

        // log CODE: every event of this enterprise, in the order recorded; the refused accept is not there.
        let log = try sandbox.ok(["log", code]).stdoutLines
        #expect(log.count == 1 + 15 + 5, "\(log.joined(separator: "\n"))")
        let milestones = ["列入名单", "签订承诺书", "制定方案", "开始实施", "申请验收", "验收合格"]
        let positions = milestones.map { word in log.firstIndex { $0.contains(word) } }
        #expect(positions.allSatisfy { $0 != nil }, "\(log.joined(separator: "\n"))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(log.allSatisfy { !$0.contains("鑫源食品") })
        let ticked = log.filter { $0.contains("评定") }
        #expect(ticked.count == 15)
        #expect(log.contains { $0.contains("王建国") && $0.contains("清安帮〔2024〕12号") })
        #expect(log.last?.contains("赵敏") == true && log.last?.contains("清验〔2024〕3号") == true)

        let events = try #require(try sandbox.ok(["log", code, "--format", "json"]).json() as? [[String: Any]])
        #expect(events.map { $0["type"] as? String } == ["listed"] + Array(repeating: "ticked", count: 15) + Array(repeating: "step", count: 5))
        #expect(events.allSatisfy { $0["enterprise"] as? String == code })

        // The store is clean.
        let check = try sandbox.anxin(["check"])
        #expect(check.status == 0, "\(check)")
    }

    @Test("ANXIN_DATA and ./data are the default data directory; --data wins")
    func dataDirectoryDefaults() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(11)
        try sandbox.add(code: code, name: "默认目录测试公司")
        // $ANXIN_DATA
        let viaEnvironment = try sandbox.bare(["list", "--format", "csv"], env: ["ANXIN_DATA": sandbox.data])
        #expect(viaEnvironment.status == 0 && viaEnvironment.stdout.contains(code), "\(viaEnvironment)")
        // ./data in the working directory
        let viaDirectory = try sandbox.bare(["list", "--format", "csv"], directory: sandbox.root)
        #expect(viaDirectory.status == 0 && viaDirectory.stdout.contains(code), "\(viaDirectory)")
        // --data beats $ANXIN_DATA
        let missing = try sandbox.bare(["list", "--data", sandbox.root + "/nowhere"], env: ["ANXIN_DATA": sandbox.data])
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("nowhere") && missing.stderr.contains("anxin init"), "\(missing)")
    }

    @Test("ANXIN_ACTOR and ANXIN_OFFICE override the identity for one run, and are recorded in the event")
    func environmentIdentity() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(12)
        try sandbox.add(code: code, name: "身份覆盖测试公司")
        try sandbox.ok(["note", code, "市里来人抽查"], env: ["ANXIN_ACTOR": "周局长", "ANXIN_OFFICE": "市安委办"])
        let whoami = try #require(try sandbox.ok(["whoami", "--format", "json"], env: ["ANXIN_ACTOR": "周局长"]).json() as? [String: Any])
        #expect(whoami["name"] as? String == "周局长" && whoami["office"] as? String == "清苑区")
        let events = try #require(try sandbox.ok(["log", code, "--format", "json"]).json() as? [[String: Any]])
        #expect(events.last?["actor"] as? String == "周局长")
        #expect(events.last?["office"] as? String == "市安委办")
        #expect(events.first?["actor"] as? String == "张伟")

        // No identity at all: a clear refusal, not a crash.
        let fresh = try Sandbox()
        try #require(try fresh.bare(["init", fresh.data, "--city", "保定市", "--year", "2024"]).status == 0)
        let anonymous = try fresh.anxin(["add", "--code", code, "--name", "无名公司", "--jurisdiction", "清苑区", "--industry", "机械",
                                         "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李"])
        #expect(anonymous.status == 1, "\(anonymous)")
        #expect(anonymous.stderr.contains("whoami"), "\(anonymous)")
    }
}

/// The campaign of a past year is often typed in afterwards: the letter was signed on 2024-04-10, the inspector
/// records it later. The listing itself has no date option (`add` stamps the wall clock), so every dated step
/// must be judged against the campaign, not against the day someone typed the listing in.
@Suite("Dated steps of the campaign year")
struct BackdatingTests {
    @Test("a 2024 campaign records a commitment dated 2024-04-10 even when the listing was typed in later")
    func stepDatedInCampaignYear() throws {
        let sandbox = try Sandbox.store(year: 2024)
        let code = CreditCodes.make(21)
        try sandbox.add(code: code, name: "补录承诺书测试公司")
        let commit = try sandbox.anxin(["step", code, "commit", "--date", "2024-04-10"])
        #expect(commit.status == 0, "\(commit)")
        let plan = try sandbox.anxin(["step", code, "plan", "--date", "2024-04-25", "--ref", "清安帮〔2024〕7号", "--expert", "王建国"])
        #expect(plan.status == 0, "\(plan)")
        // Recorded on time, the enterprise is not overdue on 2024-05-01 for the steps it took.
        let card = try sandbox.card(code, ["--today", "2024-05-01"])
        #expect(card["stage"] as? String == "planned")
        #expect(card["overdue"] as? Bool == false)
    }

    @Test("in a store with a frozen today (the demo store), an enterprise added by the CLI can take its first step")
    func frozenToday() throws {
        let sandbox = try Sandbox.store(year: 2024)
        let campaign = sandbox.data + "/campaign.yaml"
        let text = try String(contentsOfFile: campaign, encoding: .utf8)
        try Data((text + "frozen_today: 2024-09-15\n").utf8).write(to: URL(fileURLWithPath: campaign))
        #expect(try sandbox.anxin(["check"]).status == 0)
        let code = CreditCodes.make(22)
        try sandbox.add(code: code, name: "演示库新增测试公司")
        // No --date: the step takes the store's today, 2024-09-15.
        let commit = try sandbox.anxin(["step", code, "commit"])
        #expect(commit.status == 0, "\(commit)")
    }
}
