/// A lifecycle step an office records for an enterprise (`anxin step CODE ACTION`).
public enum StepAction: String, Term {
    /// 签订承诺书 (problem enterprises: 整改承诺书 with a deadline)
    case commit
    /// 制定方案, with experts
    case plan
    /// 开始培育/帮扶/整治 (seed step 4)
    case start
    /// 申请验收
    case apply
    /// 验收合格·建档
    case accept
    /// 验收不合格 (or a city spot check overturning a county acceptance)
    case reject
    /// 整治验收合格·销账
    case close
    /// 公示
    case publicize
    /// 授牌
    case award
    /// 通报 (rectified problem enterprises)
    case announce

    /// The step of the campaign calendar (方案 三) whose due date the action answers to.
    public var calendarStep: Int {
        switch self {
        case .commit: 2
        case .plan: 3
        case .start, .apply: 4
        case .accept, .reject, .close: 6
        case .publicize: 7
        case .award, .announce: 8
        }
    }

    public var label: Message {
        switch self {
        case .commit: Message(zh: "签订承诺书", en: "commit")
        case .plan: Message(zh: "制定方案", en: "plan")
        case .start: Message(zh: "开始实施", en: "start")
        case .apply: Message(zh: "申请验收", en: "apply")
        case .accept: Message(zh: "验收合格", en: "accept")
        case .reject: Message(zh: "验收不合格", en: "reject")
        case .close: Message(zh: "整治销账", en: "close")
        case .publicize: Message(zh: "公示", en: "publicize")
        case .award: Message(zh: "授牌", en: "award")
        case .announce: Message(zh: "通报", en: "announce")
        }
    }
}
