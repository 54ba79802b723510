import Foundation
import Testing

/// `anxin export notice|…|letters|record` through the real binary, on a store built with the commands.
@Suite("Document exports")
struct DocumentExportTests {
    static let city = ["ANXIN_OFFICE": "市安委办", "ANXIN_ACTOR": "周建华"]
    static var today: String { Days.string(Date()) }
    /// Today as the documents write it: 2026年11月29日.
    static var todayChinese: String {
        let parts = today.split(separator: "-").map { Int($0)! }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }

    static let accepted = CreditCodes.make(801), revoked = CreditCodes.make(802), blacklisted = CreditCodes.make(803)

    /// 801 accepted (on the notice), 802 accepted then revoked (left off), 803 a problem enterprise on the blacklist.
    static func store() throws -> Sandbox {
        let sandbox = try Sandbox.store()
        for (code, name) in [(accepted, "清苑区恒达机械有限公司"), (revoked, "清苑区宏达机械有限公司")] {
            try sandbox.add(code: code, name: name)
            for id in (1...12).map({ $0 < 10 ? "N0\($0)" : "N\($0)" }) {
                try sandbox.ok(["tick", code, id, "met", "--note", "\(id)现场核查符合"])
            }
            for step in [["commit"], ["plan", "--ref", "清安帮〔2024〕20号", "--expert", "王建国"], ["start"], ["apply"],
                         ["accept", "--ref", "清验〔2024〕3号"]] {
                try sandbox.ok(["step", code] + step)
            }
        }
        try sandbox.ok(["mark", revoked, "revoke", "--cause", "fatal-accident", "--reason", "发生一起亡人事故"], env: city)
        try sandbox.add(code: blacklisted, name: "清苑区鑫源化工有限公司", industry: "食品加工", tier: "问题型")
        try sandbox.ok(["mark", blacklisted, "blacklist", "--cause", "hazard", "--reason", "重大事故隐患逾期未整改"], env: city)
        return sandbox
    }

    @Test("init writes the editable templates into data/templates")
    func initWritesTemplates() throws {
        let sandbox = try Sandbox.store()
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(sandbox.data)/templates")
        for name in ["notice.txt.mustache", "notice.html.mustache", "awards.md.mustache", "blacklist.txt.mustache",
                     "letter-banks.txt.mustache", "letter-public.html.mustache", "record.html.mustache", "style.html.mustache"] {
            #expect(names.contains(name), "\(name) missing from \(names)")
        }
    }

    @Test("the notice lists the accepted enterprise and says on stderr which one was left off and why")
    func notice() throws {
        let sandbox = try Self.store()
        let result = try sandbox.ok(["export", "notice"])
        #expect(result.stdout.contains("1. 清苑区恒达机械有限公司（统一社会信用代码：\(Self.accepted)；清苑区；机械；验收日期：\(Self.today)）"))
        #expect(!result.stdout.contains("清苑区宏达机械有限公司"))
        #expect(result.stderr.contains("未列入：清苑区宏达机械有限公司（\(Self.revoked)）：撤销称号"))
        // The day before anything was accepted, nobody is on the notice.
        let before = try sandbox.ok(["export", "notice", "--as-of", Days.adding(-1, to: Self.today)])
        #expect(before.stdout.contains("暂无验收合格待公示的企业"))
    }

    @Test("the blacklist as CSV: a BOM, the cause, the term end 3 years on and early removal 12 months on; -o never overwrites")
    func blacklistCSV() throws {
        let sandbox = try Self.store()
        let path = "\(sandbox.root)/黑名单.csv"
        try sandbox.ok(["export", "blacklist", "-o", path])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        #expect(rows.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["企业名称"] == "清苑区鑫源化工有限公司")
        #expect(row["列入情形"] == "重大隐患逾期未整改")
        #expect(row["列入日期"] == Self.today)
        let parts = Self.today.split(separator: "-")
        if !Self.today.hasSuffix("02-29") {
            #expect(row["期满日期"] == "\(Int(parts[0])! + 3)-\(parts[1])-\(parts[2])")
            #expect(row["可申请提前移出日期"] == "\(Int(parts[0])! + 1)-\(parts[1])-\(parts[2])")
        }
        let again = try sandbox.anxin(["export", "blacklist", "-o", path])
        #expect(again.status == 1 && again.stderr.contains("已存在"), "\(again)")
        try sandbox.ok(["export", "blacklist", "-o", path, "--force"])
    }

    @Test("letters: one file per addressee for each blacklisted enterprise, with the right names and dates; never overwritten")
    func letters() throws {
        let sandbox = try Self.store()
        let directory = "\(sandbox.root)/函件"
        let result = try sandbox.ok(["export", "letters", "-o", directory])
        #expect(result.stdout.contains("1 家黑名单企业，4 个文件"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let code = Self.blacklisted
        #expect(names == ["\(code)-banks.txt", "\(code)-power.txt", "\(code)-public.txt", "\(code)-shareholders.txt"])
        func letter(_ kind: String) throws -> String { try String(contentsOfFile: "\(directory)/\(code)-\(kind).txt", encoding: .utf8) }
        #expect(try letter("shareholders").contains("清苑区鑫源化工有限公司全体股东："))
        #expect(try letter("banks").contains("清苑区鑫源化工有限公司开户银行（金融机构）："))
        #expect(try letter("power").contains("\n保定市供电公司：\n"))
        #expect(try letter("public").hasPrefix("关于将清苑区鑫源化工有限公司列入安全生产“黑名单”的公告"))
        #expect(try letter("banks").contains("自\(Self.todayChinese)起列入安全生产“黑名单”"))
        #expect(try letter("banks").hasSuffix("保定市安全生产委员会办公室\n\(Self.todayChinese)\n"))

        let again = try sandbox.anxin(["export", "letters", "-o", directory])
        #expect(again.status == 1 && again.stderr.contains("\(code)-shareholders.txt 已存在"), "\(again)")
        try sandbox.ok(["export", "letters", "-o", directory, "--force"])
        let html = try sandbox.ok(["export", "letters", "-o", directory, "--format", "html"])
        #expect(html.status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(directory)/\(code)-banks.html"))
        let csv = try sandbox.anxin(["export", "letters", "-o", directory, "--format", "csv"])
        #expect(csv.status == 2 && csv.stderr.contains("txt"), "\(csv)")
    }

    @Test("letters go to ./letters-<date> by default")
    func lettersDefaultDirectory() throws {
        let sandbox = try Self.store()
        try Anxin.run(["export", "letters", "--data", sandbox.data], environment: sandbox.environment(), directory: sandbox.root)
        #expect(FileManager.default.fileExists(atPath: "\(sandbox.root)/letters-\(Self.today)/\(Self.blacklisted)-power.txt"))
    }

    @Test("an edited template takes effect; a broken one is refused with its file, line and column")
    func templates() throws {
        let sandbox = try Self.store()
        let path = "\(sandbox.data)/templates/blacklist.txt.mustache"
        try "{{#members}}{{name}}：{{cause}}，至{{termEnd}}\n{{/members}}".write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try sandbox.ok(["export", "blacklist"])
        #expect(edited.stdout.hasPrefix("清苑区鑫源化工有限公司：重大隐患逾期未整改，至"))
        try "标题\n{{#members}}{{name}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try sandbox.anxin(["export", "blacklist"])
        #expect(broken.status == 1)
        #expect(broken.stderr.range(of: "\(path):[0-9]+:[0-9]+: error:", options: .regularExpression) != nil, "\(broken)")
        #expect(broken.stderr.contains("error:"))
        #expect(broken.stdout.isEmpty, "nothing half-rendered is printed")
        try FileManager.default.removeItem(atPath: path)
        let missing = try sandbox.anxin(["export", "blacklist"])
        #expect(missing.status == 1 && missing.stderr.contains("anxin export templates"), "\(missing)")
        // `export templates` writes back the missing one and keeps the edited ones; --force restores them.
        let notice = "\(sandbox.data)/templates/notice.txt.mustache"
        try "自定义公示\n".write(toFile: notice, atomically: true, encoding: .utf8)
        #expect(try sandbox.ok(["export", "templates"]).stdout.contains("已写入 1 个默认模板"))
        #expect(try sandbox.ok(["export", "blacklist"]).stdout.contains("列入“黑名单”的企业共1家"))
        #expect(try sandbox.ok(["export", "notice"]).stdout == "自定义公示\n")
        try sandbox.ok(["export", "templates", "--force"])
        #expect(try sandbox.ok(["export", "notice"]).stdout.hasPrefix("保定市安全诚信企业公示名单"))
    }

    @Test("the acceptance record in HTML: every criterion with verdict and note, the decision, signatures; format from -o")
    func record() throws {
        let sandbox = try Self.store()
        let path = "\(sandbox.root)/验收记录表.html"
        try sandbox.ok(["export", "record", "恒达机械", "-o", path])
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for id in (1...12).map({ $0 < 10 ? "N0\($0)" : "N\($0)" }) {
            #expect(html.contains("<td class=\"n\">\(id)</td>"), "\(id)")
            #expect(html.contains("\(id)现场核查符合"), "\(id) note")
        }
        #expect(html.contains("验收合格，登记建档。验收单位：清苑区；记录人：张伟；日期：\(Self.today)；文号：清验〔2024〕3号"))
        #expect(html.contains("验收组长") && html.contains("企业负责人"))
    }
}
