import AnxinCore
import Foundation

/// A column of the roster spreadsheet: the fields of an enterprise's roster line (seed step 1).
public enum RosterField: String, CaseIterable, Sendable {
    case name, code, jurisdiction, industry, tier, level, department, person, phone, address

    /// The header anxin writes: Chinese by default, the English field name with `--lang en`.
    public var header: Message {
        switch self {
        case .name: Message(zh: "企业名称", en: "name")
        case .code: Message(zh: "统一社会信用代码", en: "code")
        case .jurisdiction: Message(zh: "所属县区", en: "jurisdiction")
        case .industry: Message(zh: "行业", en: "industry")
        case .tier: Message(zh: "类别", en: "tier")
        case .level: Message(zh: "监管层级", en: "level")
        case .department: Message(zh: "责任部门", en: "department")
        case .person: Message(zh: "责任人", en: "person")
        case .phone: Message(zh: "联系电话", en: "phone")
        case .address: Message(zh: "地址", en: "address")
        }
    }

    /// The field's name in messages.
    public var label: Message {
        switch self {
        case .code: Message(zh: "统一社会信用代码", en: "credit code")
        case .level: Message(zh: "监管层级", en: "supervision level")
        case .department: Message(zh: "责任部门", en: "responsible department")
        case .person: Message(zh: "责任人", en: "responsible person")
        default: header
        }
    }

    /// Other headers counties write for the same column.
    var aliases: [String] {
        switch self {
        case .name: ["单位名称", "企业全称", "enterprise"]
        case .code: ["信用代码", "社会信用代码", "creditcode", "credit_code"]
        case .jurisdiction: ["县区", "县（市、区）", "所属县（市、区）", "属地"]
        case .industry: ["所属行业"]
        case .tier: ["企业类别", "创建类别"]
        case .level: ["监管级别", "supervision"]
        case .department: ["dept", "责任单位"]
        case .person: ["责任人姓名"]
        case .phone: ["电话", "手机", "联系方式"]
        case .address: ["企业地址", "详细地址"]
        }
    }

    /// A listing cannot do without these (the guard of `listed`).
    public var isRequired: Bool { self != .phone && self != .address }

    /// The field a header or a `--map` target names: its Chinese or English header or an alias, ignoring case,
    /// spaces and the `*` that templates put on required columns.
    public init?(header: String) {
        let wanted = RosterField.normalized(header)
        guard let field = RosterField.allCases.first(where: { field in
            RosterField.normalized(field.header.zh) == wanted || field.rawValue == wanted
                || field.aliases.contains { RosterField.normalized($0) == wanted }
        }) else { return nil }
        self = field
    }

    static func normalized(_ header: String) -> String {
        String(header.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" })
    }
}

/// Which column of a roster file holds which field: from its header row, plus the user's `--map COLUMN=field`.
public struct RosterColumns: Sendable, Equatable {
    /// The 0-based column of each field present.
    public private(set) var positions: [RosterField: Int] = [:]
    /// The header of each column as written in the file (for messages).
    public let headers: [String]
    /// Headers that name no field: ignored (the import says so once).
    public private(set) var ignored: [String] = []
    /// Problems of the header row itself.
    public private(set) var problems: [Message] = []

    /// `mapping`: header text (as in the file) → field, from `--map`.
    public init(header: [String], mapping: [String: RosterField] = [:]) {
        headers = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var claimed: [RosterField: String] = [:]
        let mapped = Dictionary(mapping.map { (RosterField.normalized($0.key), $0.value) }, uniquingKeysWith: { $1 })
        var used = Set<String>()
        for (position, text) in headers.enumerated() {
            let key = RosterField.normalized(text)
            if key.isEmpty { continue }
            let field = mapped[key] ?? RosterField(header: text)
            if mapped[key] != nil { used.insert(key) }
            guard let field else {
                ignored.append(text)
                continue
            }
            if let first = claimed[field] {
                problems.append(Catalog.importDuplicateColumn(first, text, field: field.header))
                continue
            }
            claimed[field] = text
            positions[field] = position
        }
        for key in mapping.keys where !used.contains(RosterField.normalized(key)) {
            problems.append(Catalog.importMapColumnMissing(key))
        }
        if positions[.code] == nil { problems.append(Catalog.importNoCodeColumn) }
    }

    /// The cell of a field in a record, or nil when the file has no such column. Cells are trimmed; Excel's
    /// `="…"` text guard is removed.
    public func value(_ field: RosterField, in record: CSVRecord) -> String? {
        guard let position = positions[field] else { return nil }
        guard position < record.fields.count else { return "" }
        return RosterColumns.clean(record.fields[position])
    }

    /// The header written in the file for a field.
    public func header(of field: RosterField) -> String {
        positions[field].map { headers[$0] } ?? field.header.zh
    }

    static func clean(_ cell: String) -> String {
        var text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("=\""), text.hasSuffix("\""), text.count >= 3 {
            text = String(text.dropFirst(2).dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return text
    }

    // MARK: Export

    /// The header row anxin writes: every field, in the order of `RosterField.allCases`.
    public static func exportHeader(_ language: Language) -> [String] {
        RosterField.allCases.map { $0.header.text(language) }
    }

    /// An enterprise's cells, in the order of the header. Tier and level are the Chinese labels, or the English
    /// tokens with `--lang en`: both read back.
    public static func exportFields(_ profile: EnterpriseProfile, _ language: Language) -> [String] {
        RosterField.allCases.map { field in
            switch field {
            case .name: profile.name
            case .code: profile.code.value
            case .jurisdiction: profile.jurisdiction
            case .industry: profile.industry
            case .tier: language == .zh ? profile.tier.label.zh : profile.tier.rawValue
            case .level: language == .zh ? profile.level.label.zh : profile.level.rawValue
            case .department: profile.department
            case .person: profile.person
            case .phone: profile.phone ?? ""
            case .address: profile.address ?? ""
            }
        }
    }
}
