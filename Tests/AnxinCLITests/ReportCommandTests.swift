import Foundation
import Testing

/// `anxin report …` on a small store whose numbers were counted by hand (see ReportStore).
@Suite("Reports: progress, overdue, criteria, assessment in every format")
struct ReportCommandTests {
    static let day = ["--today", ReportStore.today]

    func report(_ sandbox: Sandbox, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try sandbox.ok(["report"] + arguments + Self.day, sourceLocation: sourceLocation)
    }

    func json(_ sandbox: Sandbox, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try report(sandbox, arguments + ["--format", "json"], sourceLocation: sourceLocation)
        return try #require(try result.json() as? [String: Any], "\(result)", sourceLocation: sourceLocation)
    }

    /// Terminal columns of a line: CJK ideographs and fullwidth forms take two (an oracle independent of AnxinText).
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }

    @Test("progress as JSON: each owner row and the city, counted by hand")
    func progressJSON() throws {
        let sandbox = try ReportStore.make()
        let object = try json(sandbox, ["progress"])
        #expect(object["report"] as? String == "progress")
        #expect(object["as_of"] as? String == "2024-08-15")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["清苑区", "高新区", "竞秀区", "市住建局"])
        #expect(rows.map { $0["kind"] as? String } == ["jurisdiction", "jurisdiction", "jurisdiction", "department"])
        let qingyuan = try #require(rows[0]["reached"] as? [String: Int])
        #expect(qingyuan == ["listed": 4, "committed": 4, "planned": 4, "in-progress": 3, "applied": 2, "accepted": 1,
                             "publicized": 0, "awarded": 0, "rectifying": 1, "closed": 0, "announced": 0,
                             "overdue": 1, "revoked": 0, "blacklisted": 0])
        #expect((rows[0]["quota"] as? [String: Int]) == ["standardized": 1, "normalized": 2, "problem": 1, "total": 4])
        #expect(rows[0]["finished_share"] as? Double == 0.25)
        let current = try #require(rows[0]["current"] as? [String: Int])
        #expect(current["committed"] == 0 && current["in-progress"] == 1 && current["applied"] == 1)
        let hitech = try #require(rows[1]["reached"] as? [String: Int])
        #expect(hitech["revoked"] == 1 && hitech["closed"] == 1 && hitech["accepted"] == 1)
        #expect(rows[1]["finished"] as? Int == 1)
        let jingxiu = try #require(rows[2]["reached"] as? [String: Int])
        #expect(jingxiu["listed"] == 1 && jingxiu["blacklisted"] == 1 && jingxiu["overdue"] == 1)
        #expect(rows[3]["finished_share"] as? Double == 1.0)
        let total = try #require(object["total"] as? [String: Any])
        #expect((total["reached"] as? [String: Int])?["listed"] == 8)
        #expect((total["quota"] as? [String: Int])?["total"] == 8)
        #expect(total["finished"] as? Int == 3)
    }

    @Test("progress as CSV: UTF-8 with a BOM, CRLF, one row per group and the city; parses back")
    func progressCSV() throws {
        let sandbox = try ReportStore.make()
        let result = try report(sandbox, ["progress", "--format", "csv"])
        #expect(Array(result.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(result.stdout.contains("\r\n"))
        let rows = CSVReader.parse(String(result.stdout.dropFirst()))
        #expect(rows.count == 6)
        let header = rows[0]
        #expect(header.first == "类型" && header[1] == "单位")
        let qingyuan = try #require(rows.first { $0.count > 1 && $0[1] == "清苑区" })
        let field = { (name: String) -> String? in header.firstIndex(of: name).map { qingyuan[$0] } }
        #expect(field("列入名单") == "4" && field("验收合格") == "1" && field("逾期") == "1" && field("完成率") == "0.25")
        #expect(rows.last?[1] == "全市" && rows.last?[header.firstIndex(of: "列入名单")!] == "8")
        #expect(rows.allSatisfy { $0.count == header.count })
    }

    @Test("progress as a table: every line of the table is as wide as the header in terminal columns")
    func progressTable() throws {
        let sandbox = try ReportStore.make()
        let lines = try report(sandbox, ["progress"]).stdout.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("单位") })
        let table = lines[start...].prefix { !$0.isEmpty }
        #expect(table.count == 8, "header, rule, 4 rows, rule, city")
        let widths = Set(table.map(Self.columns))
        #expect(widths.count == 1, "\(table.joined(separator: "\n"))")
        #expect(table.contains { $0.hasPrefix("全市") })
        // The bar chart follows, one line per row.
        #expect(lines.contains { $0.hasPrefix("清苑区") && $0.contains("█") && $0.contains("完成 1 · 列入 4 · 任务 4 (25%)") })
    }

    @Test("--by tier and --by industry regroup the same enterprises")
    func groupings() throws {
        let sandbox = try ReportStore.make()
        let byTier = try #require(try json(sandbox, ["progress", "--by", "tier"])["rows"] as? [[String: Any]])
        #expect(byTier.map { ($0["reached"] as? [String: Int])?["listed"] } == [2, 3, 3])
        let byIndustry = try #require(try json(sandbox, ["progress", "--by", "行业"])["rows"] as? [[String: Any]])
        #expect(byIndustry.map { $0["name"] as? String } == ["机械", "危险化学品", "建筑", "非煤矿山", "食品加工", "煤矿", "烟花爆竹（生产、批发）"])
        #expect(byIndustry.allSatisfy { $0["quota"] is NSNull })
        let bad = try sandbox.anxin(["report", "progress", "--by", "county"])
        #expect(bad.status == 2 && bad.stderr.contains("--by"), "\(bad)")
    }

    @Test("overdue lists each group's overdue enterprises with days overdue")
    func overdue() throws {
        let sandbox = try ReportStore.make()
        let object = try json(sandbox, ["overdue"])
        #expect(object["total"] as? Int == 2)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["清苑区", "竞秀区"])
        let first = try #require((groups[0]["enterprises"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == ReportStore.b && first["next_step"] as? String == "apply")
        #expect(first["due"] as? String == "2024-07-31" && first["days_overdue"] as? Int == 15)
        let second = try #require((groups[1]["enterprises"] as? [[String: Any]])?.first)
        #expect(second["code"] as? String == ReportStore.h && second["due"] as? String == "2024-06-30")
        #expect(second["days_overdue"] as? Int == 46)
        let csv = CSVReader.parse(String(try report(sandbox, ["overdue", "--format", "csv"]).stdout.dropFirst()))
        #expect(csv.count == 3 && csv[1].contains(ReportStore.b) && csv[2].contains(ReportStore.h))
    }

    @Test("criteria: unmet share per criterion among enterprises with a verdict, worst first")
    func criteria() throws {
        let sandbox = try ReportStore.make()
        let rows = CSVReader.parse(String(try report(sandbox, ["criteria", "--format", "csv"]).stdout.dropFirst()))
        let normalized = rows.filter { $0.first == "规范化" }
        #expect(normalized.count == 12)
        #expect(normalized.prefix(2).map { [$0[1], $0[3], $0[4], $0[5]] } == [["N05", "2", "1", "0.5"], ["N03", "3", "1", "0.3333"]])
        #expect(normalized.first { $0[1] == "N07" }?[3] == "0", "not applicable is not a verdict on the criterion")
        let problem = rows.filter { $0.first == "问题型" }
        #expect(problem.first.map { [$0[1], $0[3], $0[4]] } == ["P01", "2", "2"])
        let object = try json(sandbox, ["criteria"])
        let tiers = try #require(object["tiers"] as? [[String: Any]])
        #expect(tiers.map { $0["tier"] as? String } == ["standardized", "normalized", "problem"])
    }

    @Test("assessment: steps done, missed or not yet due per office; the year and eligibility; what was missed")
    func assessment() throws {
        let sandbox = try ReportStore.make()
        let object = try json(sandbox, ["assessment"])
        let offices = try #require(object["offices"] as? [[String: Any]])
        func statuses(_ office: [String: Any]) -> [String] {
            ((office["steps"] as? [[String: Any]]) ?? []).map { $0["status"] as? String ?? "?" }
        }
        #expect(offices.map { $0["name"] as? String } == ["清苑区", "高新区", "竞秀区", "市住建局"])
        #expect(statuses(offices[0]) == ["done", "missed", "done", "missed", "city-task", "not-yet-due", "city-task", "city-task"])
        #expect(statuses(offices[1]) == ["missed", "done", "done", "done", "city-task", "done", "city-task", "city-task"])
        #expect(statuses(offices[2]) == ["done", "done", "done", "missed", "city-task", "not-yet-due", "city-task", "city-task"])
        #expect(statuses(offices[3]) == ["done", "done", "done", "done", "city-task", "done", "city-task", "city-task"])
        #expect(offices.map { $0["year"] as? String } == ["incomplete", "incomplete", "incomplete", "complete"])
        #expect(offices.map { $0["eligible"] as? Bool } == [false, false, false, true])
        let step2 = try #require((offices[0]["steps"] as? [[String: Any]])?[1]["missed"] as? [[String: Any]])
        #expect(step2.count == 1 && step2[0]["code"] as? String == ReportStore.b)
        #expect(step2[0]["due"] as? String == "2024-04-15" && step2[0]["reached_on"] as? String == "2024-04-20")
        let quota = try #require((offices[1]["steps"] as? [[String: Any]])?[0]["missed"] as? [[String: Any]])
        #expect(quota.first?["type"] as? String == "quota" && quota.first?["tier"] as? String == "problem")
        let city = try #require(object["city"] as? [String: Any])
        #expect(statuses(city) == ["missed", "missed", "done", "missed", "missed", "not-yet-due", "not-yet-due", "not-yet-due"])

        let table = try report(sandbox, ["assessment"]).stdout
        #expect(table.contains("保定昌盛食品有限公司（\(ReportStore.b)）：签订承诺书"))
        #expect(table.contains("非煤矿山示范观摩点未确定"))
    }

    @Test("assessment as of 04-20: step 2 already missed, step 3 not yet due")
    func assessmentAsOf() throws {
        let sandbox = try ReportStore.make()
        let object = try json(sandbox, ["assessment", "--as-of", "2024-04-20"])
        #expect(object["as_of"] as? String == "2024-04-20")
        let qingyuan = try #require((object["offices"] as? [[String: Any]])?.first)
        let steps = try #require(qingyuan["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["done", "missed", "not-yet-due", "not-yet-due", "city-task",
                                                          "not-yet-due", "city-task", "city-task"])
        #expect((steps[2]["open"] as? [Any])?.count == 4)
    }

    @Test("HTML: one self-contained page with SVG bars, A4 print rules, no script and no address outside it")
    func html() throws {
        let sandbox = try ReportStore.make()
        let file = sandbox.root + "/progress.html"
        let written = try report(sandbox, ["progress", "--format", "html", "-o", file])
        #expect(written.stdout.contains(file))
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<html lang=\"zh-CN\">") && page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("@page { size: A4") && page.contains("thead { display: table-header-group; }"))
        #expect(page.contains("<svg class=\"bars\""))
        // One bar group per row, each with its quota line.
        #expect(page.components(separatedBy: "<g><title>").count - 1 == 4)
        #expect(page.components(separatedBy: "stroke=\"#d9730d\"").count - 1 == 4)
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "src="] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.components(separatedBy: "<table>").count == page.components(separatedBy: "</table>").count)
        #expect(page.components(separatedBy: "<section>").count == page.components(separatedBy: "</section>").count)
        let english = try report(sandbox, ["progress", "--format", "html", "--lang", "en"]).stdout
        #expect(english.contains("<html lang=\"en\">") && english.contains("City total"))
    }

    @Test("HTML and Markdown escape names from the data")
    func escaping() throws {
        let sandbox = try ReportStore.make()
        let code = CreditCodes.make(910)
        try sandbox.ok(["add", "--code", code, "--name", "<script>alert(\"x\")</script> & 'Co' |*_", "--jurisdiction", "清苑区",
                        "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李强"] + Self.day)
        let page = try report(sandbox, ["assessment", "--format", "html"]).stdout
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; |*_"))
        let markdown = try report(sandbox, ["assessment", "--format", "md"]).stdout
        #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> \\& 'Co' \\|\\*\\_"))
        // A name Excel would run as a formula is shown as text in the CSV.
        try sandbox.ok(["add", "--code", CreditCodes.make(911), "--name", "=HYPERLINK(\"x\")有限公司", "--jurisdiction", "清苑区",
                        "--industry", "机械", "--tier", "规范化", "--level", "属地", "--dept", "清苑区", "--person", "李强"] + Self.day)
        let csv = CSVReader.parse(String(try report(sandbox, ["overdue", "--format", "csv"]).stdout.dropFirst()))
        #expect(csv.contains { $0.contains("'=HYPERLINK(\"x\")有限公司") })
        #expect(csv.contains { $0.contains("0312-5550000") }, "a phone number is left as it is")
    }

    @Test("Markdown: a title, a table per section with aligned numbers")
    func markdown() throws {
        let sandbox = try ReportStore.make()
        let text = try report(sandbox, ["progress", "--format", "md"]).stdout
        #expect(text.hasPrefix("# 安全诚信企业创建活动进度报表\n"))
        #expect(text.contains("| 单位 | 类型 | 任务 标/规/问 | 任务数 |"))
        #expect(text.contains("| --- | --- | --- | ---: |"))
        #expect(text.contains("| 清苑区 | 县区 | 1/2/1 | 4 | 4 |"))
        #expect(text.contains("| **全市** |"))
    }

    @Test("-o into a missing directory fails with the path and what to do, exit 1")
    func unwritable() throws {
        let sandbox = try ReportStore.make()
        let path = sandbox.root + "/no/such/dir/report.html"
        let result = try sandbox.anxin(["report", "progress", "--format", "html", "-o", path] + Self.day)
        #expect(result.status == 1 && result.stderr.contains(path) && result.stderr.contains("目录"), "\(result)")
    }
}
