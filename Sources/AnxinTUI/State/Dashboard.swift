import AnxinCore

/// The supervisors' dashboard (总览): one row per jurisdiction and city department with its progress against
/// quota, the city's total, and the criteria that fail most per tier. The numbers are `anxin report progress`'s
/// (the same `ProgressReport`), taken when the dashboard opens.
public struct Dashboard: Sendable {
    /// How the rows are ordered.
    public enum Order: Int, Sendable, CaseIterable {
        /// The campaign's order: jurisdictions, then departments.
        case campaign
        /// Lowest share of the quota finished first (rows without a quota last): who is furthest behind.
        case furthestBehind
        /// Most overdue enterprises first.
        case mostOverdue

        public var label: Message {
            switch self {
            case .campaign: Message(zh: "按单位顺序", en: "campaign order")
            case .furthestBehind: Message(zh: "按完成率（最落后在前）", en: "furthest behind first")
            case .mostOverdue: Message(zh: "按逾期数（最多在前）", en: "most overdue first")
            }
        }
    }

    /// The two views: progress per owner, or the criteria that fail most.
    public enum View: Sendable, Equatable { case progress, criteria }

    public let report: ProgressReport
    public var order: Order = .campaign
    public var view: View = .progress
    /// Indices into `report.rows`, in the order shown.
    public private(set) var shown: [Int] = []
    public var cursor = 0
    public var top = 0
    /// Rows marked with space: Enter opens all of them together.
    public var marked: Set<Int> = []
    public var criteriaTop = 0

    public init(report: ProgressReport) {
        self.report = report
        reorder()
    }

    /// The row under the cursor (an index into `report.rows`).
    public var current: Int? { shown.indices.contains(cursor) ? shown[cursor] : nil }

    /// Orders the rows again and goes back to the top: after `s`, the first row is the one the order puts first.
    public mutating func reorder() {
        let rows = report.rows
        let indices = Array(rows.indices)
        switch order {
        case .campaign:
            shown = indices
        case .furthestBehind:
            shown = indices.sorted { a, b in
                let x = rows[a].finishedShare, y = rows[b].finishedShare
                switch (x, y) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default:
                    let shortA = (rows[a].totalQuota ?? 0) - rows[a].finished, shortB = (rows[b].totalQuota ?? 0) - rows[b].finished
                    return shortA != shortB ? shortA > shortB : a < b
                }
            }
        case .mostOverdue:
            shown = indices.sorted { a, b in
                let x = rows[a].count(.overdue), y = rows[b].count(.overdue)
                return x != y ? x > y : a < b
            }
        }
        cursor = 0
        top = 0
    }

    /// The owners the list should show when the dashboard hands over: the marked rows, else the cursor's.
    public var chosenGroups: [ReportGroup] {
        let chosen = marked.isEmpty ? current.map { [$0] } ?? [] : shown.filter(marked.contains)
        return chosen.map { report.rows[$0].group }
    }
}
