/// Who said what of one criterion (or one level), when, and with which note.
public struct VerdictRecord: Sendable, Equatable {
    public var verdict: Verdict
    public var note: String?
    public var actor: String
    public var office: String
    public var at: Instant
    public var eventID: EventID

    public init(verdict: Verdict, note: String?, actor: String, office: String, at: Instant, eventID: EventID) {
        self.verdict = verdict
        self.note = note
        self.actor = actor
        self.office = office
        self.at = at
        self.eventID = eventID
    }
}

/// A criterion's state: one record, or one per level for a levelled criterion (N05).
public struct CriterionState: Sendable, Equatable {
    public var record: VerdictRecord?
    public var levels: LevelTable<VerdictRecord> = [:]
    /// The last event (tick or clear) on the criterion as a whole, and on each level: what `seen` names.
    public var lastEventID: EventID?
    public var levelLastEventIDs: LevelTable<EventID> = [:]

    public init(record: VerdictRecord? = nil, levels: LevelTable<VerdictRecord> = [:]) {
        self.record = record
        self.levels = levels
    }

    /// The criterion's verdict. A levelled criterion is met only when every level is met or not applicable
    /// and at least one is met; unmet when any level is unmet; not applicable when all are; otherwise unchecked.
    public func verdict(for criterion: Criterion) -> Verdict {
        guard criterion.isLevelled else { return record?.verdict ?? .unchecked }
        // One pass without building an array: the reports ask this for every verdict of the roster.
        var anyUnchecked = false, allNotApplicable = true
        for level in criterion.levels {
            let verdict = levels[level]?.verdict ?? .unchecked
            if verdict == .unmet { return .unmet }
            if verdict == .unchecked { anyUnchecked = true }
            if verdict != .notApplicable { allNotApplicable = false }
        }
        if anyUnchecked { return .unchecked }
        return allNotApplicable ? .notApplicable : .met
    }

    /// The verdict of the criterion's own record (a criterion without levels): unchecked when it has none.
    var ownVerdict: Verdict { record?.verdict ?? .unchecked }

    /// The latest record (the criterion's or a level's), for its note and who ticked it.
    public var latest: VerdictRecord? {
        ([record].compactMap { $0 } + levels.values).max { $0.at < $1.at }
    }
}
