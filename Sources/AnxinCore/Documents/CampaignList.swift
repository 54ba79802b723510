/// The lists the campaign hands out (seed steps 5–8 and §四). Each is a pure selection over the folded state:
/// which enterprises, in which order, and who was left out and why.
public enum CampaignList: String, CaseIterable, Sendable {
    /// 公示名单 (step 7): accepted standardized and normalized enterprises not yet publicized.
    case notice
    /// 授牌名单 (step 8): publicized enterprises not yet awarded.
    case awards
    /// 整治通报 (step 8): problem enterprises closed (rectified and accepted) and not yet announced.
    case announcement
    /// 示范观摩点 (step 5): the demonstration site of each sector and the well-rectified enterprises.
    case demoSites = "demo-sites"
    /// 向电力、金融部门通告 (§四(一)1): enterprises that hold the title and enjoy its incentives.
    case incentives
    /// 重点监管名单 (§四(二)2).
    case supervision
    /// 黑名单 (§四(二)3).
    case blacklist

    /// The document's title (also the heading of its default template).
    public var title: Message {
        switch self {
        case .notice: Message(zh: "安全诚信企业公示名单", en: "public-notice list of safety-integrity enterprises")
        case .awards: Message(zh: "安全诚信企业授牌名单", en: "award list of safety-integrity enterprises")
        case .announcement: Message(zh: "问题型企业整治验收合格通报", en: "announcement of rectified problem enterprises")
        case .demoSites: Message(zh: "示范观摩点名单", en: "demonstration sites")
        case .incentives: Message(zh: "标准化、规范化企业优惠政策通告名单", en: "incentive notice to the power and finance departments")
        case .supervision: Message(zh: "重点监管企业名单", en: "key-supervision list")
        case .blacklist: Message(zh: "安全生产“黑名单”企业名单", en: "blacklist")
        }
    }
}

/// Why an enterprise that is otherwise at the right stage is left off a list.
public enum ListExclusionReason: Sendable, Equatable {
    /// 撤销称号: the title was revoked.
    case revoked
    /// 黑名单
    case blacklisted
    /// 重点监管
    case supervised

    public var label: Message {
        switch self {
        case .revoked: Mark.revoked.label
        case .blacklisted: Mark.blacklisted.label
        case .supervised: Mark.supervised.label
        }
    }
}

/// An enterprise left off a list, with the reason.
public struct ListExclusion: Sendable, Equatable {
    public let record: EnterpriseRecord
    public let reason: ListExclusionReason
}

/// The members of a list and those left off it.
public struct ListSelection: Sendable {
    public let list: CampaignList
    public let members: [EnterpriseRecord]
    public let excluded: [ListExclusion]
}
