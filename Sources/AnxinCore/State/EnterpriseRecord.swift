import CPrefetch

/// A step as recorded, with who recorded it.
public struct StepRecord: Sendable, Equatable {
    public var details: StepDetails
    public var actor: String
    public var office: String
    public var at: Instant
    public var eventID: EventID
    /// The stage the enterprise was in before the step.
    public var fromStage: Stage
}

/// A mark in force, with why and since when.
public struct MarkRecord: Sendable, Equatable {
    public var details: MarkDetails
    public var actor: String
    public var office: String
    public var at: Instant
    public var eventID: EventID
}

/// The removal of a mark: when and why.
public struct MarkRemoval: Sendable, Equatable {
    public var day: Day
    public var reason: String
    public var office: String
    public var eventID: EventID
}

/// Everything known of one enterprise after the fold.
///
/// A value with copy-on-write storage: the fields live in one shared box, so handing a record to the rules or a
/// query costs one reference count instead of a copy of its every text and table (the journal's rules look at a
/// record for each of a million events); a change to a record that is shared copies the box first.
public struct EnterpriseRecord: Sendable, Equatable {
    private var storage: Storage

    /// The fields. Shared only between copies of one record, and then only read: every write goes through
    /// `unique()` first, which is what makes the unchecked `Sendable` sound.
    private final class Storage: @unchecked Sendable {
        var profile: EnterpriseProfile
        var listedAt: Instant
        var listedBy: String
        var removal: String?
        var stage: Stage
        var stageSince: Day
        var steps: [StepRecord] = []
        var criteria = CriteriaTable()
        var marks: [Mark: MarkRecord] = [:]
        var removedMarks: [Mark: MarkRemoval] = [:]
        var noteCount = 0
        var eventCount = 0
        var pastYears: [YearResult] = []
        var lastProfileEvent: EventID?
        var lastNoteEvent: EventID?
        var lastMarkEvents: [Mark: EventID] = [:]

        init(profile: EnterpriseProfile, listedAt: Instant, listedBy: String) {
            self.profile = profile
            self.listedAt = listedAt
            self.listedBy = listedBy
            self.stage = .listed
            self.stageSince = listedAt.localDay
        }

        func copy() -> Storage {
            let copy = Storage(profile: profile, listedAt: listedAt, listedBy: listedBy)
            copy.removal = removal
            copy.stage = stage
            copy.stageSince = stageSince
            copy.steps = steps
            copy.criteria = criteria
            copy.marks = marks
            copy.removedMarks = removedMarks
            copy.noteCount = noteCount
            copy.eventCount = eventCount
            copy.pastYears = pastYears
            copy.lastProfileEvent = lastProfileEvent
            copy.lastNoteEvent = lastNoteEvent
            copy.lastMarkEvents = lastMarkEvents
            return copy
        }

        func equals(_ other: Storage) -> Bool {
            profile == other.profile
                && listedAt == other.listedAt
                && listedBy == other.listedBy
                && removal == other.removal
                && stage == other.stage
                && stageSince == other.stageSince
                && steps == other.steps
                && criteria == other.criteria
                && marks == other.marks
                && removedMarks == other.removedMarks
                && noteCount == other.noteCount
                && eventCount == other.eventCount
                && pastYears == other.pastYears
                && lastProfileEvent == other.lastProfileEvent
                && lastNoteEvent == other.lastNoteEvent
                && lastMarkEvents == other.lastMarkEvents
        }
    }

    public init(profile: EnterpriseProfile, listedAt: Instant, listedBy: String) {
        storage = Storage(profile: profile, listedAt: listedAt, listedBy: listedBy)
    }

    public static func == (lhs: EnterpriseRecord, rhs: EnterpriseRecord) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.equals(rhs.storage)
    }

    /// Asks the processor to fetch a record's criteria table (with its states, for a tick) and steps (a hint for
    /// the fold, once the record's fields have arrived). Nothing is retained or copied: a retain would wait for
    /// the very memory asked for. Only what the event will read is asked for: every line asked for holds one of
    /// the few places the processor keeps for memory on its way, and asking for more made the fold wait there.
    static func prefetchTables(of record: UnsafePointer<EnterpriseRecord>, states: Bool) {
        guard let address = anxin_load_pointer(UnsafeRawPointer(record)) else { return }
        Unmanaged<Storage>.fromOpaque(address)._withUnsafeGuaranteedRef { storage in
            withUnsafeMutablePointer(to: &storage.criteria) { CriteriaTable.prefetch(at: UnsafeRawPointer($0), states: states) }
            if !states {
                // A lifecycle's steps, which the rules and the fold read from the last (room is made for four).
                withUnsafeMutablePointer(to: &storage.steps) {
                    prefetchBuffer(ofArrayAt: UnsafeRawPointer($0), first: 4, of: StepRecord.self)
                }
            }
        }
    }

    /// Makes the storage this record's own before a write.
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var profile: EnterpriseProfile {
        _read { yield storage.profile }
        _modify { unique(); yield &storage.profile }
    }
    public var listedAt: Instant {
        _read { yield storage.listedAt }
        _modify { unique(); yield &storage.listedAt }
    }
    public var listedBy: String {
        _read { yield storage.listedBy }
        _modify { unique(); yield &storage.listedBy }
    }
    /// Set when the enterprise left the campaign.
    public var removal: String? {
        _read { yield storage.removal }
        _modify { unique(); yield &storage.removal }
    }
    public var stage: Stage {
        _read { yield storage.stage }
        _modify { unique(); yield &storage.stage }
    }
    /// The day of the step that brought the current stage.
    public var stageSince: Day {
        _read { yield storage.stageSince }
        _modify { unique(); yield &storage.stageSince }
    }
    public var steps: [StepRecord] {
        _read { yield storage.steps }
        _modify { unique(); yield &storage.steps }
    }
    public var criteria: CriteriaTable {
        _read { yield storage.criteria }
        _modify { unique(); yield &storage.criteria }
    }
    public var marks: [Mark: MarkRecord] {
        _read { yield storage.marks }
        _modify { unique(); yield &storage.marks }
    }
    /// The last removal of each mark that is no longer in force (the blacklist's history).
    public var removedMarks: [Mark: MarkRemoval] {
        _read { yield storage.removedMarks }
        _modify { unique(); yield &storage.removedMarks }
    }
    public var noteCount: Int {
        _read { yield storage.noteCount }
        _modify { unique(); yield &storage.noteCount }
    }
    public var eventCount: Int {
        _read { yield storage.eventCount }
        _modify { unique(); yield &storage.eventCount }
    }
    /// How each finished campaign year ended for this enterprise (oldest first). Empty for most enterprises: the
    /// carried-over state lives here rather than in fields every record would carry.
    public var pastYears: [YearResult] {
        _read { yield storage.pastYears }
        _modify { unique(); yield &storage.pastYears }
    }
    /// The last roster event (listed, edited, removed) and the last note: the `seen` of those subjects.
    public var lastProfileEvent: EventID? {
        _read { yield storage.lastProfileEvent }
        _modify { unique(); yield &storage.lastProfileEvent }
    }
    public var lastNoteEvent: EventID? {
        _read { yield storage.lastNoteEvent }
        _modify { unique(); yield &storage.lastNoteEvent }
    }
    /// The last event on each mark (set or removed, even a removal of a mark no longer in force): its `seen`.
    public var lastMarkEvents: [Mark: EventID] {
        _read { yield storage.lastMarkEvents }
        _modify { unique(); yield &storage.lastMarkEvents }
    }

    /// The campaign year of the current lifecycle when it was carried over (nil: the year it was first listed).
    public var carriedInto: Int? { pastYears.last.map { $0.year + 1 } }
    /// The `carried` event that started the current lifecycle (the stage's `seen` until the first step).
    public var carriedEvent: EventID? { pastYears.last?.carriedBy }
    public var code: CreditCode { profile.code }

    /// A 安全诚信企业 title is held from acceptance until revoked, across campaign years.
    public var holdsTitle: Bool {
        if has(.revoked) { return false }
        return stage.holdsTitle || pastYears.contains { $0.stage.holdsTitle }
    }

    public var isActive: Bool { removal == nil }

    /// The rectification deadline set by the commitment letter (problem enterprises).
    public var rectificationDeadline: Day? {
        steps.last { $0.details.action == .commit }?.details.deadline
    }

    /// The step that brought the current acceptance, if the enterprise is accepted or beyond.
    public var acceptance: StepRecord? {
        steps.last { $0.details.action == .accept || $0.details.action == .close }
    }

    public func has(_ mark: Mark) -> Bool { marks[mark] != nil }

    /// The last event applied to a subject: what an actor on this laptop has "seen" of it.
    public func lastEvent(for subject: Subject) -> EventID? {
        switch subject {
        case .profile: lastProfileEvent
        case let .criterion(id, level):
            // A criterion not ticked in this campaign year yet: the carry into the year is what was seen of it.
            (level.map { criteria[id]?.levelLastEventIDs[$0] } ?? criteria[id]?.lastEventID) ?? carriedEvent
        case .stage: steps.last?.eventID ?? carriedEvent
        case let .mark(mark): lastMarkEvents[mark]
        case .notes: lastNoteEvent
        }
    }

    public func verdict(of criterion: Criterion) -> Verdict {
        criteria.verdict(of: criterion)
    }
}
