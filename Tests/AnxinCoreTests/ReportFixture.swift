import AnxinCore

/// A small campaign for the reports: 8 active enterprises (and a removed one) across 清苑区, 高新区, 竞秀区 and
/// 市住建局, every tier, with steps, verdicts and marks. Today is 08-15: steps 1–5 of the calendar are due,
/// 6–8 are not. The expected numbers of the tests are counted by hand from the list below.
///
///     A 清苑区 属地 normalized   accepted 08-10 (commit 04-10, plan 04-25, start 05-05, apply 07-20); demo 07-10
///     B 清苑区 属地 normalized   in progress (commit 04-20: late for 04-15); apply due 07-31: overdue
///     C 清苑区 属地 standardized applied 07-25
///     D 清苑区 属地 problem      rectifying, own deadline 09-30 (apply not yet due)
///     E 高新区 属地 normalized   accepted 08-05, revoked 08-12 (title gone, not chased)
///     F 高新区 属地 problem      listed 04-05 (late for 03-31), closed 07-30 (deadline 07-15)
///     G 竞秀区 市直 standardized under 市住建局: accepted 07-20
///     H 竞秀区 属地 problem under 市住建局: rectifying, own deadline 06-30: overdue; blacklisted 08-01
///     I 清苑区 属地 normalized   removed
enum ReportFixture {
    static let today = d("08-15")
    static let a = code(101), b = code(102), c = code(103), dd = code(104), e = code(105), f = code(106)
    static let g = code(107), h = code(108), i = code(109)

    static func config() -> CampaignConfig {
        var config = Fixture.config()
        config.quotas = [
            Quota(owner: Fixture.qingyuan, tier: .standardized, count: 1),
            Quota(owner: Fixture.qingyuan, tier: .normalized, count: 2),
            Quota(owner: Fixture.qingyuan, tier: .problem, count: 1),
            Quota(owner: Fixture.hitech, tier: .normalized, count: 1),
            Quota(owner: Fixture.hitech, tier: .problem, count: 1),
            Quota(owner: Fixture.jingxiu, tier: .problem, count: 1),
            Quota(owner: Fixture.construction, tier: .standardized, count: 1),
        ]
        return config
    }

    static var events: [Event] {
        var events: [Event] = []
        var sequence = 0
        func add(_ payload: EventPayload, _ code: CreditCode, _ day: String, by office: String = Fixture.qingyuan) {
            sequence += 1
            events.append(makeEvent(payload, on: code, by: office, day: d(day), sequence: sequence))
        }
        func listed(_ code: CreditCode, _ name: String, tier: Tier, industry: String, jurisdiction: String,
                    level: SupervisionLevel = .local, department: String? = nil, on day: String = "03-20") {
            add(.listed(profile(code, name, tier: tier, industry: industry, jurisdiction: jurisdiction, level: level,
                                department: department ?? jurisdiction)), code, day, by: department ?? jurisdiction)
        }
        func forward(_ code: CreditCode, _ steps: [(StepAction, String)], deadline: String? = nil, by office: String) {
            for (action, day) in steps {
                let ref = action == .plan || action == .accept ? "〔2024〕1号" : nil
                add(step(action, day, ref: ref, experts: action == .plan ? ["张专家"] : [],
                         deadline: action == .commit ? deadline : nil), code, day, by: office)
            }
        }
        let q = Fixture.qingyuan, hi = Fixture.hitech, jx = Fixture.jingxiu, zj = Fixture.construction
        listed(a, "保定华丰食品有限公司", tier: .normalized, industry: "食品加工", jurisdiction: q)
        listed(b, "保定昌盛食品有限公司", tier: .normalized, industry: "食品加工", jurisdiction: q)
        listed(c, "保定长昌重工有限公司", tier: .standardized, industry: "机械", jurisdiction: q)
        listed(dd, "清苑永发食品厂", tier: .problem, industry: "食品加工", jurisdiction: q)
        listed(e, "高新区精工机械有限公司", tier: .normalized, industry: "机械", jurisdiction: hi, on: "03-25")
        listed(f, "高新区顺达食品厂", tier: .problem, industry: "食品加工", jurisdiction: hi, on: "04-05")
        listed(g, "保定通峰路桥工程集团有限公司", tier: .standardized, industry: "建筑", jurisdiction: jx,
               level: .municipal, department: zj, on: "03-15")
        listed(h, "竞秀区宏达建筑工程有限公司", tier: .problem, industry: "建筑", jurisdiction: jx, department: zj, on: "03-28")
        listed(i, "清苑县已移出企业", tier: .normalized, industry: "食品加工", jurisdiction: q)
        add(.removed(reason: "企业已注销"), i, "03-30")

        forward(a, [(.commit, "04-10"), (.plan, "04-25"), (.start, "05-05")], by: q)
        add(tick("N03", .met), a, "06-01")
        add(tick("N05", .met), a, "06-01")
        add(tick("N07", .notApplicable), a, "06-01")
        add(mark(.demo, "07-10"), a, "07-10", by: Fixture.city)
        forward(a, [(.apply, "07-20"), (.accept, "08-10")], by: q)

        forward(b, [(.commit, "04-20"), (.plan, "04-28"), (.start, "05-08")], by: q)
        add(tick("N03", .unmet), b, "06-02")
        add(tick("N05", .unmet, level: .plant), b, "06-02")

        forward(c, [(.commit, "04-12"), (.plan, "04-29"), (.start, "05-09")], by: q)
        add(tick("S01", .met), c, "06-03")
        add(tick("S02", .met), c, "06-03")
        forward(c, [(.apply, "07-25")], by: q)

        forward(dd, [(.commit, "04-14"), (.plan, "04-30"), (.start, "05-10")], deadline: "09-30", by: q)
        add(tick("P01", .unmet), dd, "06-04")

        forward(e, [(.commit, "04-15"), (.plan, "04-30"), (.start, "05-10")], by: hi)
        add(tick("N03", .met), e, "06-05", by: hi)
        forward(e, [(.apply, "07-30"), (.accept, "08-05")], by: hi)
        add(mark(.revoked, "08-12", revocation: .fatalAccident), e, "08-12", by: Fixture.city)

        forward(f, [(.commit, "04-10"), (.plan, "04-20"), (.start, "05-01"), (.apply, "07-10"), (.close, "07-30")],
                deadline: "07-15", by: hi)

        forward(g, [(.commit, "04-01"), (.plan, "04-20"), (.start, "05-01")], by: zj)
        add(tick("S01", .met), g, "06-06", by: zj)
        add(tick("S12", .met), g, "06-06", by: zj)
        forward(g, [(.apply, "07-01"), (.accept, "07-20")], by: Fixture.city)

        forward(h, [(.commit, "04-10"), (.plan, "04-25"), (.start, "05-05")], deadline: "06-30", by: jx)
        add(tick("P01", .unmet), h, "06-07", by: jx)
        add(tick("P02", .met), h, "06-07", by: jx)
        add(mark(.blacklisted, "08-01", blacklist: .hazardNotRectified), h, "08-01", by: Fixture.city)

        // The fold takes events in journal order: by instant.
        return events.sorted { ($0.at.millisecondsSinceEpoch, $0.id) < ($1.at.millisecondsSinceEpoch, $1.id) }
    }

    static func state(through day: Day? = nil) -> CampaignState {
        let all = events
        return fold(day.map { limit in all.filter { $0.at.localDay <= limit } } ?? all, config: config())
    }
}
