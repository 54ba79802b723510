/// What the TUI's dashboard (总览) says.
extension Catalog {
    public static let tuiDashboardTitle = Message(zh: "总览", en: "Dashboard")
    public static let tuiDashboardProgress = Message(zh: "各县区、部门进度与配额", en: "progress against quota")
    public static let tuiDashboardCriteria = Message(zh: "不符合最多的条款", en: "criteria failing most")
    public static let tuiDashboardOwner = Message(zh: "单位", en: "owner")
    public static let tuiDashboardQuota = Message(zh: "配额", en: "quota")
    public static let tuiDashboardFinished = Message(zh: "完成", en: "done")
    public static let tuiDashboardBar = Message(zh: "完成／配额", en: "done / quota")
    public static let tuiDashboardNoQuota = Message(zh: "（无配额）", en: "(no quota)")

    public static func tuiDashboardLegend(wide: Bool) -> Message {
        wide
            ? Message(zh: "配额：标准化／规范化／问题型；阶段列为已达到该阶段的企业数；完成＝验收合格且未撤销（问题型：销账）",
                      en: "quota: std/norm/problem; stage columns count enterprises that reached the stage; done = accepted and not revoked (problem: closed)")
            : Message(zh: "名单＝列入数；完成＝验收合格且未撤销（问题型：销账）",
                      en: "listed = on the list; done = accepted and not revoked (problem: closed)")
    }

    /// The one-character quota heading of a tier.
    public static func tuiDashboardQuotaOf(_ tier: Tier) -> Message {
        switch tier {
        case .standardized: Message(zh: "标", en: "S")
        case .normalized: Message(zh: "规", en: "N")
        case .problem: Message(zh: "问", en: "P")
        }
    }

    /// A column heading of at most four columns.
    public static func tuiDashboardShort(_ measure: ProgressMeasure) -> Message {
        switch measure {
        case .listed: Message(zh: "名单", en: "list")
        case .committed: Message(zh: "承诺", en: "comm")
        case .planned: Message(zh: "方案", en: "plan")
        case .inProgress: Message(zh: "培育", en: "work")
        case .applied: Message(zh: "申请", en: "appl")
        case .accepted: Message(zh: "验收", en: "acc")
        case .publicized: Message(zh: "公示", en: "pub")
        case .awarded: Message(zh: "授牌", en: "awd")
        case .rectifying: Message(zh: "整治", en: "rect")
        case .closed: Message(zh: "销账", en: "clsd")
        case .announced: Message(zh: "通报", en: "ann")
        case .overdue: Message(zh: "逾期", en: "late")
        case .revoked: Message(zh: "撤销", en: "rev")
        case .blacklisted: Message(zh: "黑名单", en: "black")
        }
    }

    public static func tuiDashboardMarked(_ count: Int) -> Message {
        Message(zh: "已选 \(count) 行（回车打开，o 只看逾期）", en: "\(count) rows marked (Enter opens, o overdue only)")
    }

    public static func tuiDashboardOrder(_ order: Message) -> Message {
        Message(zh: "排序：\(order.zh)", en: "order: \(order.en)")
    }

    public static func tuiDashboardTierFailures(_ tier: Message, count: Int) -> Message {
        Message(zh: "\(tier.zh)：\(count) 项条款有不符合", en: "\(tier.en): \(count) criteria with unmet verdicts")
    }

    public static func tuiDashboardUnmet(_ unmet: Int, checked: Int) -> Message {
        Message(zh: "\(unmet) 家不符合／\(checked) 家已评", en: "\(unmet) unmet of \(checked) checked")
    }

    public static let tuiHintMove = Message(zh: "移动", en: "move")
}
