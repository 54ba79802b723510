/// Who supervises an enterprise, which decides who accepts it (seed §三 step 6).
public enum SupervisionLevel: String, Term {
    /// 省属以上: provincial-owned or central enterprises.
    case provincial
    /// 市直: directly managed by a city government department.
    case municipal
    /// 属地: local, under its jurisdiction.
    case local

    public var label: Message {
        switch self {
        case .provincial: Message(zh: "省属以上", en: "provincial")
        case .municipal: Message(zh: "市直", en: "municipal")
        case .local: Message(zh: "属地", en: "local")
        }
    }

    public var aliases: [String] { self == .provincial ? ["省属"] : [] }
}
