/// The four levels at which hazard investigation must work (normalized criterion 5, N05):
/// 厂级、车间、班组、岗位. The criterion is met only when every level is.
public enum CheckLevel: String, Term {
    case plant, workshop, team, post

    public var label: Message {
        switch self {
        case .plant: Message(zh: "厂级", en: "plant")
        case .workshop: Message(zh: "车间", en: "workshop")
        case .team: Message(zh: "班组", en: "team")
        case .post: Message(zh: "岗位", en: "post")
        }
    }
}
