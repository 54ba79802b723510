import Foundation
import Testing

@Suite("Languages, --today and list filters")
struct ListAndLanguageTests {
    struct Roster {
        let sandbox: Sandbox
        let committed: String   // A: 清苑区 规范化 机械, committed
        let standard: String    // B: 竞秀区 标准化 危险化学品, listed
        let problem: String     // C: 清苑区 问题型 食品加工, listed, key supervision
        let municipal: String   // D: 徐水区 规范化 市直 建筑 (市住建局), listed
        let removed: String     // E: 满城区, removed
        var all: [String] { [committed, standard, problem, municipal] }
    }

    /// Five enterprises, recorded by the city office (which may act on all of them).
    static func roster() throws -> Roster {
        let sandbox = try Sandbox.store(name: "周建华", office: "市安委办")
        let roster = Roster(sandbox: sandbox, committed: CreditCodes.make(501), standard: CreditCodes.make(502),
                            problem: CreditCodes.make(503), municipal: CreditCodes.make(504), removed: CreditCodes.make(505))
        try sandbox.add(code: roster.committed, name: "清苑区恒达机械有限公司", jurisdiction: "清苑区", industry: "机械")
        try sandbox.add(code: roster.standard, name: "竞秀区华北石化有限公司", jurisdiction: "竞秀区", industry: "危险化学品", tier: "标准化")
        try sandbox.add(code: roster.problem, name: "清苑区鑫源食品有限公司", jurisdiction: "清苑区", industry: "食品加工", tier: "问题型")
        try sandbox.add(code: roster.municipal, name: "保定市建工集团徐水项目部", jurisdiction: "徐水区", industry: "建筑",
                        level: "市直", dept: "市住建局")
        try sandbox.add(code: roster.removed, name: "满城区已关闭造纸厂", jurisdiction: "满城区", industry: "造纸印刷")
        try sandbox.ok(["step", roster.committed, "commit"])
        try sandbox.ok(["mark", roster.problem, "supervise", "--reason", "隐患较多，管理混乱"])
        try sandbox.ok(["remove", roster.removed, "--reason", "企业已关闭"])
        return roster
    }

    /// The codes `list ARGS --format json` returns, in order.
    static func codes(_ sandbox: Sandbox, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let result = try sandbox.anxin(["list"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        let rows = try #require(try result.json() as? [[String: Any]], "\(result)", sourceLocation: sourceLocation)
        return rows.compactMap { $0["code"] as? String }
    }

    @Test("list filters: --jurisdiction (repeatable), --tier, --stage, --mark, --search, --level, --include-removed")
    func filters() throws {
        let r = try Self.roster()
        let s = r.sandbox
        #expect(Set(try Self.codes(s, [])) == Set(r.all), "removed enterprises are hidden")
        #expect(Set(try Self.codes(s, ["--include-removed"])) == Set(r.all + [r.removed]))
        #expect(Set(try Self.codes(s, ["--jurisdiction", "清苑区"])) == [r.committed, r.problem])
        #expect(Set(try Self.codes(s, ["--jurisdiction", "清苑区", "--jurisdiction", "徐水区"])) == [r.committed, r.problem, r.municipal])
        #expect(try Self.codes(s, ["--tier", "problem"]) == [r.problem])
        #expect(try Self.codes(s, ["--tier", "标准化"]) == [r.standard])
        #expect(Set(try Self.codes(s, ["--tier", "规范化"])) == [r.committed, r.municipal])
        #expect(try Self.codes(s, ["--stage", "committed"]) == [r.committed])
        #expect(Set(try Self.codes(s, ["--stage", "listed"])) == [r.standard, r.problem, r.municipal])
        #expect(try Self.codes(s, ["--mark", "supervise"]) == [r.problem])
        #expect(try Self.codes(s, ["--mark", "重点监管"]) == [r.problem])
        #expect(try Self.codes(s, ["--mark", "blacklist"]).isEmpty)
        #expect(try Self.codes(s, ["--search", "食品"]) == [r.problem])
        #expect(try Self.codes(s, ["--search", String(r.municipal.suffix(5)).lowercased()]) == [r.municipal])
        #expect(try Self.codes(s, ["--level", "市直"]) == [r.municipal])
        #expect(try Self.codes(s, ["--jurisdiction", "清苑区", "--tier", "问题型"]) == [r.problem], "different options all apply")
        #expect(try Self.codes(s, ["--search", "不存在的名字"]).isEmpty)

        // The table says how many are shown.
        let table = try s.ok(["list", "--jurisdiction", "清苑区"])
        #expect(table.stdout.contains("共 2 家（名单内 4 家）"), "\(table)")
        let csv = CSVReader.parse(try s.ok(["list", "--mark", "supervise", "--format", "csv"]).stdout)
        #expect(csv.count == 2 && csv[1].last == "supervise", "\(csv)")
    }

    @Test("list --sort name|code|stage|jurisdiction|due, and --desc")
    func sorting() throws {
        let r = try Self.roster()
        let s = r.sandbox
        let rows = try #require(try s.ok(["list", "--format", "json"]).json() as? [[String: Any]])
        let names = Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as! String, $0["name"] as! String) })
        let byName = r.all.sorted { names[$0]! < names[$1]! }
        #expect(try Self.codes(s, []) == byName, "name is the default sort")
        #expect(try Self.codes(s, ["--sort", "name"]) == byName)
        #expect(try Self.codes(s, ["--sort", "code"]) == r.all.sorted())
        #expect(try Self.codes(s, ["--sort", "code", "--desc"]) == r.all.sorted().reversed())
        let byStage = try Self.codes(s, ["--sort", "stage"])
        #expect(byStage.last == r.committed, "committed ranks after listed")
        #expect(Array(byStage.dropLast()) == [r.standard, r.problem, r.municipal].sorted(), "ties fall back to the code")
        #expect(try Self.codes(s, ["--sort", "stage", "--desc"]).first == r.committed)
        let byJurisdiction = try Self.codes(s, ["--sort", "jurisdiction"])
        let jurisdictions = Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as! String, $0["jurisdiction"] as! String) })
        #expect(byJurisdiction.map { jurisdictions[$0]! } == byJurisdiction.map { jurisdictions[$0]! }.sorted())
        // due: the committed one's next step (plan, 04-30) comes after the others' (commit, 04-15).
        #expect(try Self.codes(s, ["--sort", "due"]).last == r.committed)
    }

    @Test("--today changes what is overdue in list --overdue and in show")
    func today() throws {
        let r = try Self.roster()
        let s = r.sandbox
        // Nothing is due before 2024-04-15 (commit).
        #expect(try Self.codes(s, ["--overdue", "--today", "2024-04-01"]).isEmpty)
        // After 04-15 the three that have not committed are overdue; the committed one is not (plan due 04-30).
        #expect(Set(try Self.codes(s, ["--overdue", "--today", "2024-04-16"])) == [r.standard, r.problem, r.municipal])
        // After 04-30 all four are.
        #expect(Set(try Self.codes(s, ["--overdue", "--today", "2024-05-01"])) == Set(r.all))
        // The global option before the subcommand works the same.
        let before = try s.bare(["--today", "2024-04-16", "--data", s.data, "list", "--overdue", "--format", "json"])
        #expect((try before.json() as? [Any])?.count == 3, "\(before)")

        let early = try s.ok(["show", r.standard, "--today", "2024-04-01"])
        #expect(early.stdout.contains("还有 14 天"), "\(early)")
        let late = try s.ok(["show", r.standard, "--today", "2024-04-20"])
        #expect(late.stdout.contains("已逾期 5 天"), "\(late)")
        #expect(try s.card(r.standard, ["--today", "2024-04-01"])["overdue"] as? Bool == false)
        #expect(try s.card(r.standard, ["--today", "2024-04-20"])["overdue"] as? Bool == true)
        let table = try s.ok(["list", "--today", "2024-04-20", "--stage", "committed"])
        #expect(!table.stdout.contains("逾期"), "\(table)")
        let overdueTable = try s.ok(["list", "--today", "2024-04-20", "--tier", "标准化"])
        #expect(overdueTable.stdout.contains("逾期"), "\(overdueTable)")
    }

    @Test("default messages are Chinese; --lang en and ANXIN_LANG=en give English; --lang beats ANXIN_LANG")
    func languages() throws {
        let r = try Self.roster()
        let s = r.sandbox
        let county = ["ANXIN_OFFICE": "竞秀区"]
        // A refusal: 竞秀区 may not blacklist.
        let refusal = ["mark", r.standard, "blacklist", "--reason", "抗拒执法", "--cause", "resisting"]
        let zh = try s.anxin(refusal, env: county)
        #expect(zh.status == 1 && zh.stderr.contains("无权") && zh.stderr.contains("有权的单位：市安委办"), "\(zh)")
        let en = try s.anxin(refusal + ["--lang", "en"], env: county)
        #expect(en.status == 1 && en.stderr.contains("竞秀区 may not") && en.stderr.contains("offices that may: 市安委办"), "\(en)")
        #expect(!en.stderr.contains("无权"))
        let environment = try s.anxin(refusal, env: county.merging(["ANXIN_LANG": "en"]) { $1 })
        #expect(environment.status == 1 && environment.stderr.contains("may not"), "\(environment)")
        let override = try s.anxin(refusal + ["--lang", "zh"], env: county.merging(["ANXIN_LANG": "en"]) { $1 })
        #expect(override.stderr.contains("无权"), "\(override)")

        // Output in English: show, list, check, log, a confirmation.
        let show = try s.ok(["show", r.committed, "--lang", "en", "--today", "2024-04-20"])
        #expect(show.stdout.contains("jurisdiction: 清苑区") && show.stdout.contains("stage: committed"), "\(show)")
        #expect(show.stdout.contains("checklist 0/12") && show.stdout.contains("10 days left"), "\(show)")
        #expect(!show.stdout.contains("阶段"))
        let list = try s.ok(["list", "--lang", "en"])
        #expect(list.stdout.contains("credit code") && list.stdout.contains("4 shown of 4 listed"), "\(list)")
        let check = try s.ok(["check", "--lang", "en"])
        #expect(check.stdout.contains("0 errors, 0 warnings"), "\(check)")
        let log = try s.ok(["log", r.committed, "--lang", "en"])
        #expect(log.stdoutLines.count == 2, "\(log)")
        #expect(log.stdoutLines.first?.contains("listed (normalized, 清苑区, 机械)") == true, "\(log)")
        #expect(log.stdoutLines.last?.contains("commit (") == true, "\(log)")
        #expect(!log.stdout.contains("列入名单") && !log.stdout.contains("签订承诺书"), "\(log)")
        let note = try s.ok(["note", r.committed, "复查时间待定", "--lang", "en"])
        #expect(note.stdout.contains("note added"), "\(note)")
        let noteZh = try s.ok(["note", r.committed, "复查时间已定"])
        #expect(noteZh.stdout.contains("已添加备注"), "\(noteZh)")
        // A language that does not exist in the environment is ignored, not fatal.
        let unknown = try s.anxin(["list"], env: ["ANXIN_LANG": "fr"])
        #expect(unknown.status == 0 && unknown.stdout.contains("统一社会信用代码"), "\(unknown)")
    }

    @Test("log --since/--until select by the day recorded; log of all enterprises names each one")
    func logRange() throws {
        let r = try Self.roster()
        let s = r.sandbox
        let all = try s.ok(["log"]).stdoutLines
        #expect(all.count == 5 + 3, "five listings, a commitment, a mark, a removal\n\(all.joined(separator: "\n"))")
        #expect(all.contains { $0.contains("竞秀区华北石化有限公司") })
        let today = Days.string(Date())
        #expect(try s.ok(["log", "--since", Days.adding(1, to: today)]).stdout.contains("没有事件"))
        #expect(try s.ok(["log", "--until", Days.adding(-1, to: today)]).stdout.contains("没有事件"))
        #expect(try s.ok(["log", "--since", Days.adding(-1, to: today), "--until", Days.adding(1, to: today)]).stdoutLines.count == 8)
        let json = try #require(try s.ok(["log", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.count == 8)
        // Compared as instants: "…49Z" and "…49.034Z" do not sort as text.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        let times = json.compactMap { $0["at"] as? String }.compactMap { formatter.date(from: $0) ?? plain.date(from: $0) }
        #expect(times.count == 8)
        #expect(times == times.sorted(), "fold order is time order")
    }
}
