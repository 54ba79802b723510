/// Where an enterprise stands in its lifecycle (domain.md "Lifecycles").
/// Standardized and normalized: listed → committed → planned → inProgress → applied → accepted → publicized → awarded.
/// Problem: listed → committed → planned → inProgress (整治中) → applied → closed → announced.
public enum Stage: String, Term, Comparable {
    case listed, committed, planned, inProgress = "in-progress", applied, accepted, closed, publicized, awarded, announced

    public var label: Message {
        switch self {
        case .listed: Message(zh: "列入名单", en: "listed")
        case .committed: Message(zh: "已签承诺书", en: "committed")
        case .planned: Message(zh: "已定方案", en: "planned")
        case .inProgress: Message(zh: "帮扶中", en: "in progress")
        case .applied: Message(zh: "申请验收", en: "applied")
        case .accepted: Message(zh: "验收合格", en: "accepted")
        case .closed: Message(zh: "验收销账", en: "closed")
        case .publicized: Message(zh: "已公示", en: "publicized")
        case .awarded: Message(zh: "已授牌", en: "awarded")
        case .announced: Message(zh: "已通报", en: "announced")
        }
    }

    /// The name of the stage as a tier says it (培育中 / 帮扶中 / 整治中 for in progress).
    public func label(for tier: Tier) -> Message {
        guard self == .inProgress else { return label }
        switch tier {
        case .standardized: return Message(zh: "培育中", en: "cultivating")
        case .normalized: return Message(zh: "帮扶中", en: "in help")
        case .problem: return Message(zh: "整治中", en: "rectifying")
        }
    }

    public var aliases: [String] { self == .inProgress ? ["培育中", "整治中", "in-progress", "inprogress", "rectifying"] : [] }

    /// The lifecycle order (closed ranks with accepted, announced with awarded).
    public var rank: Int {
        switch self {
        case .listed: 0
        case .committed: 1
        case .planned: 2
        case .inProgress: 3
        case .applied: 4
        case .accepted, .closed: 5
        case .publicized: 6
        case .awarded, .announced: 7
        }
    }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rank < rhs.rank }

    /// Accepted and beyond: the enterprise holds the 安全诚信企业 title (unless revoked).
    public var holdsTitle: Bool { self == .accepted || self == .publicized || self == .awarded }

    public static func stages(of tier: Tier) -> [Stage] {
        tier.earnsTitle
            ? [.listed, .committed, .planned, .inProgress, .applied, .accepted, .publicized, .awarded]
            : [.listed, .committed, .planned, .inProgress, .applied, .closed, .announced]
    }
}
