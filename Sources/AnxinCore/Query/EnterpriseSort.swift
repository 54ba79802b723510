/// Sort keys shared by every front end.
public enum SortKey: String, Term {
    case name, code, jurisdiction, stage, progress, due

    public var label: Message {
        switch self {
        case .name: Message(zh: "名称", en: "name")
        case .code: Message(zh: "代码", en: "code")
        case .jurisdiction: Message(zh: "县区", en: "jurisdiction")
        case .stage: Message(zh: "阶段", en: "stage")
        case .progress: Message(zh: "进度", en: "progress")
        case .due: Message(zh: "下一步期限", en: "next due date")
        }
    }
}

/// Runs a filter and a sort over the state.
public struct RosterQuery: Sendable {
    public var filter = EnterpriseFilter()
    public var sort: SortKey = .name
    public var descending = false

    public init(filter: EnterpriseFilter = EnterpriseFilter(), sort: SortKey = .name, descending: Bool = false) {
        self.filter = filter
        self.sort = sort
        self.descending = descending
    }

    public func run(on state: CampaignState, today: Day) -> [EnterpriseRecord] {
        let calendar = state.config.calendar
        let rows = state.listingOrder.compactMap { state[$0] }.filter { filter.matches($0, calendar: calendar, today: today) }
        // Precompute the key once per row, then sort; ties fall back to the credit code so the order is total.
        switch sort {
        case .name: return ordered(rows) { $0.profile.name }
        case .code: return ordered(rows) { $0.profile.code.value }
        case .jurisdiction: return ordered(rows) { $0.profile.jurisdiction }
        case .stage: return ordered(rows) { $0.stage.rank }
        case .progress:
            let catalog = state.catalog
            return ordered(rows) { $0.progress(in: catalog).ratio }
        case .due:
            // Enterprises with nothing due sort last, whichever the direction.
            let keyed = rows.map { (due: calendar.nextStep(of: $0)?.due, row: $0) }
            let dated = ordered(keyed.filter { $0.due != nil }.map(\.row)) { calendar.nextStep(of: $0)?.due?.daysSinceEpoch ?? 0 }
            let undated = keyed.filter { $0.due == nil }.map(\.row).sorted { $0.profile.code.value < $1.profile.code.value }
            return dated + undated
        }
    }

    private func ordered<Key: Comparable>(_ rows: [EnterpriseRecord], by key: (EnterpriseRecord) -> Key) -> [EnterpriseRecord] {
        let keyed = rows.map { (key: key($0), code: $0.profile.code.value, row: $0) }
        let sorted = keyed.sorted { a, b in
            if a.key != b.key { return descending ? a.key > b.key : a.key < b.key }
            return a.code < b.code
        }
        return sorted.map(\.row)
    }
}
