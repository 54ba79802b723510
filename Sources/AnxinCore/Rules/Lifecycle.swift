/// The two lifecycles of domain.md as a transition table.
public enum Lifecycle {
    /// The stages an action may be taken from, for a tier.
    public static func sources(of action: StepAction, tier: Tier) -> [Stage] {
        switch (action, tier.earnsTitle) {
        case (.commit, _): [.listed]
        case (.plan, _): [.committed]
        case (.start, _): [.planned]
        case (.apply, _): [.inProgress]
        case (.accept, true): [.applied]
        case (.accept, false): []
        // A failed acceptance goes back to work; for titled tiers a city spot check may overturn an acceptance.
        case (.reject, true): [.applied, .accepted]
        case (.reject, false): [.applied]
        case (.close, true): []
        case (.close, false): [.applied]
        case (.publicize, true): [.accepted]
        case (.publicize, false): []
        case (.award, true): [.publicized]
        case (.award, false): []
        case (.announce, true): []
        case (.announce, false): [.closed]
        }
    }

    /// The stage an action leads to (the fold uses it whatever the source stage was).
    public static func target(of action: StepAction, from stage: Stage) -> Stage {
        switch action {
        case .commit: .committed
        case .plan: .planned
        case .start: .inProgress
        case .apply: .applied
        case .accept: .accepted
        case .reject: .inProgress
        case .close: .closed
        case .publicize: .publicized
        case .award: .awarded
        case .announce: .announced
        }
    }

    /// The next forward action from a stage (what "next step" shows and what is due).
    public static func nextAction(from stage: Stage, tier: Tier) -> StepAction? {
        switch stage {
        case .listed: .commit
        case .committed: .plan
        case .planned: .start
        case .inProgress: .apply
        case .applied: tier.earnsTitle ? .accept : .close
        case .accepted: .publicize
        case .publicized: .award
        case .closed: .announce
        case .awarded, .announced: nil
        }
    }

    /// Every action that could be taken from a stage (forward and back).
    public static func actions(from stage: Stage, tier: Tier) -> [StepAction] {
        StepAction.allCases.filter { sources(of: $0, tier: tier).contains(stage) }
    }
}
