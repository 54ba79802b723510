/// The three kinds of enterprise in the campaign (seed §二).
public enum Tier: String, Term, Comparable {
    /// 标准化企业: cultivated (培育) against national and industry standards.
    case standardized
    /// 规范化企业: helped (帮扶) to meet the 12 criteria of seed §二(二).
    case normalized
    /// 问题型企业: rectified (整治) until the 5 basic requirements of seed §二(三) hold.
    case problem

    public var label: Message {
        switch self {
        case .standardized: Message(zh: "标准化企业", en: "standardized")
        case .normalized: Message(zh: "规范化企业", en: "normalized")
        case .problem: Message(zh: "问题型企业", en: "problem")
        }
    }

    public var shortLabel: Message {
        switch self {
        case .standardized: Message(zh: "标准化", en: "std")
        case .normalized: Message(zh: "规范化", en: "norm")
        case .problem: Message(zh: "问题型", en: "problem")
        }
    }

    public var aliases: [String] { [shortLabel.zh] }

    /// The campaign's verb for the tier: 培育 / 帮扶 / 整治.
    public var workVerb: Message {
        switch self {
        case .standardized: Message(zh: "培育", en: "cultivation")
        case .normalized: Message(zh: "帮扶", en: "help")
        case .problem: Message(zh: "整治", en: "rectification")
        }
    }

    /// Standardized and normalized enterprises can earn the title 安全诚信企业; problem ones are rectified.
    public var earnsTitle: Bool { self != .problem }

    /// The prefix of the tier's criterion ids (S01, N01, P01).
    public var criterionPrefix: String {
        switch self {
        case .standardized: "S"
        case .normalized: "N"
        case .problem: "P"
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
