import Foundation
import Testing

@Suite("anxin import roster: rosters as counties send them")
struct ImportRosterTests {
    func store() throws -> Sandbox { try Sandbox.store(name: "孙建国", office: "市安委办") }

    @Test("UTF-8 without a BOM: every row is listed with its fields")
    func utf8() throws {
        let sandbox = try store()
        let file = try sandbox.write("r.csv", RosterCSV.text([RosterCSV.row(1, phone: "0312-5550001", address: "清苑区东闾乡1号"),
                                                               RosterCSV.row(2)]))
        let result = try sandbox.ok(["import", "roster", file])
        #expect(result.stdout.contains("新列入 2 家"))
        let card = try sandbox.card(CreditCodes.make(1))
        #expect(card["name"] as? String == "保定安信机械1有限公司")
        #expect(card["phone"] as? String == "0312-5550001")
        #expect(card["address"] as? String == "清苑区东闾乡1号")
        #expect(sandbox.events(ofType: "listed").count == 2)
    }

    @Test("UTF-8 with a BOM: the first header is still 企业名称")
    func utf8BOM() throws {
        let sandbox = try store()
        let file = try sandbox.write("r.csv", RosterCSV.bom + Array(RosterCSV.text([RosterCSV.row(1)]).utf8))
        try sandbox.ok(["import", "roster", file])
        #expect(try sandbox.card(CreditCodes.make(1))["name"] as? String == "保定安信机械1有限公司")
    }

    @Test("GB18030 with CRLF, quoted commas, quotes and line breaks, reordered and unknown columns, blank trailing rows")
    func gb18030Quirks() throws {
        let sandbox = try store()
        let header = ["序号", "责任人", "统一社会信用代码", "企业名称", "行业", "所属县区", "监管层级", "类别", "责任部门", "联系电话", "备注"]
        let name = "保定\"恒方\"机械,有限公司\n（二厂）𠀀"
        let rows = [["1", "王五", CreditCodes.make(7), name, "机械", "清苑区", "属地", "规范化", "清苑区", "0312-1", "备注,有逗号"]]
        let text = RosterCSV.text(rows, header: header) + ",,,,,,,,,,\r\n,,,,,,,,,,\r\n"
        let file = try sandbox.write("gb.csv", try RosterCSV.iconv(text))
        let result = try sandbox.ok(["import", "roster", file])
        #expect(result.stderr.contains("序号、备注"))
        #expect(result.stderr.contains("GB18030"))
        let card = try sandbox.card(CreditCodes.make(7))
        #expect(card["name"] as? String == name)
        #expect(card["person"] as? String == "王五")
        #expect(card["phone"] as? String == "0312-1")
    }

    @Test("--encoding gb18030 reads a GBK file; --encoding utf-8 on it is refused with the line")
    func forcedEncoding() throws {
        let sandbox = try store()
        let file = try sandbox.write("gbk.csv", try RosterCSV.iconv(RosterCSV.text([RosterCSV.row(1)]), to: "GBK"))
        let refused = try sandbox.anxin(["import", "roster", file, "--encoding", "utf-8", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("gbk.csv line 1: not valid UTF-8"))
        #expect(sandbox.journalBytes().isEmpty)
        try sandbox.ok(["import", "roster", file, "--encoding", "gb18030"])
        #expect(try sandbox.card(CreditCodes.make(1))["name"] as? String == "保定安信机械1有限公司")
    }

    @Test("--map names a column whose header anxin does not know")
    func map() throws {
        let sandbox = try store()
        var header = RosterCSV.header
        header[0] = "单位全称"
        header[7] = "联系人"
        let file = try sandbox.write("r.csv", RosterCSV.text([RosterCSV.row(1)], header: header))
        let refused = try sandbox.anxin(["import", "roster", file, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        try sandbox.ok(["import", "roster", file, "--map", "单位全称=name", "--map", "联系人=责任人"])
        #expect(try sandbox.card(CreditCodes.make(1))["person"] as? String == "李强")
        let bad = try sandbox.anxin(["import", "roster", file, "--map", "单位全称"])
        #expect(bad.status == 2)
    }

    @Test("every problem is listed with its row, column and reason; nothing is written; --skip-invalid imports the rest")
    func rowProblems() throws {
        let sandbox = try store()
        try sandbox.add(code: CreditCodes.make(50), name: "已有企业")
        let before = sandbox.journalBytes()
        let rows = [
            RosterCSV.row(1),
            RosterCSV.row(2, code: CreditCodes.corrupt(CreditCodes.make(2))),
            RosterCSV.row(3, name: "两行\n名称", jurisdiction: "清苑"),
            RosterCSV.row(4, person: ""),
            RosterCSV.row(1, name: "重复"),
            RosterCSV.row(5),
        ]
        let file = try sandbox.write("r.csv", RosterCSV.text(rows))
        let dry = try sandbox.anxin(["import", "roster", file, "--dry-run", "--lang", "en"])
        #expect(dry.status == 1)
        let lines = dry.stdoutLines
        #expect(lines.contains { $0.hasPrefix("\(file) row 2, column 统一社会信用代码: code \(CreditCodes.make(1)) appears more than once") })
        #expect(lines.contains { $0.hasPrefix("\(file) row 3, column 统一社会信用代码: credit code") })
        #expect(lines.contains { $0.hasPrefix("\(file) row 4 (lines 4–5), column 所属县区: jurisdiction \"清苑\" is not in campaign.yaml") })
        #expect(lines.contains { $0.hasPrefix("\(file) row 5 (line 6), column 责任人: the responsible person is missing") })
        #expect(lines.contains { $0.hasPrefix("\(file) row 6 (line 7), column 统一社会信用代码: code \(CreditCodes.make(1)) appears") })
        #expect(lines.last == "dry run (nothing written): 6 rows; would list 1, edit 0, leave 0 unchanged; 5 rows with problems")
        #expect(sandbox.journalBytes() == before)

        let real = try sandbox.anxin(["import", "roster", file])
        #expect(real.status == 1)
        #expect(real.stderr.contains("5 行有问题，未导入任何数据"))
        #expect(sandbox.journalBytes() == before)

        try sandbox.ok(["import", "roster", file, "--skip-invalid"])
        #expect(sandbox.events(ofType: "listed").count == 2)
        #expect((try? sandbox.card(CreditCodes.make(5))) != nil)
    }

    @Test("a truncated file is refused with the row and line of the open quote; the store is unchanged")
    func truncated() throws {
        let sandbox = try store()
        let full = RosterCSV.text([RosterCSV.row(1), RosterCSV.row(2, name: "截断\n之处,公司")])
        let cut = String(full.prefix(upTo: full.range(of: "之处")!.upperBound))
        let file = try sandbox.write("cut.csv", cut)
        for flags in [[], ["--skip-invalid"], ["--dry-run"]] {
            let result = try sandbox.anxin(["import", "roster", file, "--lang", "en"] + flags)
            #expect(result.status == 1)
            #expect(result.stderr.contains("cut.csv row 3, column 企业名称: a quote opens here and is never closed"), "\(result)")
        }
        #expect(sandbox.journalBytes().isEmpty)
    }

    @Test("an empty file, a header alone, a workbook and a binary file are refused by name", arguments: [
        ("empty.csv", [UInt8](), "the file is empty"),
        ("bom.csv", [0xEF, 0xBB, 0xBF, 0x0D, 0x0A], "the file is empty"),
        ("header.csv", Array((RosterCSV.line(RosterCSV.header) + ",,,\r\n").utf8), "the file has a header but no enterprise rows"),
        ("book.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "this is an Excel workbook (.xlsx)"),
        ("image.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "this is not a text file"),
    ] as [(String, [UInt8], String)])
    func refusedFiles(name: String, bytes: [UInt8], reason: String) throws {
        let sandbox = try store()
        try sandbox.add(code: CreditCodes.make(50), name: "已有企业")
        let before = sandbox.journalBytes()
        let file = try sandbox.write(name, bytes)
        let result = try sandbox.anxin(["import", "roster", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(name): \(reason)"), "\(result)")
        #expect(sandbox.journalBytes() == before)
    }

    @Test("importing the same file twice changes nothing; a changed cell is one edit of that field only")
    func idempotent() throws {
        let sandbox = try store()
        let rows = [RosterCSV.row(1, phone: "0312-1"), RosterCSV.row(2)]
        let file = try sandbox.write("r.csv", RosterCSV.text(rows))
        try sandbox.ok(["import", "roster", file])
        let once = sandbox.journalBytes()
        let again = try sandbox.ok(["import", "roster", file, "--lang", "en"])
        #expect(again.stdout.contains("listed 0, edited 0, unchanged 2"))
        #expect(sandbox.journalBytes() == once)

        let changed = try sandbox.write("r2.csv", RosterCSV.text([RosterCSV.row(1, phone: "0312-2"), RosterCSV.row(2)]))
        try sandbox.ok(["import", "roster", changed])
        let edits = sandbox.events(ofType: "edited")
        #expect(edits.count == 1)
        #expect(edits.first?["phone"] as? String == "0312-2")
        #expect(edits.first?["name"] == nil)
    }

    @Test("a county office imports its own enterprises; another county's row is refused by the rules")
    func authority() throws {
        let sandbox = try Sandbox.store(name: "张伟", office: "清苑区")
        let file = try sandbox.write("r.csv", RosterCSV.text([RosterCSV.row(1), RosterCSV.row(2, jurisdiction: "满城区")]))
        let result = try sandbox.anxin(["import", "roster", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file) row 3: "), "\(result)")
        #expect(sandbox.journalBytes().isEmpty)
    }

    @Test("the rules of anxin edit apply: a tier cannot change after the commitment letter")
    func tierFixedAfterCommitment() throws {
        let sandbox = try Sandbox.store(name: "张伟", office: "清苑区")
        try sandbox.ok(["import", "roster", try sandbox.write("r.csv", RosterCSV.text([RosterCSV.row(1)]))])
        try sandbox.ok(["step", CreditCodes.make(1), "commit"])
        let before = sandbox.journalBytes()
        var row = RosterCSV.row(1)
        row[4] = "问题型"
        let result = try sandbox.anxin(["import", "roster", try sandbox.write("r2.csv", RosterCSV.text([row])), "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("r2.csv row 2: 保定安信机械1有限公司 is already"), "\(result)")
        #expect(sandbox.journalBytes() == before)
    }

    @Test("a progress bar on a terminal for a large file, none when standard error is not a terminal")
    func progressBar() throws {
        let sandbox = try store()
        let file = try sandbox.write("big.csv", RosterCSV.text((1...2_100).map { RosterCSV.row($0) }))
        let piped = try sandbox.ok(["import", "roster", file, "--dry-run"])
        #expect(!piped.stderr.contains("[#"))
        // `script` gives the command a terminal; its transcript is what the terminal showed.
        let command = ([Anxin.binary, "import", "roster", file, "--dry-run", "--data", sandbox.data])
            .map { "'\($0)'" }.joined(separator: " ")
        let onTerminal = try Anxin.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], environment: sandbox.environment())
        #expect(onTerminal.stdout.contains("导入 [##############################] 100% 2100/2100"), "\(onTerminal)")
    }
}
