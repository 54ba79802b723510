import AnxinCore
import AnxinStore
import Foundation
import Testing

/// A small store for the report tests: a campaign of 3 jurisdictions and 2 departments with hand-set quotas, and a
/// journal written through the store's encoder with 2024 instants (the listing day matters for step 1, and the
/// command line stamps events with the wall clock). Today is 08-15. Counted by hand:
///
///     A 清苑区 属地 规范化 accepted 08-10; N03 met, N05 met, N07 na; demonstration site 07-10
///     B 清苑区 属地 规范化 in progress; committed 04-20 (late); N03 unmet, N05 厂级 unmet; overdue (apply 07-31)
///     C 清苑区 属地 标准化 applied 07-25; S01, S02 met
///     D 清苑区 属地 问题型 rectifying; own deadline 09-30; P01 unmet
///     E 高新区 属地 规范化 accepted 08-05, revoked 08-12; N03 met
///     F 高新区 属地 问题型 listed 04-05 (late), closed 07-30
///     G 竞秀区 市直 标准化 under 市住建局 accepted 07-20; S01 met
///     H 竞秀区 属地 问题型 under 市住建局 rectifying, own deadline 06-30: overdue; blacklisted 08-01; P01 unmet, P02 met
///     I 清苑区 属地 规范化 removed
enum ReportStore {
    static let today = "2024-08-15"
    static let a = CreditCodes.make(901), b = CreditCodes.make(902), c = CreditCodes.make(903), d = CreditCodes.make(904)
    static let e = CreditCodes.make(905), f = CreditCodes.make(906), g = CreditCodes.make(907), h = CreditCodes.make(908)
    static let i = CreditCodes.make(909)

    static let campaign = """
    city: 保定市
    year: 2024
    offices:
      city_office: 市安委办
      work_safety_bureau: 市安监局
    jurisdictions: [清苑区, 高新区, 竞秀区]
    departments: [市住建局, 市安监局]
    industries:
      - {name: 机械, key: true, sector: 一般行业}
      - {name: 危险化学品, key: true, sector: 危险化学品}
      - {name: 建筑, key: true, sector: 建筑施工}
      - {name: 非煤矿山, key: true, sector: 非煤矿山}
      - {name: 食品加工, key: false, sector: 一般行业}
      - {name: 煤矿, key: true, sector: 一般行业}
      - {name: 烟花爆竹（生产、批发）, key: true, sector: 危险化学品}
    demo_sectors: [非煤矿山, 危险化学品, 建筑施工, 一般行业]
    quotas:
      清苑区: {standardized: 1, normalized: 2, problem: 1}
      高新区: {normalized: 1, problem: 1}
      竞秀区: {problem: 1}
      市住建局: {standardized: 1}
    calendar:
      - {step: 1, title: 拉出名单, due: 2024-03-31}
      - {step: 2, title: 签订承诺书, due: 2024-04-15}
      - {step: 3, title: 逐企业制定培育、帮扶、整治方案, due: 2024-04-30}
      - {step: 4, title: 培育、帮扶、整治, from: 2024-05-01, due: 2024-07-31}
      - {step: 5, title: 示范观摩, from: 2024-07-01, due: 2024-07-31}
      - {step: 6, title: 组织验收, from: 2024-08-01, due: 2024-10-31}
      - {step: 7, title: 公示、征求意见, from: 2024-11-01, due: 2024-11-30}
      - {step: 8, title: 总结授牌, from: 2024-12-01, due: 2024-12-31}
    deadlines:
      commit: 2024-04-15
      plan: 2024-04-30
      start: 2024-05-10
      apply: 2024-07-31
      accept: 2024-10-31
      close: 2024-10-31
      publicize: 2024-11-30
      award: 2024-12-31
      announce: 2024-12-31

    """

    /// The sandbox with the campaign and the journal in place (checked by `anxin check`).
    static func make() throws -> Sandbox {
        let sandbox = try Sandbox.store()
        try campaign.write(toFile: sandbox.data + "/campaign.yaml", atomically: true, encoding: .utf8)
        let bytes = events().flatMap(EventEncoder.line)
        try Data(bytes).write(to: URL(fileURLWithPath: sandbox.events + "/fixture.jsonl"))
        let check = try sandbox.anxin(["check", "--today", today])
        try #require(check.status == 0, "\(check)")
        return sandbox
    }

    static func events() -> [Event] {
        var events: [Event] = []
        var sequence = 0
        func day(_ text: String) -> Day { Day("2024-" + text)! }
        func add(_ payload: EventPayload, _ code: String, _ date: String, by office: String) {
            sequence += 1
            let noon = Instant(day: day(date))
            let at = Instant(millisecondsSinceEpoch: noon.millisecondsSinceEpoch + Int64(sequence), offsetMinutes: 480)
            events.append(Event(id: EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch, random: (UInt64(sequence), 7)),
                                at: at, replica: "fixture", actor: "李检查", office: office,
                                enterprise: CreditCode(unchecked: code), seen: nil, payload: payload))
        }
        func listed(_ code: String, _ name: String, tier: Tier, industry: String, jurisdiction: String,
                    level: SupervisionLevel = .local, department: String? = nil, on date: String = "03-20") {
            let profile = EnterpriseProfile(code: CreditCode(unchecked: code), name: name, jurisdiction: jurisdiction,
                                            industry: industry, tier: tier, level: level,
                                            department: department ?? jurisdiction, person: "王建国", phone: "0312-5550000")
            add(.listed(profile), code, date, by: department ?? jurisdiction)
        }
        func steps(_ code: String, _ list: [(StepAction, String)], deadline: String? = nil, by office: String) {
            for (action, date) in list {
                let details = StepDetails(action: action, date: day(date),
                                          reference: action == .plan || action == .accept || action == .close ? "〔2024〕1号" : nil,
                                          experts: action == .plan ? ["张专家"] : [],
                                          deadline: action == .commit ? deadline.map(day) : nil)
                add(.step(details), code, date, by: office)
            }
        }
        func tick(_ code: String, _ id: String, _ verdict: Verdict, level: CheckLevel? = nil, _ date: String, by office: String) {
            add(.ticked(Tick(criterion: CriterionID(id), level: level, verdict: verdict)), code, date, by: office)
        }
        func mark(_ code: String, _ details: MarkDetails, by office: String = "市安委办") {
            add(.marked(details), code, String(details.date.description.dropFirst(5)), by: office)
        }
        let q = "清苑区", hi = "高新区", jx = "竞秀区", zj = "市住建局"
        listed(a, "保定华丰食品有限公司", tier: .normalized, industry: "食品加工", jurisdiction: q)
        listed(b, "保定昌盛食品有限公司", tier: .normalized, industry: "食品加工", jurisdiction: q)
        listed(c, "保定长昌重工有限公司", tier: .standardized, industry: "机械", jurisdiction: q)
        listed(d, "清苑永发食品厂", tier: .problem, industry: "食品加工", jurisdiction: q)
        listed(e, "高新区精工机械有限公司", tier: .normalized, industry: "机械", jurisdiction: hi, on: "03-25")
        listed(f, "高新区顺达食品厂", tier: .problem, industry: "食品加工", jurisdiction: hi, on: "04-05")
        listed(g, "保定通峰路桥工程集团有限公司", tier: .standardized, industry: "建筑", jurisdiction: jx, level: .municipal,
               department: zj, on: "03-15")
        listed(h, "竞秀区宏达建筑工程有限公司", tier: .problem, industry: "建筑", jurisdiction: jx, department: zj, on: "03-28")
        listed(i, "清苑县已移出企业", tier: .normalized, industry: "食品加工", jurisdiction: q)
        add(.removed(reason: "企业已注销"), i, "03-30", by: q)

        steps(a, [(.commit, "04-10"), (.plan, "04-25"), (.start, "05-05")], by: q)
        tick(a, "N03", .met, "06-01", by: q)
        tick(a, "N05", .met, "06-01", by: q)
        tick(a, "N07", .notApplicable, "06-01", by: q)
        mark(a, MarkDetails(mark: .demo, reason: "一般行业示范", date: day("07-10")))
        steps(a, [(.apply, "07-20"), (.accept, "08-10")], by: q)

        steps(b, [(.commit, "04-20"), (.plan, "04-28"), (.start, "05-08")], by: q)
        tick(b, "N03", .unmet, "06-02", by: q)
        tick(b, "N05", .unmet, level: .plant, "06-02", by: q)

        steps(c, [(.commit, "04-12"), (.plan, "04-29"), (.start, "05-09")], by: q)
        tick(c, "S01", .met, "06-03", by: q)
        tick(c, "S02", .met, "06-03", by: q)
        steps(c, [(.apply, "07-25")], by: q)

        steps(d, [(.commit, "04-14"), (.plan, "04-30"), (.start, "05-10")], deadline: "09-30", by: q)
        tick(d, "P01", .unmet, "06-04", by: q)

        steps(e, [(.commit, "04-15"), (.plan, "04-30"), (.start, "05-10")], by: hi)
        tick(e, "N03", .met, "06-05", by: hi)
        steps(e, [(.apply, "07-30"), (.accept, "08-05")], by: hi)
        mark(e, MarkDetails(mark: .revoked, reason: "发生亡人事故1起", revocationCause: .fatalAccident, date: day("08-12")))

        steps(f, [(.commit, "04-10"), (.plan, "04-20"), (.start, "05-01"), (.apply, "07-10"), (.close, "07-30")],
              deadline: "07-15", by: hi)

        steps(g, [(.commit, "04-01"), (.plan, "04-20"), (.start, "05-01")], by: zj)
        tick(g, "S01", .met, "06-06", by: zj)
        steps(g, [(.apply, "07-01")], by: zj)
        steps(g, [(.accept, "07-20")], by: "市安委办")

        steps(h, [(.commit, "04-10"), (.plan, "04-25"), (.start, "05-05")], deadline: "06-30", by: jx)
        tick(h, "P01", .unmet, "06-07", by: jx)
        tick(h, "P02", .met, "06-07", by: jx)
        mark(h, MarkDetails(mark: .blacklisted, reason: "重大隐患逾期未整改", blacklistCause: .hazardNotRectified, date: day("08-01")))

        return events.sorted { $0.at.millisecondsSinceEpoch < $1.at.millisecondsSinceEpoch }
    }
}
