/// One column of the progress report and the dashboard: how many enterprises of a group are at (or have reached)
/// a stage of their lifecycle, or carry a state beside it.
public enum ProgressMeasure: String, CaseIterable, Sendable {
    case listed, committed, planned
    /// 培育中 / 帮扶中: standardized and normalized enterprises at work.
    case inProgress = "in-progress"
    case applied, accepted, publicized, awarded
    /// 整治中: problem enterprises at work.
    case rectifying, closed, announced
    case overdue, revoked, blacklisted

    /// The stage a lifecycle measure stands for, and which tiers it covers; nil for the states beside the stage.
    var stage: (stage: Stage, titled: Bool?)? {
        switch self {
        case .listed: (.listed, nil)
        case .committed: (.committed, nil)
        case .planned: (.planned, nil)
        case .inProgress: (.inProgress, true)
        case .applied: (.applied, nil)
        case .accepted: (.accepted, true)
        case .publicized: (.publicized, true)
        case .awarded: (.awarded, true)
        case .rectifying: (.inProgress, false)
        case .closed: (.closed, false)
        case .announced: (.announced, false)
        case .overdue, .revoked, .blacklisted: nil
        }
    }

    /// Whether the measure counts a lifecycle stage (and so has a "reached" and a "currently at" reading).
    public var isStage: Bool { stage != nil }

    public var label: Message {
        switch self {
        case .listed: Message(zh: "列入名单", en: "listed")
        case .committed: Message(zh: "承诺", en: "committed")
        case .planned: Message(zh: "方案", en: "planned")
        case .inProgress: Message(zh: "培育帮扶", en: "in progress")
        case .applied: Message(zh: "申请验收", en: "applied")
        case .accepted: Message(zh: "验收合格", en: "accepted")
        case .publicized: Message(zh: "公示", en: "publicized")
        case .awarded: Message(zh: "授牌", en: "awarded")
        case .rectifying: Message(zh: "整治中", en: "rectifying")
        case .closed: Message(zh: "销账", en: "closed")
        case .announced: Message(zh: "通报", en: "announced")
        case .overdue: Message(zh: "逾期", en: "overdue")
        case .revoked: Message(zh: "撤销", en: "revoked")
        case .blacklisted: Message(zh: "黑名单", en: "blacklisted")
        }
    }
}

/// Whether a stage count means "has reached the stage or gone beyond" (progress against quota) or
/// "is at the stage now" (where the work stands).
public enum StageReading: String, Sendable, CaseIterable {
    case reached, current
}
