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
    static func of(step number: Int, record: EnterpriseRecord, calendar: CampaignCalendar) -> StepRequirement? {
        let tier = record.profile.tier
        let revoked = !record.marks.isEmpty && record.has(.revoked)
        let action: StepAction
        switch number {
        case 2: action = .commit
        case 3: action = .plan
        case 4: action = .apply
        case 6: action = tier.earnsTitle ? .accept : .close
        case 7:
            guard tier.earnsTitle, record.stage.rank >= Stage.accepted.rank, !revoked else { return nil }
            action = .publicize
        case 8:
            if tier.earnsTitle {
                guard record.stage.rank >= Stage.publicized.rank, !revoked else { return nil }
                action = .award
            } else {
                guard record.stage.rank >= Stage.closed.rank else { return nil }
                action = .announce
            }
        default: return nil
        }
        var due = calendar.deadlines[action]
        if action == .apply, tier == .problem, let own = record.rectificationDeadline { due = own }
        guard let due else { return nil }
        let stage = Lifecycle.target(of: action, from: record.stage)
        // Acceptance must still stand (a city spot check may overturn it); earlier stages count from the first time
        // they were reached (a failed acceptance does not undo the application made in time).
        let reached = reachDay(of: record, rank: stage.rank, keptUntilNow: number == 6)
        return StepRequirement(stage: stage, due: due, reachedOn: reached)
    }

    /// The day of the step that first brought the enterprise to a rank or beyond; with `keptUntilNow`, the day it
    /// last came there, and nil when it has fallen back below since.
    static func reachDay(of record: EnterpriseRecord, rank: Int, keptUntilNow: Bool) -> Day? {
        var day: Day?
        for step in record.steps {
            let target = Lifecycle.target(of: step.details.action, from: step.fromStage)
            if target.rank >= rank {
                if day == nil { day = step.details.date }
                if !keptUntilNow { return day }
            } else if keptUntilNow {
                day = nil
            }
        }
        return day
    }
}
