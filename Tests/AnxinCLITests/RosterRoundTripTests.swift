import Foundation
import Testing
import AnxinTestSupport

/// The issue's "done when": an Excel-style GB18030 roster of 5,000 rows with every quirk imports, exports and
/// imports again without losing a character. `ANXIN_ROUNDTRIP_ROWS` changes the size.
@Suite("Excel-style GB18030 roster round trip")
struct RosterRoundTripTests {
    static let rows = ProcessInfo.processInfo.environment["ANXIN_ROUNDTRIP_ROWS"].flatMap(Int.init) ?? 5_000

    /// One enterprise as the roster should hold it after the import (values trimmed and normalized).
    struct Expected {
        var name, code, jurisdiction, industry, tier, level, department, person, phone, address: String
    }

    static let jurisdictions = ["清苑区", "满城区", "涿州市", "白沟·白洋淀温泉城", "高新区"]
    static let industries = ["机械", "建筑", "危险化学品", "烟花爆竹（生产、批发）", "纺织"]

    /// The roster file, GB18030, with: a title row, a reordered header with a starred column and unknown columns,
    /// CRLF, cells padded with spaces and full-width spaces, names with commas, quotes, line breaks and a
    /// four-byte GB18030 character, codes in lower case or behind Excel's ="…" guard, tiers and levels as labels,
    /// short labels and tokens, empty phones, and blank rows at the end.
    static func roster(_ count: Int) throws -> (bytes: [UInt8], expected: [Expected]) {
        var random = SeededGenerator(seed: 0x5000)
        let header = ["序号", "企业名称*", "统一社会信用代码", "行业", "所属县区", "类别", "监管层级", "责任部门", "责任人", "联系电话", "地址", "备注"]
        var text = "保定市2024年安全诚信企业创建名单" + String(repeating: ",", count: header.count - 1) + "\r\n"
        text += RosterCSV.line(header)
        var expected: [Expected] = []
        for serial in 1...count {
            let code = CreditCodes.make(serial, region: "06\(10 + serial % 80)")
            var name = "保定\(serial)号机械有限公司"
            switch serial % 7 {
            case 0: name = "保定\"恒方\"\(serial)路桥,工程有限公司"
            case 1: name = "河北\(serial)化工集团\n（二分厂）"
            case 2: name = "𠀀𠀁\(serial)纺织，有限公司"
            case 3: name = "逗号,引号\"\"两个\(serial)"
            default: break
            }
            let jurisdiction = jurisdictions[serial % jurisdictions.count]
            let industry = industries[Int.random(in: 0..<industries.count, using: &random)]
            let tierToken = ["standardized", "normalized", "problem"][serial % 3]
            let tierCell = [["标准化企业", "标准化", "standardized"], ["规范化企业", "规范化", "normalized"],
                            ["问题型企业", "问题型", "problem"]][serial % 3][serial % 3 == 0 ? serial / 3 % 3 : serial % 3]
            let levelToken = ["local", "municipal", "provincial"][serial / 5 % 3]
            let levelCell = ["local": ["属地", "local"], "municipal": ["市直", "municipal"],
                             "provincial": ["省属以上", "省属"]][levelToken]![serial % 2]
            let department = levelToken == "municipal" ? "市住建局" : (levelToken == "provincial" ? "市国资委" : jurisdiction)
            let person = ["王建国", "李秀兰", "欧阳明"][serial % 3]
            let phone = serial % 4 == 0 ? "" : "0312-\(5_550_000 + serial)"
            let address = serial % 5 == 0 ? "" : "\(jurisdiction)建设路\(serial)号,\(serial % 9)栋"
            let codeCell = serial % 6 == 0 ? "=\"\(code)\"" : (serial % 6 == 1 ? code.lowercased() : code)
            let padded = serial % 8 == 0 ? "　\(jurisdiction) " : jurisdiction
            text += RosterCSV.line([String(serial), name, codeCell, industry, padded, tierCell, levelCell, department,
                                    " \(person)", phone, address, serial % 10 == 0 ? "备注\n第二行" : ""])
            expected.append(Expected(name: name, code: code, jurisdiction: jurisdiction, industry: industry, tier: tierToken,
                                     level: levelToken, department: department, person: person, phone: phone, address: address))
        }
        text += String(repeating: ",", count: header.count - 1) + "\r\n" + String(repeating: ",", count: header.count - 1) + "\r\n"
        return (try RosterCSV.iconv(text), expected)
    }

    @Test("import, export as GB18030, import into an empty store: the same roster; importing again changes nothing")
    func roundTrip() throws {
        let (bytes, expected) = try Self.roster(Self.rows)
        #expect(TextBytes.isValidUTF8(bytes) == false)
        let first = try Sandbox.store(name: "孙建国", office: "市安委办")
        let file = try first.write("county.csv", bytes)

        let started = Date()
        let imported = try first.ok(["import", "roster", file, "--lang", "en"])
        let seconds = Date().timeIntervalSince(started)
        print("RosterRoundTripTests: imported \(Self.rows) GB18030 rows in \(String(format: "%.2f", seconds)) s")
        #expect(imported.stdout.contains("imported: listed \(Self.rows), edited 0, unchanged 0"), "\(imported)")
        #expect(imported.stderr.contains("序号, 备注"))

        // The roster as JSON holds exactly the expected values.
        let json = try #require(try first.ok(["export", "roster", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.count == Self.rows)
        let byCode = Dictionary(uniqueKeysWithValues: json.map { ($0["code"] as! String, $0) })
        for item in expected {
            let row = try #require(byCode[item.code])
            let got = Expected(name: row["name"] as! String, code: item.code, jurisdiction: row["jurisdiction"] as! String,
                               industry: row["industry"] as! String, tier: row["tier"] as! String, level: row["level"] as! String,
                               department: row["department"] as! String, person: row["person"] as! String,
                               phone: row["phone"] as? String ?? "", address: row["address"] as? String ?? "")
            #expect(got.name == item.name && got.jurisdiction == item.jurisdiction && got.industry == item.industry
                && got.tier == item.tier && got.level == item.level && got.department == item.department
                && got.person == item.person && got.phone == item.phone && got.address == item.address, "\(item.code)")
        }

        // Export as GB18030 for older Excel, import it into an empty store: both stores export the same bytes.
        let exportPath = "\(first.root)/export.csv"
        try first.ok(["export", "roster", "--encoding", "gb18030", "-o", exportPath])
        let second = try Sandbox.store(name: "孙建国", office: "市安委办")
        try second.ok(["import", "roster", exportPath])
        let firstExport = try first.ok(["export", "roster"]).stdoutBytes
        #expect(try second.ok(["export", "roster"]).stdoutBytes == firstExport)

        // Importing the original file again, or the export, changes nothing.
        let journal = first.journalBytes()
        let again = try first.ok(["import", "roster", file, "--lang", "en"])
        #expect(again.stdout.contains("listed 0, edited 0, unchanged \(Self.rows)"))
        try first.ok(["import", "roster", exportPath])
        #expect(first.journalBytes() == journal)
    }
}

/// Whether bytes are UTF-8 (Foundation decides), to show the roster is not UTF-8 by accident.
enum TextBytes {
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { String(data: Data(bytes), encoding: .utf8) != nil }
}
