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
public struct EnterpriseRecord: Sendable, Equatable {
    public var profile: EnterpriseProfile
    public var listedAt: Instant
    public var listedBy: String
    /// Set when the enterprise left the campaign.
    public var removal: String?
    public var stage: Stage
    /// The day of the step that brought the current stage.
    public var stageSince: Day
    public var steps: [StepRecord] = []
    public var criteria: [CriterionID: CriterionState] = [:]
    public var marks: [Mark: MarkRecord] = [:]
    /// The last removal of each mark that is no longer in force (the blacklist's history).
    public var removedMarks: [Mark: MarkRemoval] = [:]
    public var noteCount = 0
    public var eventCount = 0
    /// How each finished campaign year ended for this enterprise (oldest first). Empty for most enterprises: the
    /// carried-over state lives here rather than in fields every record would carry.
    public var pastYears: [YearResult] = []

    /// The campaign year of the current lifecycle when it was carried over (nil: the year it was first listed).
    public var carriedInto: Int? { pastYears.last.map { $0.year + 1 } }
    /// The `carried` event that started the current lifecycle (the stage's `seen` until the first step).
    public var carriedEvent: EventID? { pastYears.last?.carriedBy }
    /// The last roster event (listed, edited, removed) and the last note: the `seen` of those subjects.
    public var lastProfileEvent: EventID?
    public var lastNoteEvent: EventID?
    /// The last event on each mark (set or removed, even a removal of a mark no longer in force): its `seen`.
    public var lastMarkEvents: [Mark: EventID] = [:]

    public init(profile: EnterpriseProfile, listedAt: Instant, listedBy: String) {
        self.profile = profile
        self.listedAt = listedAt
        self.listedBy = listedBy
        self.stage = .listed
        self.stageSince = listedAt.localDay
    }

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
        criteria[criterion.id]?.verdict(for: criterion) ?? .unchecked
    }
}
