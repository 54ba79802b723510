import AnxinCore

/// One row of the checklist pane: a criterion, or one level of a levelled criterion (N05's 厂级/车间/班组/岗位).
public struct ChecklistRow: Sendable, Equatable {
    public let criterion: Criterion
    public let level: CheckLevel?
}

extension AppState {
    /// The selected enterprise's checklist as rows.
    public var checklistRows: [ChecklistRow] {
        guard let record = selected else { return [] }
        var rows: [ChecklistRow] = []
        for criterion in campaign.catalog.checklist(tier: record.profile.tier, industry: record.profile.industry) {
            rows.append(ChecklistRow(criterion: criterion, level: nil))
            for level in criterion.levels { rows.append(ChecklistRow(criterion: criterion, level: level)) }
        }
        return rows
    }

    public var selectedChecklistRow: ChecklistRow? {
        let rows = checklistRows
        return rows.indices.contains(checklistCursor) ? rows[checklistCursor] : nil
    }

    /// The verdict record a row shows.
    public func verdictRecord(_ row: ChecklistRow, of record: EnterpriseRecord) -> VerdictRecord? {
        let state = record.criteria[row.criterion.id]
        if let level = row.level { return state?.levels[level] }
        return row.criterion.isLevelled ? nil : state?.record
    }

    public func verdict(_ row: ChecklistRow, of record: EnterpriseRecord) -> Verdict {
        if let level = row.level { return record.criteria[row.criterion.id]?.levels[level]?.verdict ?? .unchecked }
        return record.verdict(of: row.criterion)
    }

    public var layout: Layout { Layout.compute(width: width, height: height, focus: focus) }
}
