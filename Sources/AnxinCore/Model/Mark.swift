/// Marks sit beside the stage (domain.md "Marks"); each is set and removed by explicit events.
public enum Mark: String, Term {
    /// 示范观摩点: demonstration site of seed step 5.
    case demo
    /// 撤销称号: the title was revoked after a fatal accident or a major integrity breach.
    case revoked = "revoke"
    /// 重点监管: key supervision.
    case supervised = "supervise"
    /// 黑名单 / 信用污点: blacklist.
    case blacklisted = "blacklist"

    public var label: Message {
        switch self {
        case .demo: Message(zh: "示范观摩点", en: "demonstration site")
        case .revoked: Message(zh: "撤销称号", en: "title revoked")
        case .supervised: Message(zh: "重点监管", en: "key supervision")
        case .blacklisted: Message(zh: "黑名单", en: "blacklist")
        }
    }

    public var badge: Message {
        switch self {
        case .demo: Message(zh: "示范", en: "demo")
        case .revoked: Message(zh: "撤销", en: "revoked")
        case .supervised: Message(zh: "重点", en: "key")
        case .blacklisted: Message(zh: "黑名单", en: "black")
        }
    }

    public var aliases: [String] {
        switch self {
        case .demo: ["示范", "demonstration"]
        case .revoked: ["撤销", "revoked"]
        case .supervised: ["重点", "supervised"]
        case .blacklisted: ["blacklisted", "信用污点"]
        }
    }
}

/// Accident grades of 国务院令第493号.
public enum AccidentGrade: String, Term, Comparable {
    /// 一般: fewer than 3 deaths.
    case ordinary
    /// 较大: 3–9 deaths, or 10–49 serious injuries, or ¥10–50M loss.
    case larger
    /// 重大: 10–29 deaths.
    case major
    /// 特别重大: 30 or more deaths.
    case especiallyMajor = "especially-major"

    public var label: Message {
        switch self {
        case .ordinary: Message(zh: "一般", en: "ordinary")
        case .larger: Message(zh: "较大", en: "larger")
        case .major: Message(zh: "重大", en: "major")
        case .especiallyMajor: Message(zh: "特别重大", en: "especially major")
        }
    }

    public static func < (lhs: AccidentGrade, rhs: AccidentGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Why an enterprise is blacklisted (seed §四(二)3).
public enum BlacklistCause: String, Term {
    /// 存在重大安全事故隐患又不如期进行整改
    case hazardNotRectified = "hazard"
    /// 抗拒执法检查
    case resistingEnforcement = "resisting"
    /// 发生较大以上安全生产事故
    case accident

    public var label: Message {
        switch self {
        case .hazardNotRectified: Message(zh: "重大隐患逾期未整改", en: "major hazard not rectified by its deadline")
        case .resistingEnforcement: Message(zh: "抗拒执法检查", en: "resisting enforcement")
        case .accident: Message(zh: "较大以上安全生产事故", en: "accident of grade larger or worse")
        }
    }
}

/// Why a title is revoked (seed §四(二)1).
public enum RevocationCause: String, Term {
    /// 亡人事故
    case fatalAccident = "fatal-accident"
    /// 重大安全失信行为
    case integrityBreach = "integrity-breach"

    public var label: Message {
        switch self {
        case .fatalAccident: Message(zh: "发生亡人事故", en: "fatal accident")
        case .integrityBreach: Message(zh: "重大安全失信行为", en: "major integrity breach")
        }
    }
}
