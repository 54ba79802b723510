/// The letters sent for each blacklisted enterprise (seed §四(二)3: 向企业股东、金融、电力等单位发函通告),
/// plus the text of its public notice in the media.
public enum LetterKind: String, CaseIterable, Sendable {
    case shareholders
    case banks
    case power
    /// 公示 text for the newspapers and television, not a letter to one addressee.
    case publicNotice = "public"

    /// The addressee when the roster names none: generic, from the enterprise's name.
    /// The power company is named by the template (`{{city}}供电公司` by default).
    public func addressee(enterprise name: String) -> Message? {
        switch self {
        case .shareholders: Message(zh: "\(name)全体股东", en: "all shareholders of \(name)")
        case .banks: Message(zh: "\(name)开户银行（金融机构）", en: "the banks (financial institutions) of \(name)")
        case .power, .publicNotice: nil
        }
    }

    public var label: Message {
        switch self {
        case .shareholders: Message(zh: "致股东函", en: "letter to the shareholders")
        case .banks: Message(zh: "致开户银行函", en: "letter to the banks")
        case .power: Message(zh: "致供电企业函", en: "letter to the power company")
        case .publicNotice: Message(zh: "公示文本", en: "public-notice text")
        }
    }
}
