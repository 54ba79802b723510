/// One line of a replica's journal: something an actor did to an enterprise, at an instant.
/// State is the fold of all events ordered by (instant, replica, sequence in the replica's file).
public struct Event: Sendable, Equatable {
    public var id: EventID
    public var at: Instant
    /// The laptop (replica) that wrote the event; its journal is `events/<replica>.jsonl`.
    public var replica: String
    public var actor: String
    /// The acting office: 市安委办, a jurisdiction's name, or a department's name.
    public var office: String
    public var enterprise: CreditCode
    /// The last event this actor had seen for the same subject, so concurrent edits can be found after a merge.
    public var seen: EventID?
    public var payload: EventPayload

    public init(id: EventID, at: Instant, replica: String, actor: String, office: String,
                enterprise: CreditCode, seen: EventID? = nil, payload: EventPayload) {
        self.id = id
        self.at = at
        self.replica = replica
        self.actor = actor
        self.office = office
        self.enterprise = enterprise
        self.seen = seen
        self.payload = payload
    }

    /// What the event changes, for `seen` and conflict detection.
    public var subject: Subject { payload.subject }
}

/// The thing an event changes inside one enterprise.
public enum Subject: Hashable, Sendable, CustomStringConvertible {
    case profile
    case criterion(CriterionID, CheckLevel?)
    case stage
    case mark(Mark)
    case notes

    public var description: String {
        switch self {
        case .profile: "profile"
        case let .criterion(id, level): level.map { "criterion:\(id)/\($0.rawValue)" } ?? "criterion:\(id)"
        case .stage: "stage"
        case let .mark(mark): "mark:\(mark.rawValue)"
        case .notes: "notes"
        }
    }
}

/// What happened. The `type` token of each case is what the journal writes.
public enum EventPayload: Sendable, Equatable {
    /// `listed`: the enterprise joins the campaign roster. (Indirect: the roster line is large and rare,
    /// and every event would otherwise carry its size.)
    indirect case listed(EnterpriseProfile)
    /// `edited`: roster fields change.
    indirect case edited(ProfileChange)
    /// `removed`: the enterprise leaves the campaign (its history stays).
    case removed(reason: String)
    /// `ticked`: a verdict on a criterion (or on one level of N05).
    case ticked(Tick)
    /// `cleared`: a criterion (or a level) goes back to unchecked.
    case cleared(criterion: CriterionID, level: CheckLevel?)
    /// `step`: a lifecycle step.
    case step(StepDetails)
    /// `marked`: a mark is set.
    case marked(MarkDetails)
    /// `unmarked`: a mark is removed, with the reason and the day it takes effect.
    case unmarked(mark: Mark, reason: String, date: Day)
    /// `noted`: a free note on the enterprise's timeline.
    case noted(text: String)
    /// `carried`: the enterprise is carried into the next campaign year (年年进位): a new lifecycle starts at
    /// "listed" in the same tier (a tier move is a separate roster edit); the finished year's result stays in
    /// its history, its marks stay.
    case carried(year: Int)
    /// `resolved`: a supervisor settles the conflict on a subject (its `seen` is the event kept in force;
    /// `other` names the other event of the pair). It changes nothing else.
    case resolved(subject: Subject, other: EventID)

    public var typeToken: String {
        switch self {
        case .listed: "listed"
        case .edited: "edited"
        case .removed: "removed"
        case .ticked: "ticked"
        case .cleared: "cleared"
        case .step: "step"
        case .marked: "marked"
        case .unmarked: "unmarked"
        case .noted: "noted"
        case .carried: "carried"
        case .resolved: "resolved"
        }
    }

    public static let typeTokens = ["listed", "edited", "removed", "ticked", "cleared", "step", "marked", "unmarked", "noted",
                                    "carried", "resolved"]

    public var subject: Subject {
        switch self {
        case .listed, .edited, .removed: .profile
        case let .ticked(tick): .criterion(tick.criterion, tick.level)
        case let .cleared(criterion, level): .criterion(criterion, level)
        case .step, .carried: .stage
        case let .marked(details): .mark(details.mark)
        case let .unmarked(mark, _, _): .mark(mark)
        case .noted: .notes
        case let .resolved(subject, _): subject
        }
    }
}

public struct Tick: Sendable, Equatable {
    public var criterion: CriterionID
    /// For a levelled criterion: the level; nil gives every level the verdict.
    public var level: CheckLevel?
    /// met, unmet or notApplicable (`cleared` is its own event).
    public var verdict: Verdict
    public var note: String?

    public init(criterion: CriterionID, level: CheckLevel? = nil, verdict: Verdict, note: String? = nil) {
        self.criterion = criterion
        self.level = level
        self.verdict = verdict
        self.note = note
    }
}

public struct StepDetails: Sendable, Equatable {
    public var action: StepAction
    /// The day the step took effect (the letter's date, the acceptance date…).
    public var date: Day
    /// A document reference: plan number, acceptance record number, notice number.
    public var reference: String?
    public var experts: [String]
    /// The rectification deadline (problem enterprises' commitment).
    public var deadline: Day?
    public var note: String?

    public init(action: StepAction, date: Day, reference: String? = nil, experts: [String] = [],
                deadline: Day? = nil, note: String? = nil) {
        self.action = action
        self.date = date
        self.reference = reference
        self.experts = experts
        self.deadline = deadline
        self.note = note
    }
}

public struct MarkDetails: Sendable, Equatable {
    public var mark: Mark
    public var reason: String
    /// For the blacklist: why (hazard, resisting, accident).
    public var blacklistCause: BlacklistCause?
    /// For a revocation: fatal accident or integrity breach.
    public var revocationCause: RevocationCause?
    /// For an accident cause.
    public var accidentGrade: AccidentGrade?
    /// The day the mark took effect.
    public var date: Day

    public init(mark: Mark, reason: String, blacklistCause: BlacklistCause? = nil,
                revocationCause: RevocationCause? = nil, accidentGrade: AccidentGrade? = nil, date: Day) {
        self.mark = mark
        self.reason = reason
        self.blacklistCause = blacklistCause
        self.revocationCause = revocationCause
        self.accidentGrade = accidentGrade
        self.date = date
    }
}
