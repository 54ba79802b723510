import Foundation
import Testing

@Suite("anxin export roster|checklists|events: data for spreadsheets")
struct ExportTests {
    /// Names that need quoting, written by the user with `anxin add`.
    static let awkwardNames = ["保定\"恒方\"路桥,工程有限公司", "两行\n名称机械厂", "逗号,引号\"和\r\n回车"]

    func store() throws -> Sandbox {
        let sandbox = try Sandbox.store(name: "孙建国", office: "市安委办")
        for (index, name) in Self.awkwardNames.enumerated() {
            try sandbox.ok(["add", "--code", CreditCodes.make(index + 1), "--name", name, "--jurisdiction", "清苑区",
                            "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李强",
                            "--phone", "0312-555000\(index)"] + (index == 0 ? ["--address", "清苑区, 东闾乡 1 号"] : []))
        }
        return sandbox
    }

    @Test("roster CSV: a BOM, CRLF, the import's Chinese headers, labels for tier and level")
    func rosterCSV() throws {
        let sandbox = try store()
        let result = try sandbox.ok(["export", "roster"])
        #expect(Array(result.stdoutBytes.prefix(3)) == RosterCSV.bom)
        let text = String(decoding: result.stdoutBytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(RosterCSV.line(RosterCSV.header)))
        let expected = RosterCSV.text([
            [Self.awkwardNames[0], CreditCodes.make(1), "清苑区", "机械", "规范化企业", "属地", "清苑区", "李强", "0312-5550000", "清苑区, 东闾乡 1 号"],
            [Self.awkwardNames[1], CreditCodes.make(2), "清苑区", "机械", "规范化企业", "属地", "清苑区", "李强", "0312-5550001", ""],
            [Self.awkwardNames[2], CreditCodes.make(3), "清苑区", "机械", "规范化企业", "属地", "清苑区", "李强", "0312-5550002", ""],
        ])
        #expect(text == expected)
    }

    @Test("roster with --lang en: English field names and tokens, which import back")
    func rosterEnglish() throws {
        let sandbox = try store()
        let rows = CSVReader.parse(String(decoding: try sandbox.ok(["export", "roster", "--lang", "en"]).stdoutBytes.dropFirst(3), as: UTF8.self))
        #expect(rows.first == ["name", "code", "jurisdiction", "industry", "tier", "level", "department", "person", "phone", "address"])
        #expect(rows[1][4] == "normalized" && rows[1][5] == "local")
        let other = try Sandbox.store(name: "孙建国", office: "市安委办")
        try other.ok(["import", "roster", try other.write("en.csv", try sandbox.ok(["export", "roster", "--lang", "en"]).stdoutBytes)])
        #expect(try other.ok(["export", "roster"]).stdoutBytes == (try sandbox.ok(["export", "roster"]).stdoutBytes))
    }

    @Test("export then import into an empty store, then export again: the same bytes; into the same store: no change")
    func roundTrip() throws {
        let sandbox = try store()
        let out = "\(sandbox.root)/r.csv"
        let written = try sandbox.ok(["export", "roster", "-o", out])
        #expect(written.stdout.contains("已导出 3 行"))
        let exported = try sandbox.read(out)

        let before = sandbox.journalBytes()
        let same = try sandbox.ok(["import", "roster", out, "--lang", "en"])
        #expect(same.stdout.contains("listed 0, edited 0, unchanged 3"))
        #expect(sandbox.journalBytes() == before)

        let other = try Sandbox.store(name: "孙建国", office: "市安委办")
        try other.ok(["import", "roster", out])
        #expect(try other.ok(["export", "roster"]).stdoutBytes == exported)
        for (index, name) in Self.awkwardNames.enumerated() {
            #expect(try other.card(CreditCodes.make(index + 1))["name"] as? String == name)
        }
    }

    @Test("--encoding gb18030 writes what iconv makes of the UTF-8 export, without a BOM; it imports back")
    func gb18030() throws {
        let sandbox = try store()
        let utf8 = try sandbox.ok(["export", "roster"]).stdoutBytes
        let gb = try sandbox.ok(["export", "roster", "--encoding", "gb18030"]).stdoutBytes
        #expect(gb == (try RosterCSV.iconv(String(decoding: utf8.dropFirst(3), as: UTF8.self))))
        let other = try Sandbox.store(name: "孙建国", office: "市安委办")
        try other.ok(["import", "roster", try other.write("gb.csv", gb)])
        #expect(try other.ok(["export", "roster"]).stdoutBytes == utf8)
    }

    @Test("roster as JSON and Markdown; --as-of a day before any listing gives none")
    func rosterJSONAndMarkdown() throws {
        let sandbox = try store()
        let json = try #require(try sandbox.ok(["export", "roster", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.count == 3)
        #expect(json[0]["name"] as? String == Self.awkwardNames[0])
        #expect(json[0]["tier"] as? String == "normalized")
        #expect(json[1]["address"] is NSNull)
        let md = try sandbox.ok(["export", "roster", "--format", "md"]).stdoutLines
        #expect(md[0] == "| 企业名称 | 统一社会信用代码 | 所属县区 | 行业 | 类别 | 监管层级 | 责任部门 | 责任人 | 联系电话 | 地址 |")
        #expect(md[1] == "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        #expect(md[3].hasPrefix("| 两行<br>名称机械厂 | \(CreditCodes.make(2)) |"))
        #expect(md.count == 5)
        let before = try sandbox.ok(["export", "roster", "--format", "json", "--as-of", "2000-01-01"])
        #expect((try before.json() as? [Any])?.isEmpty == true)
    }

    @Test("checklists: one row per enterprise and criterion, with verdict, levels, note, inspector and date")
    func checklists() throws {
        let sandbox = try Sandbox.store(name: "张伟", office: "清苑区")
        try sandbox.add(code: CreditCodes.make(1), name: "检查企业")
        try sandbox.ok(["tick", CreditCodes.make(1), "N01", "met", "--note", "责任制已签,见附件"])
        try sandbox.ok(["tick", CreditCodes.make(1), "N05", "unmet", "--level", "车间"])
        let rows = CSVReader.parse(String(decoding: try sandbox.ok(["export", "checklists"]).stdoutBytes.dropFirst(3), as: UTF8.self))
        #expect(rows[0] == ["统一社会信用代码", "企业名称", "类别", "检查项编号", "检查项", "评定", "分级评定", "备注", "检查人员", "日期"])
        #expect(rows.count == 1 + 12)
        let n01 = try #require(rows.first { $0[3] == "N01" })
        #expect(n01[0] == CreditCodes.make(1) && n01[1] == "检查企业" && n01[2] == "规范化企业")
        #expect(n01[5] == "符合" && n01[6] == "" && n01[7] == "责任制已签,见附件" && n01[8] == "张伟" && n01[9].count == 10)
        let n05 = try #require(rows.first { $0[3] == "N05" })
        #expect(n05[5] == "不符合")
        #expect(n05[6] == "厂级:未检查；车间:不符合；班组:未检查；岗位:未检查")
        let n02 = try #require(rows.first { $0[3] == "N02" })
        #expect(n02[5] == "未检查" && n02[8] == "")
        let json = try #require(try sandbox.ok(["export", "checklists", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.count == 12)
        #expect((json.first { $0["criterion"] as? String == "N05" }?["levels"] as? [String: String])?["workshop"] == "unmet")
    }

    @Test("events: one row per journal event in fold order, fields in columns; --as-of stops at a day; -o writes a file")
    func events() throws {
        let sandbox = try Sandbox.store(name: "张伟", office: "清苑区")
        try sandbox.add(code: CreditCodes.make(1), name: "事件企业")
        try sandbox.ok(["tick", CreditCodes.make(1), "N01", "met", "--note", "多行\n备注"])
        let out = "\(sandbox.root)/events.csv"
        try sandbox.ok(["export", "events", "-o", out, "--lang", "en"])
        let rows = CSVReader.parse(String(decoding: try sandbox.read(out).dropFirst(3), as: UTF8.self))
        #expect(Array(rows[0].prefix(10)) == ["id", "at", "replica", "actor", "office", "code", "enterprise", "type", "description", "seen"])
        #expect(rows.count == 3)
        let journal = sandbox.journalText().split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.dropFirst().map { $0[0] } == journal.map { $0["id"] as! String })
        #expect(rows[1][7] == "listed" && rows[2][7] == "ticked")
        let column = { (name: String) in rows[0].firstIndex(of: name)! }
        #expect(rows[2][column("criterion")] == "N01" && rows[2][column("verdict")] == "met" && rows[2][column("note")] == "多行\n备注")
        #expect(rows[1][column("name")] == "事件企业")

        let json = try #require(try sandbox.ok(["export", "events", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.count == 2)
        #expect(json[1]["criterion"] as? String == "N01")
        let early = try sandbox.ok(["export", "events", "--as-of", "2000-01-01", "--format", "json"])
        #expect((try early.json() as? [Any])?.isEmpty == true)
    }
}
