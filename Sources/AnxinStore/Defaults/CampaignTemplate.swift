/// The `campaign.yaml` that `anxin init` writes: the seed's calendar moved to the chosen year, the offices,
/// and (for 保定市, the seed's city) its jurisdictions, departments and quotas.
public enum CampaignTemplate {
    /// The jurisdictions the seed names: Baoding's districts, county-level cities and counties, 高新区 and
    /// 白沟·白洋淀温泉城. 定州市 (administered by the province) and the counties now under 雄安新区
    /// (容城县、安新县、雄县) are left out; add them here if the city runs their campaign.
    public static let baodingJurisdictions = [
        "竞秀区", "莲池区", "满城区", "清苑区", "徐水区",
        "涿州市", "安国市", "高碑店市",
        "涞水县", "阜平县", "定兴县", "唐县", "高阳县", "涞源县", "望都县", "易县", "曲阳县", "蠡县", "顺平县", "博野县",
        "高新区", "白沟·白洋淀温泉城",
    ]

    /// City government departments that own enterprises (市政府有关部门).
    public static let baodingDepartments = [
        "市安监局", "市住建局", "市工信局", "市交通运输局", "市商务局", "市国资委", "市市场监管局",
    ]

    /// Industries: the key industries of seed §二(一) and the general ones; each with its demonstration sector.
    public static let industries: [(name: String, key: Bool, sector: String)] = [
        ("煤矿", true, "一般行业"),
        ("非煤矿山", true, "非煤矿山"),
        ("冶炼", true, "一般行业"),
        ("危险化学品", true, "危险化学品"),
        ("烟花爆竹（生产、批发）", true, "危险化学品"),
        ("民爆物品（生产、批发）", true, "危险化学品"),
        ("建筑", true, "建筑施工"),
        ("机械", true, "一般行业"),
        ("纺织", true, "一般行业"),
        ("汽车及零部件", false, "一般行业"),
        ("食品加工", false, "一般行业"),
        ("箱包皮具", false, "一般行业"),
        ("仓储物流", false, "一般行业"),
        ("商贸零售", false, "一般行业"),
        ("交通运输", false, "一般行业"),
        ("造纸印刷", false, "一般行业"),
        ("电力", false, "一般行业"),
    ]

    public static func yaml(city: String, year: Int, frozenToday: String? = nil) -> String {
        let y = String(year)
        let isBaoding = city == "保定市"
        let jurisdictions = isBaoding ? baodingJurisdictions : []
        let departments = isBaoding ? baodingDepartments : ["市安监局"]
        var lines: [String] = []
        lines.append("""
        # 安全诚信企业创建活动 (Safety-Integrity Enterprise campaign): the campaign's configuration.
        # Edit by hand, then run `anxin check`. Dates are YYYY-MM-DD. Office names are written as people say
        # them: the city office, a jurisdiction's name for its office, or a city department's name.

        city: \(city)
        year: \(y)
        """)
        if let frozenToday {
            lines.append("# The demo clock: 'today' is this day unless --today says otherwise. Delete for a live campaign.")
            lines.append("frozen_today: \(frozenToday)")
        }
        lines.append("""

        offices:
          city_office: 市安委办          # accepts 省属以上 and 市直 enterprises, spot-checks, publishes, awards
          work_safety_bureau: 市安监局   # runs the demonstration visits and the public notice

        """)
        lines.append("# 县（市、区）、高新区、白沟·白洋淀温泉城" + (jurisdictions.isEmpty ? ": list the city's jurisdictions here" : ""))
        lines.append("jurisdictions:" + (jurisdictions.isEmpty ? " []" : ""))
        lines += jurisdictions.map { "  - \($0)" }
        lines.append("")
        lines.append("# 市政府有关部门 (city departments that own enterprises)")
        lines.append("departments:")
        lines += departments.map { "  - \($0)" }
        lines.append("")
        lines.append("# key: a key industry of 方案 二(一), where standardized enterprises are cultivated.")
        lines.append("# sector: the demonstration sector of step 5 (非煤矿山, 危险化学品, 建筑施工, 一般行业).")
        lines.append("industries:")
        lines += industries.map { "  - {name: \($0.name), key: \($0.key), sector: \($0.sector)}" }
        lines.append("")
        lines.append("demo_sectors: [非煤矿山, 危险化学品, 建筑施工, 一般行业]")
        lines.append("")
        lines.append("# 按照规定的数量: enterprises each jurisdiction or department lists, per tier.")
        lines.append("quotas:" + (jurisdictions.isEmpty ? " {}" : ""))
        for name in jurisdictions {
            let isZone = name == "高新区" || name == "白沟·白洋淀温泉城"
            lines.append("  \(name): {standardized: \(isZone ? 2 : 3), normalized: \(isZone ? 5 : 8), problem: \(isZone ? 3 : 5)}")
        }
        if isBaoding {
            for name in departments where name != "市安监局" {
                lines.append("  \(name): {standardized: 2, normalized: 3, problem: 1}")
            }
        }
        lines.append("""

        # 2024年要办好的8件事 (方案 三): the 8 steps. `from` opens a step's window, `due` closes it.
        calendar:
          - {step: 1, title: 拉出名单, due: \(y)-03-31}
          - {step: 2, title: 签订承诺书, due: \(y)-04-15}
          - {step: 3, title: 逐企业制定培育、帮扶、整治方案, due: \(y)-04-30}
          - {step: 4, title: 培育、帮扶、整治, from: \(y)-05-01, due: \(y)-07-31}
          - {step: 5, title: 示范观摩, from: \(y)-07-01, due: \(y)-07-31}
          - {step: 6, title: 组织验收, from: \(y)-08-01, due: \(y)-10-31}
          - {step: 7, title: 公示、征求意见, from: \(y)-11-01, due: \(y)-11-30}
          - {step: 8, title: 总结授牌, from: \(y)-12-01, due: \(y)-12-31}

        # The day by which each lifecycle step must have been taken; an enterprise that has not is overdue
        # (shown, never blocked). start: "5月初" read as the first ten days of May. apply: when on-site work ends.
        # accept/close: the plan sets no end; ours is 10-31, before the notice. A problem enterprise's own
        # rectification deadline (set with its commitment letter) replaces `apply`.
        deadlines:
          commit: \(y)-04-15
          plan: \(y)-04-30
          start: \(y)-05-10
          apply: \(y)-07-31
          accept: \(y)-10-31
          close: \(y)-10-31
          publicize: \(y)-11-30
          award: \(y)-12-31
          announce: \(y)-12-31

        # Where the plan is silent (domain.md "Open points"): our defaults.
        rules:
          blacklist_years: 3                  # 应急管理部令第11号
          blacklist_early_removal_months: 12
          spot_check_share: 0.10              # of county acceptances
          demo_sites_per_sector: 1
          rectified_demo_sites: 2             # 1 to 2 well-rectified problem enterprises
          standardized_key_industries_only: true
        """)
        return lines.joined(separator: "\n") + "\n"
    }
}
