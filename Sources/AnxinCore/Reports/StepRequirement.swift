/// What each of the 8 things of the year (seed §三) asks of one enterprise, for the assessment (seed §五(四)).
/// Steps 1–4 and 6 are the tasks of the jurisdictions and departments; 5, 7 and 8 are the city's
/// (市安监局 runs the demonstration visits and the public notice, the city safety committee approves the awards).
public enum AssessedTask: Sendable, Equatable {
    /// Step 1: the quota of each tier listed by the due date.
    case quota
    /// Steps 2, 3, 4, 6: every enterprise of the owner reached a stage by its due date.
    case enterprises
    /// Step 5: a demonstration site per sector and a well-rectified enterprise (city task).
    case demonstration
    /// Steps 7, 8: every enterprise concerned publicized, awarded or announced (city task).
    case cityEnterprises

    /// The task of a calendar step by its number; nil for a step the plan does not have.
    public static func of(step number: Int) -> AssessedTask? {
        switch number {
        case 1: .quota
        case 2, 3, 4, 6: .enterprises
        case 5: .demonstration
        case 7, 8: .cityEnterprises
        default: nil
        }
    }

    /// Whether the task is the city's, not the jurisdictions' and departments'.
    public var isCityTask: Bool { self == .demonstration || self == .cityEnterprises }
}

/// One enterprise's requirement under a step: the stage to reach and the day to reach it by.
struct StepRequirement {
    let stage: Stage
    let due: Day
    /// The day the enterprise reached the stage (nil: not reached); late when after `due`.
    let reachedOn: Day?

    /// The requirement of a step for an enterprise, or nil when the step asks nothing of it
    /// (steps 7 and 8 only concern enterprises that got that far).
    static func of(step number: Int, record: EnterpriseRecord, milestones: Milestones, deadlines: DeadlineTable) -> StepRequirement? {
        let tier = record.profile.tier
        let action: StepAction
        switch number {
        case 2: action = .commit
        case 3: action = .plan
        case 4: action = .apply
        case 6: action = tier.earnsTitle ? .accept : .close
        case 7:
            guard tier.earnsTitle, record.stage.rank >= Stage.accepted.rank, !milestones.revoked else { return nil }
            action = .publicize
        case 8:
            if tier.earnsTitle {
                guard record.stage.rank >= Stage.publicized.rank, !milestones.revoked else { return nil }
                action = .award
            } else {
                guard record.stage.rank >= Stage.closed.rank else { return nil }
                action = .announce
            }
        default: return nil
        }
        var due = deadlines[action]
        // As `CampaignCalendar.nextStep`: a problem enterprise applies by its own rectification deadline.
        if action == .apply, tier == .problem, let own = milestones.rectificationDeadline { due = own }
        guard let due else { return nil }
        let stage = Lifecycle.target(of: action, from: record.stage)
        return StepRequirement(stage: stage, due: due, reachedOn: milestones.reached(stage.rank, keptUntilNow: number == 6))
    }
}

/// When an enterprise reached each rank of its lifecycle, read from its steps in one scan.
/// Acceptance must still stand (a city spot check may overturn it): `keptUntilNow` gives the day it last came to
/// the rank, nil when it has fallen back below since. Earlier ranks count from the first time they were reached
/// (a failed acceptance does not undo an application made in time).
struct Milestones {
    private var first: (Day?, Day?, Day?, Day?, Day?, Day?, Day?, Day?) = (nil, nil, nil, nil, nil, nil, nil, nil)
    private var keptAcceptance: Day?
    let revoked: Bool
    /// The deadline of the last commitment letter (as `EnterpriseRecord.rectificationDeadline`).
    private(set) var rectificationDeadline: Day?

    init(_ record: EnterpriseRecord) {
        revoked = !record.marks.isEmpty && record.has(.revoked)
        let accepted = Stage.accepted.rank
        for step in record.steps {
            let action = step.details.action
            if action == .commit { rectificationDeadline = step.details.deadline }
            let rank = Lifecycle.target(of: action, from: step.fromStage).rank
            let day = step.details.date
            if rank >= 1, first.1 == nil { first.1 = day }
            if rank >= 2, first.2 == nil { first.2 = day }
            if rank >= 3, first.3 == nil { first.3 = day }
            if rank >= 4, first.4 == nil { first.4 = day }
            if rank >= 5, first.5 == nil { first.5 = day }
            if rank >= 6, first.6 == nil { first.6 = day }
            if rank >= 7, first.7 == nil { first.7 = day }
            if rank >= accepted {
                if keptAcceptance == nil { keptAcceptance = day }
            } else {
                keptAcceptance = nil
            }
        }
    }

    func reached(_ rank: Int, keptUntilNow: Bool) -> Day? {
        if keptUntilNow, rank == Stage.accepted.rank { return keptAcceptance }
        switch rank {
        case 1: return first.1
        case 2: return first.2
        case 3: return first.3
        case 4: return first.4
        case 5: return first.5
        case 6: return first.6
        case 7: return first.7
        default: return nil
        }
    }
}

/// The calendar's due date per lifecycle action, looked up without hashing (the assessment asks it for every
/// requirement of the roster).
struct DeadlineTable {
    private let days: [Day?]

    init(_ calendar: CampaignCalendar) {
        days = StepAction.allCases.map { calendar.deadlines[$0] }
    }

    subscript(action: StepAction) -> Day? {
        switch action {
        case .commit: days[0]
        case .plan: days[1]
        case .start: days[2]
        case .apply: days[3]
        case .accept: days[4]
        case .reject: days[5]
        case .close: days[6]
        case .publicize: days[7]
        case .award: days[8]
        case .announce: days[9]
        }
    }
}
