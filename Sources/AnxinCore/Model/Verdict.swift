/// An inspector's verdict on one criterion (or one level of a levelled criterion).
public enum Verdict: String, Term {
    case unchecked
    /// 符合
    case met
    /// 不符合
    case unmet
    /// 不适用
    case notApplicable = "na"

    public var label: Message {
        switch self {
        case .unchecked: Message(zh: "未检查", en: "unchecked")
        case .met: Message(zh: "符合", en: "met")
        case .unmet: Message(zh: "不符合", en: "unmet")
        case .notApplicable: Message(zh: "不适用", en: "not applicable")
        }
    }

    public var aliases: [String] { self == .notApplicable ? ["n/a", "not-applicable"] : [] }
}
