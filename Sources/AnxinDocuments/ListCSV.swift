import Foundation
import AnxinCore

/// A list as CSV for spreadsheets: UTF-8 with a BOM (so Excel shows the Chinese), CRLF line ends, RFC 4180
/// quoting, a header row in the interface language and one row per member.
public enum ListCSV {
    struct Column {
        let key: String
        let header: Message
    }

    public static func render(_ list: CampaignList, context: [String: Any], language: Language) -> String {
        let columns = base + extra(list)
        var rows: [[String]] = [columns.map { $0.header.text(language) }]
        let members: [[String: Any]]
        if list == .demoSites {
            let sectors = context["sectors"] as? [[String: Any]] ?? []
            let bySector = sectors.flatMap { sector in
                (sector["sites"] as? [[String: Any]] ?? []).map { $0.merging(["group": sector["sector"] ?? ""]) { $1 } }
            }
            let rectified = (context["rectified"] as? [[String: Any]] ?? []).map {
                $0.merging(["group": Catalog.csvRectifiedGroup.text(language)]) { $1 }
            }
            members = bySector + rectified
        } else {
            members = context["members"] as? [[String: Any]] ?? []
        }
        for (index, member) in members.enumerated() {
            rows.append(columns.map { column in
                if column.key == "index" { return String(index + 1) }
                switch member[column.key] {
                case let text as String: return text
                case let flag as Bool: return flag ? Catalog.csvYes.text(language) : ""
                default: return ""
                }
            })
        }
        return "\u{FEFF}" + rows.map(line).joined(separator: "\r\n") + "\r\n"
    }

    static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    static let base: [Column] = [
        Column(key: "index", header: Message(zh: "序号", en: "no")),
        Column(key: "name", header: Message(zh: "企业名称", en: "name")),
        Column(key: "code", header: Message(zh: "统一社会信用代码", en: "code")),
        Column(key: "jurisdiction", header: Message(zh: "所属县区", en: "jurisdiction")),
        Column(key: "industry", header: Message(zh: "行业", en: "industry")),
        Column(key: "tier", header: Message(zh: "类别", en: "tier")),
        Column(key: "level", header: Message(zh: "监管层级", en: "supervision level")),
        Column(key: "department", header: Message(zh: "责任部门", en: "department")),
        Column(key: "person", header: Message(zh: "责任人", en: "person")),
    ]

    static func extra(_ list: CampaignList) -> [Column] {
        switch list {
        case .notice, .incentives:
            [Column(key: "stage", header: Message(zh: "阶段", en: "stage")),
             Column(key: "acceptedDate", header: Message(zh: "验收日期", en: "accepted on")),
             Column(key: "acceptedOffice", header: Message(zh: "验收单位", en: "accepted by")),
             Column(key: "acceptedRef", header: Message(zh: "验收文号", en: "acceptance reference"))]
        case .awards:
            [Column(key: "acceptedDate", header: Message(zh: "验收日期", en: "accepted on")),
             Column(key: "acceptedOffice", header: Message(zh: "验收单位", en: "accepted by")),
             Column(key: "publicizedDate", header: Message(zh: "公示日期", en: "publicized on"))]
        case .announcement:
            [Column(key: "deadline", header: Message(zh: "整改期限", en: "rectification deadline")),
             Column(key: "acceptedDate", header: Message(zh: "验收销账日期", en: "closed on")),
             Column(key: "acceptedOffice", header: Message(zh: "验收单位", en: "closed by")),
             Column(key: "acceptedRef", header: Message(zh: "验收文号", en: "reference"))]
        case .demoSites:
            [Column(key: "group", header: Message(zh: "观摩类别", en: "demonstration group")),
             Column(key: "stage", header: Message(zh: "阶段", en: "stage"))]
        case .supervision:
            [Column(key: "since", header: Message(zh: "纳入日期", en: "since")),
             Column(key: "reason", header: Message(zh: "原因", en: "reason")),
             Column(key: "fromRevocation", header: Message(zh: "撤销称号后纳入", en: "after a revoked title")),
             Column(key: "revocationCause", header: Message(zh: "撤销原因", en: "revocation cause")),
             Column(key: "markOffice", header: Message(zh: "决定单位", en: "decided by"))]
        case .blacklist:
            [Column(key: "since", header: Message(zh: "列入日期", en: "listed on")),
             Column(key: "cause", header: Message(zh: "列入情形", en: "cause")),
             Column(key: "reason", header: Message(zh: "事由", en: "reason")),
             Column(key: "termEnd", header: Message(zh: "期满日期", en: "term ends")),
             Column(key: "earliestRemoval", header: Message(zh: "可申请提前移出日期", en: "early removal from")),
             Column(key: "termOver", header: Message(zh: "已期满待移出", en: "term over, removal pending")),
             Column(key: "inCampaign", header: Message(zh: "仍在创建名单内", en: "still in the campaign"))]
        }
    }
}
