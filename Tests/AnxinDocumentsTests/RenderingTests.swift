import AnxinCore
@testable import AnxinDocuments
import Foundation
import Testing

@Suite("Documents rendered from templates")
struct RenderingTests {
    static let day = DocumentFixture.day("2024-09-15")
    static let builtIn = TemplateSet(directory: "/nonexistent/anxin/templates")

    static func listContext(_ list: CampaignList) -> [String: Any] {
        DocumentContext(config: DocumentFixture.config, day: day).list(list, selector: ListSelector(state: DocumentFixture.state()))
    }

    static func recordContext(_ code: CreditCode) -> [String: Any] {
        let state = DocumentFixture.state()
        return DocumentContext(config: DocumentFixture.config, day: day)
            .record(AcceptanceSheet(record: state[code]!, catalog: state.catalog))
    }

    static func letterContext(_ kind: LetterKind) -> [String: Any] {
        let entry = ListSelector(state: DocumentFixture.state()).blacklist(on: day)[0]
        return DocumentContext(config: DocumentFixture.config, day: day).letter(kind, entry: entry)
    }

    @Test("every default template renders in each of its formats")
    func everyDefault() throws {
        for list in CampaignList.allCases {
            for format in [DocumentFormat.txt, .md, .html] {
                let text = try Self.builtIn.render(list.rawValue, format: format, context: Self.listContext(list))
                #expect(text.contains("保定市"), "\(list) \(format)")
            }
        }
        for kind in LetterKind.allCases {
            for format in [DocumentFormat.txt, .md, .html] {
                let text = try Self.builtIn.render("letter-\(kind.rawValue)", format: format, context: Self.letterContext(kind))
                #expect(text.contains("竞秀区宏兴物流有限公司"), "\(kind) \(format)")
            }
        }
        for format in [DocumentFormat.txt, .md, .html] {
            _ = try Self.builtIn.render("record", format: format, context: Self.recordContext(DocumentFixture.accepted))
        }
    }

    @Test("the notice reads: its intro with the count, the tier group, each member with code and acceptance date")
    func noticeText() throws {
        let text = try Self.builtIn.render("notice", format: .txt, context: Self.listContext(.notice))
        #expect(text.hasPrefix("保定市安全诚信企业公示名单\n"))
        #expect(text.contains("以下2家企业验收合格，拟认定为2024年度“安全诚信企业”"))
        #expect(text.contains("一、规范化企业（2家）"))
        #expect(text.contains("2. 保定市清苑区华丰食品有限公司（统一社会信用代码：\(DocumentFixture.accepted)；清苑区；食品加工；验收日期：2024-08-15）"))
        #expect(text.hasSuffix("保定市安全生产监督管理局\n2024年9月15日\n"))
    }

    @Test("an empty list says so instead of announcing 0 enterprises")
    func emptyList() throws {
        let text = try Self.builtIn.render("awards", format: .txt, context: Self.listContext(.awards))
        #expect(text.contains("截至2024年9月15日，暂无已公示待授牌的企业。"))
        #expect(!text.contains("以下0家"))
    }

    @Test("HTML escapes a hostile name; text prints it as it is; Markdown escapes its markup")
    func escaping() throws {
        let html = try Self.builtIn.render("notice", format: .html, context: Self.listContext(.notice))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;恒达&amp;机械*有限|公司"))
        #expect(!html.contains("<script>"))
        let text = try Self.builtIn.render("notice", format: .txt, context: Self.listContext(.notice))
        #expect(text.contains(DocumentFixture.hostile))
        let markdown = try Self.builtIn.render("notice", format: .md, context: Self.listContext(.notice))
        #expect(markdown.contains(#"\<script\>alert(1)\</script\>恒达&机械\*有限\|公司"#))
        let record = try Self.builtIn.render("record", format: .html, context: Self.recordContext(DocumentFixture.hostileCode))
        #expect(record.contains("A, &quot;B&quot;") && !record.contains("<script>"))
    }

    @Test("a letter names its generic addressee, the cause, the dates of the term and of early removal")
    func letters() throws {
        let banks = try Self.builtIn.render("letter-banks", format: .txt, context: Self.letterContext(.banks))
        #expect(banks.contains("竞秀区宏兴物流有限公司开户银行（金融机构）："))
        #expect(banks.contains("因重大隐患逾期未整改（重大事故隐患逾期未整改）"))
        #expect(banks.contains("自2024年9月2日起列入安全生产“黑名单”，期限至2027年9月2日"))
        #expect(banks.contains("可自2025年9月2日起"))
        let shareholders = try Self.builtIn.render("letter-shareholders", format: .txt, context: Self.letterContext(.shareholders))
        #expect(shareholders.contains("竞秀区宏兴物流有限公司全体股东："))
        let power = try Self.builtIn.render("letter-power", format: .txt, context: Self.letterContext(.power))
        #expect(power.contains("\n保定市供电公司：\n"))
        let notice = try Self.builtIn.render("letter-public", format: .txt, context: Self.letterContext(.publicNotice))
        #expect(notice.hasPrefix("关于将竞秀区宏兴物流有限公司列入安全生产“黑名单”的公告"))
    }

    @Test("the acceptance record shows every criterion with its verdict and note, N05's levels, the decision and signatures")
    func record() throws {
        let text = try Self.builtIn.render("record", format: .txt, context: Self.recordContext(DocumentFixture.accepted))
        #expect(text.contains("N01 守法与承诺　【符合】"))
        #expect(text.contains("备注：证照齐全，承诺书已签"))
        #expect(text.contains("检查人：刘洋（清苑区，2024-06-01）"))
        #expect(text.contains("N05 隐患排查治理　【符合】"))
        for level in ["厂级", "车间", "班组", "岗位"] { #expect(text.contains("· \(level)：符合；\(level)自查记录完整（张伟，2024-06-02）")) }
        #expect(text.contains("N07 重大危险源　【不适用】"))
        #expect(text.contains("备注：无重大危险源"))
        #expect(text.contains("验收合格，登记建档。验收单位：清苑区；记录人：赵敏；日期：2024-08-15；文号：清验〔2024〕8号"))
        #expect(text.contains("2024-08-01 清苑区（张伟）：应急演练记录不全"))
        #expect(text.contains("验收组长：") && text.contains("验收组成员：") && text.contains("企业负责人："))
        #expect(text.contains("企业名称：保定市清苑区华丰食品有限公司") && text.contains("责任人：王建国"))
        let html = try Self.builtIn.render("record", format: .html, context: Self.recordContext(DocumentFixture.accepted))
        #expect(html.contains("@page { size: A4;"))
        #expect(!html.contains("http://") && !html.contains("https://"), "a printable page loads nothing from the network")
    }

    @Test("CSV starts with a BOM, ends rows with CRLF, quotes fields with commas and quotes")
    func csv() {
        let text = ListCSV.render(.notice, context: Self.listContext(.notice), language: .zh)
        #expect(text.hasPrefix("\u{FEFF}序号,企业名称,统一社会信用代码,所属县区"))
        #expect(text.contains("\r\n"))
        #expect(text.contains("\"A, \"\"B\"\"\""))
        #expect(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        let english = ListCSV.render(.blacklist, context: Self.listContext(.blacklist), language: .en)
        #expect(english.hasPrefix("\u{FEFF}no,name,code"))
        #expect(english.contains("2027-09-02") && english.contains("2025-09-02"))
    }

    @Test("every name the documents provide is in the vocabulary templates are checked against")
    func vocabularyCoversContexts() {
        func keys(_ value: Any) -> Set<String> {
            if let dictionary = value as? [String: Any] {
                return Set(dictionary.keys).union(dictionary.values.flatMap { keys($0) })
            }
            if let array = value as? [Any] { return Set(array.flatMap { keys($0) }) }
            return []
        }
        var all = Set<String>()
        for list in CampaignList.allCases { all.formUnion(keys(Self.listContext(list))) }
        for kind in LetterKind.allCases { all.formUnion(keys(Self.letterContext(kind))) }
        all.formUnion(keys(Self.recordContext(DocumentFixture.accepted)))
        all.formUnion(keys(DocumentContext(config: DocumentFixture.config, day: Self.day).list(.demoSites,
                                           selector: ListSelector(state: DocumentFixture.state()))))
        #expect(all.subtracting(DocumentVocabulary.names).isEmpty, "\(all.subtracting(DocumentVocabulary.names))")
    }
}
