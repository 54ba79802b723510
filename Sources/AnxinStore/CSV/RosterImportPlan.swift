import AnxinCore

/// A problem with one row of a roster file: its spreadsheet row, the physical lines it spans, the column (as the
/// file's header names it) when one cell is at fault, and why.
public struct RosterRowProblem: Sendable, Equatable {
    public var row: Int
    public var firstLine: Int
    public var lastLine: Int
    public var column: String?
    public var message: Message

    public init(row: Int, firstLine: Int, lastLine: Int, column: String?, message: Message) {
        self.row = row
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.column = column
        self.message = message
    }
}

/// What importing a roster file would do: list each new code, edit each known code whose fields differ, and leave
/// the rest alone. Every row is checked (credit code, required fields, the campaign's lists, duplicates in the
/// file) and then judged by the same `Rulebook` that judges `anxin add` and `anxin edit`, as the acting office.
public struct RosterImportPlan: Sendable {
    public enum Action: Sendable, Equatable {
        case list(EnterpriseProfile)
        case edit(ProfileChange)

        public var payload: EventPayload {
            switch self {
            case let .list(profile): .listed(profile)
            case let .edit(change): .edited(change)
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var row: Int
        public var code: CreditCode
        public var action: Action
    }

    /// The events to record, in row order (only valid rows).
    public var entries: [Entry] = []
    /// Valid rows that match the roster already: nothing to record.
    public var unchanged = 0
    /// Rows that are not blank.
    public var rows = 0
    public var problems: [RosterRowProblem] = []
    /// Rows with at least one problem.
    public var invalidRows = 0

    public var listings: Int { entries.filter { if case .list = $0.action { true } else { false } }.count }
    public var edits: Int { entries.count - listings }

    /// `progress(done, total)` is called every few hundred rows (for a progress bar).
    public static func make(records: [CSVRecord], columns: RosterColumns, state: CampaignState, actor: String,
                            office: String, now: Instant, today: Day?,
                            progress: ((Int, Int) -> Void)? = nil) -> RosterImportPlan {
        var rulebook = Rulebook(config: state.config, catalog: state.catalog)
        rulebook.today = today
        var plan = RosterImportPlan()
        let rows = records.filter { !$0.isBlank }
        plan.rows = rows.count

        // Codes that appear on more than one row: each such row is a problem (the file disagrees with itself).
        var rowsOfCode: [String: [Int]] = [:]
        for record in rows {
            if let raw = columns.value(.code, in: record), let code = try? CreditCode(validating: raw) {
                rowsOfCode[code.value, default: []].append(record.row)
            }
        }

        for (done, record) in rows.enumerated() {
            if done % 250 == 0 { progress?(done, rows.count) }
            var problems: [RosterRowProblem] = []
            func problem(_ field: RosterField?, _ message: Message) {
                problems.append(RosterRowProblem(row: record.row, firstLine: record.firstLine, lastLine: record.lastLine,
                                                 column: field.map(columns.header(of:)), message: message))
            }
            let row = RowReader(columns: columns, record: record, config: state.config)
            var code: CreditCode?
            let rawCode = row.text(.code)
            if rawCode.isEmpty {
                problem(.code, Catalog.importMissingField(RosterField.code.label))
            } else if RosterImportPlan.looksLikeExcelNumber(rawCode) {
                problem(.code, Catalog.importCodeTurnedIntoNumber(rawCode))
            } else {
                do { code = try CreditCode(validating: rawCode) } catch { problem(.code, error.message) }
            }
            if let code, let others = rowsOfCode[code.value], others.count > 1 {
                problem(.code, Catalog.importDuplicateCode(code.value, rows: others.filter { $0 != record.row }))
            }
            let existing = code.flatMap { state[$0] }
            if let existing, !existing.isActive {
                problem(nil, Catalog.importRemovedEnterprise(existing.profile.name, reason: existing.removal ?? ""))
            }
            let listing = existing == nil
            let fields = row.parse(requireAll: listing, problem: problem)

            var action: Action?
            if let code, problems.isEmpty {
                if let existing {
                    let change = fields.change(from: existing.profile)
                    if !change.isEmpty { action = .edit(change) }
                } else if let profile = fields.profile(code: code) {
                    action = .list(profile)
                }
                if let action {
                    let event = Event(id: EventID(high: 0, low: 0), at: now, replica: "", actor: actor, office: office,
                                      enterprise: code, payload: action.payload)
                    if let refusal = rulebook.refusal(for: event, in: state) { problem(nil, refusal.message) }
                }
            }
            if problems.isEmpty {
                if let code, let action { plan.entries.append(Entry(row: record.row, code: code, action: action)) } else { plan.unchanged += 1 }
            } else {
                plan.invalidRows += 1
                plan.problems += problems
            }
        }
        progress?(rows.count, rows.count)
        return plan
    }

    /// `9.11306E+17`: what Excel shows (and saves) for an all-digit code in a column not formatted as text.
    static func looksLikeExcelNumber(_ text: String) -> Bool {
        let upper = text.uppercased()
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e], exponent = upper[upper.index(after: e)...]
        return !mantissa.isEmpty && mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && exponent.hasPrefix("+") && exponent.dropFirst().allSatisfy { $0.isASCII && $0.isNumber } && exponent.count > 1
    }
}

/// The roster fields of one row, as read and checked.
struct RowFields {
    var values: [RosterField: String] = [:]
    var tier: Tier?
    var level: SupervisionLevel?

    /// A listing's profile, when every required field is there.
    func profile(code: CreditCode) -> EnterpriseProfile? {
        guard let tier, let level, let name = values[.name], let jurisdiction = values[.jurisdiction],
              let industry = values[.industry], let department = values[.department], let person = values[.person]
        else { return nil }
        return EnterpriseProfile(code: code, name: name, jurisdiction: jurisdiction, industry: industry, tier: tier,
                                 level: level, department: department, person: person,
                                 phone: values[.phone].flatMap { $0.isEmpty ? nil : $0 },
                                 address: values[.address].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The fields of the file that differ from the roster (a column the file lacks is left as it is; an empty
    /// phone or address cell clears it).
    func change(from profile: EnterpriseProfile) -> ProfileChange {
        var change = ProfileChange()
        func differing(_ field: RosterField, _ current: String) -> String? {
            guard let value = values[field], value != current else { return nil }
            return value
        }
        change.name = differing(.name, profile.name)
        change.jurisdiction = differing(.jurisdiction, profile.jurisdiction)
        change.industry = differing(.industry, profile.industry)
        change.department = differing(.department, profile.department)
        change.person = differing(.person, profile.person)
        change.phone = differing(.phone, profile.phone ?? "")
        change.address = differing(.address, profile.address ?? "")
        if let tier, tier != profile.tier { change.tier = tier }
        if let level, level != profile.level { change.level = level }
        return change
    }
}

/// Reads and checks the cells of one row against the campaign's lists.
struct RowReader {
    let columns: RosterColumns
    let record: CSVRecord
    let config: CampaignConfig

    func text(_ field: RosterField) -> String { columns.value(field, in: record) ?? "" }

    /// Checks each field the file has; `requireAll`: a new listing needs every required field.
    func parse(requireAll: Bool, problem: (RosterField?, Message) -> Void) -> RowFields {
        var fields = RowFields()
        for field in RosterField.allCases where field != .code {
            guard let value = columns.value(field, in: record) else {
                if requireAll && field.isRequired { problem(nil, Catalog.importMissingColumn(field.label)) }
                continue
            }
            if value.isEmpty {
                if field.isRequired { problem(field, Catalog.importMissingField(field.label)) } else { fields.values[field] = "" }
                continue
            }
            switch field {
            case .tier:
                if let tier = Tier(token: value) { fields.tier = tier } else { problem(field, Catalog.importUnknownTier(value)) }
            case .level:
                if let level = SupervisionLevel(token: value) { fields.level = level } else { problem(field, Catalog.importUnknownLevel(value)) }
            case .jurisdiction:
                if config.jurisdiction(named: value) == nil {
                    problem(field, Catalog.importUnknownName(value, field: field.label,
                                                             suggestion: suggestion(value, config.jurisdictions.map(\.name))))
                }
            case .industry:
                if config.industry(named: value) == nil {
                    problem(field, Catalog.importUnknownName(value, field: field.label,
                                                             suggestion: suggestion(value, config.industries.map(\.name))))
                }
            case .department:
                if config.office(named: value) == nil {
                    problem(field, Catalog.importUnknownName(value, field: field.label,
                                                             suggestion: suggestion(value, config.officeNames)))
                }
            default:
                break
            }
            fields.values[field] = value
        }
        return fields
    }

    /// The one known name that contains the text or is contained in it (清苑 → 清苑区), if exactly one.
    func suggestion(_ text: String, _ known: [String]) -> String? {
        let matches = known.filter { $0.contains(text) || text.contains($0) }
        return matches.count == 1 ? matches[0] : nil
    }
}
