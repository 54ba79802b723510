import Testing
import AnxinCore

/// Who is on each campaign list, against a small campaign worked out by hand.
@Suite("Campaign lists (公示、授牌、通报、示范、通告、重点监管、黑名单)")
struct DocumentSelectionTests {
    /// The campaign of these tests:
    ///   1 清苑区 normalized   accepted                      → notice, incentives
    ///   2 清苑区 normalized   publicized                    → awards, incentives
    ///   3 清苑区 standardized awarded                       → incentives only
    ///   4 清苑区 normalized   accepted, title revoked       → left off notice and incentives (revoked); supervision
    ///   5 高新区 normalized   accepted, key supervision     → left off notice and incentives (supervised); supervision
    ///   6 竞秀区 normalized   accepted, blacklisted          → left off notice and incentives (blacklisted); blacklist
    ///   7 清苑区 normalized   applied                       → on no list
    ///   8 清苑区 problem      closed                        → announcement
    ///   9 清苑区 problem      closed, blacklisted            → left off the announcement; blacklist
    ///  10 高新区 normalized   accepted, then removed        → on no list
    ///  11 清苑区 problem      announced                     → on no list (already announced)
    static func campaign() -> World {
        let world = World()
        let q = Fixture.qingyuan, h = Fixture.hitech, j = Fixture.jingxiu
        _ = world.enterprise(profile(code(1), "清苑区甲食品有限公司"), at: .accepted)
        _ = world.enterprise(profile(code(2), "清苑区乙食品有限公司"), at: .publicized)
        _ = world.enterprise(profile(code(3), "清苑区丙机械有限公司", tier: .standardized, industry: "机械"), at: .awarded)
        _ = world.enterprise(profile(code(4), "清苑区丁食品有限公司"), at: .accepted)
        world.must(mark(.revoked, "09-01", revocation: .fatalAccident), on: code(4), by: Fixture.city)
        _ = world.enterprise(profile(code(5), "高新区戊食品有限公司", jurisdiction: h), at: .accepted)
        world.must(mark(.supervised, "09-02", reason: "隐患较多"), on: code(5), by: h)
        _ = world.enterprise(profile(code(6), "竞秀区己食品有限公司", jurisdiction: j), at: .accepted)
        world.must(mark(.blacklisted, "09-03", reason: "抗拒检查", blacklist: .resistingEnforcement), on: code(6), by: Fixture.city)
        _ = world.enterprise(profile(code(7), "清苑区庚食品有限公司"), at: .applied)
        _ = world.enterprise(profile(code(8), "清苑区辛食品有限公司", tier: .problem), at: .closed)
        _ = world.enterprise(profile(code(9), "清苑区壬食品有限公司", tier: .problem), at: .closed)
        world.must(mark(.blacklisted, "09-04", blacklist: .accident, grade: .larger), on: code(9), by: Fixture.city)
        _ = world.enterprise(profile(code(10), "高新区癸食品有限公司", jurisdiction: h), at: .accepted)
        world.must(.removed(reason: "企业已关闭"), on: code(10), by: h, day: d("09-05"))
        _ = world.enterprise(profile(code(11), "清苑区子食品有限公司", tier: .problem), at: .announced)
        _ = q
        return world
    }

    static func members(_ list: CampaignList, _ world: World) -> [CreditCode] {
        ListSelector(state: world.state).select(list).members.map(\.code)
    }

    static func excluded(_ list: CampaignList, _ world: World) -> [CreditCode: ListExclusionReason] {
        Dictionary(uniqueKeysWithValues: ListSelector(state: world.state).select(list).excluded.map { ($0.record.code, $0.reason) })
    }

    @Test("the notice holds accepted enterprises not yet publicized; revoked, supervised and blacklisted ones are left off and named")
    func notice() {
        let world = Self.campaign()
        #expect(Self.members(.notice, world) == [code(1)])
        #expect(Self.excluded(.notice, world) == [code(4): .revoked, code(5): .supervised, code(6): .blacklisted])
    }

    @Test("the award list holds publicized enterprises not yet awarded")
    func awards() {
        let world = Self.campaign()
        #expect(Self.members(.awards, world) == [code(2)])
        #expect(Self.excluded(.awards, world).isEmpty)
    }

    @Test("incentives go to title holders (accepted, publicized, awarded), never to a revoked, supervised or blacklisted one")
    func incentives() {
        let world = Self.campaign()
        // Order: 清苑区 before 高新区 before 竞秀区 (campaign.yaml), standardized before normalized, then name in
        // character order (乙 U+4E59 before 甲 U+7532).
        #expect(Self.members(.incentives, world) == [code(3), code(2), code(1)])
        #expect(Self.excluded(.incentives, world) == [code(4): .revoked, code(5): .supervised, code(6): .blacklisted])
    }

    @Test("the announcement holds closed problem enterprises, not announced ones, and leaves a blacklisted one off")
    func announcement() {
        let world = Self.campaign()
        #expect(Self.members(.announcement, world) == [code(8)])
        #expect(Self.excluded(.announcement, world) == [code(9): .blacklisted])
    }

    @Test("key supervision lists the marked enterprises, a revoked title among them")
    func supervision() {
        let world = Self.campaign()
        let entries = ListSelector(state: world.state).supervision()
        #expect(entries.map(\.record.code) == [code(4), code(5)])
        #expect(entries[0].revocation?.details.revocationCause == .fatalAccident)
        #expect(entries[1].revocation == nil && entries[1].mark.details.reason == "隐患较多")
    }

    @Test("the blacklist gives cause, date, the 3-year term end and the 12-month early-removal day")
    func blacklist() {
        let world = Self.campaign()
        let entries = ListSelector(state: world.state).blacklist(on: d("09-15"))
        #expect(entries.map(\.record.code) == [code(9), code(6)])
        let accident = entries[0], resisting = entries[1]
        #expect(accident.causeLabel.zh == "发生较大安全生产事故")
        #expect(resisting.causeLabel.zh == "抗拒执法检查")
        #expect(resisting.mark.details.date == d("09-03"))
        #expect(resisting.termEnd == d("2027-09-03"))
        #expect(resisting.earliestRemoval == d("2025-09-03"))
        #expect(!resisting.termOver)
        let later = ListSelector(state: world.state).blacklist(on: d("2027-09-03"))
        #expect(later.map(\.termOver) == [false, true])
    }

    @Test("the term follows the configured blacklist_years and blacklist_early_removal_months")
    func configuredTerm() {
        var rules = RuleParameters()
        rules.blacklistYears = 5
        rules.blacklistEarlyRemovalMonths = 6
        let world = World(config: Fixture.config(rules: rules))
        _ = world.enterprise(profile(code(20), "清苑区黑名单测试有限公司"))
        world.must(mark(.blacklisted, "2024-02-29", blacklist: .hazardNotRectified), on: code(20), by: Fixture.city, day: d("03-21"))
        let entry = try? #require(ListSelector(state: world.state).blacklist(on: d("09-15")).first)
        #expect(entry?.termEnd == d("2029-02-28"))
        #expect(entry?.earliestRemoval == d("2024-08-29"))
    }

    @Test("a blacklisted enterprise removed from the campaign stays on the blacklist; a lifted mark takes it off")
    func removedAndLifted() {
        let world = Self.campaign()
        world.must(.removed(reason: "企业停产"), on: code(6), by: Fixture.jingxiu, day: d("09-06"))
        #expect(ListSelector(state: world.state).blacklist(on: d("09-15")).map(\.record.code) == [code(9), code(6)])
        world.must(.unmarked(mark: .blacklisted, reason: "整改到位", date: d("2025-09-10")), on: code(9), by: Fixture.city,
                   day: d("09-10"))
        #expect(ListSelector(state: world.state).blacklist(on: d("2025-09-15")).map(\.record.code) == [code(6)])
    }

    @Test("demonstration sites are grouped by the campaign's sectors; the rectified ones come apart")
    func demoSites() {
        let world = World()
        let mine = world.enterprise(profile(code(30), "清苑区矿业有限公司", industry: "非煤矿山"), at: .inProgress)
        let food = world.enterprise(profile(code(31), "清苑区食品有限公司"), at: .accepted)
        let fixed = world.enterprise(profile(code(32), "清苑区整改有限公司", tier: .problem), at: .closed)
        _ = world.enterprise(profile(code(33), "清苑区未选有限公司", industry: "建筑"), at: .accepted)
        for site in [mine, food, fixed] { world.must(mark(.demo, "08-20"), on: site, by: Fixture.bureau, day: d("08-20")) }
        let plan = ListSelector(state: world.state).demoSites()
        #expect(plan.sectors.map(\.name) == ["非煤矿山", "危险化学品", "建筑施工", "一般行业"])
        #expect(plan.sectors.map { $0.sites.map(\.code) } == [[mine], [], [], [food]])
        #expect(plan.rectified.map(\.code) == [fixed])
    }

    @Test("the acceptance record holds every criterion of the checklist with its verdict, note and inspector, and N05's levels")
    func acceptanceSheet() throws {
        let world = World()
        let company = world.enterprise(profile(code(40), "清苑区验收有限公司"), at: .inProgress)
        world.must(tick("N01", .met, note: "证照齐全"), on: company, by: Fixture.qingyuan, day: d("06-02"))
        world.must(tick("N05", .met, level: .plant), on: company, by: Fixture.qingyuan, day: d("06-02"))
        world.must(tick("N05", .unmet, level: .team, note: "班组记录缺失"), on: company, by: Fixture.qingyuan, day: d("06-03"))
        world.must(tick("N07", .notApplicable), on: company, by: Fixture.qingyuan, day: d("06-03"))
        let sheet = AcceptanceSheet(record: world[company], catalog: world.state.catalog)
        #expect(sheet.rows.map(\.criterion.id.value) == ["N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12"])
        #expect(sheet.rows[0].verdict == .met && sheet.rows[0].latest?.note == "证照齐全" && sheet.rows[0].latest?.actor == "李检查")
        let n05 = sheet.rows[4]
        #expect(n05.verdict == .unmet)
        #expect(n05.levels.map(\.level) == [.plant, .workshop, .team, .post])
        #expect(n05.levels.map { $0.record?.verdict } == [.met, nil, .unmet, nil])
        #expect(n05.levels[2].record?.note == "班组记录缺失")
        #expect(sheet.rows[6].verdict == .notApplicable)
        #expect(sheet.rows[1].verdict == .unchecked && sheet.rows[1].latest == nil)
        #expect(sheet.decision == nil)
        #expect(sheet.progress.met == 1 && sheet.progress.applicable == 11)
    }

    @Test("the acceptance record names the decision: who, when, the reference; and earlier failed attempts")
    func acceptanceDecision() {
        let world = World()
        let company = world.enterprise(profile(code(41), "清苑区复验有限公司"), at: .applied)
        world.must(step(.reject, "08-10", note: "应急演练记录不全"), on: company, by: Fixture.qingyuan)
        world.must(step(.apply, "08-12"), on: company, by: Fixture.qingyuan)
        world.must(step(.accept, "08-15", ref: "验〔2024〕8号"), on: company, by: Fixture.qingyuan)
        let sheet = AcceptanceSheet(record: world[company], catalog: world.state.catalog)
        #expect(sheet.decision?.office == Fixture.qingyuan)
        #expect(sheet.decision?.details.date == d("08-15"))
        #expect(sheet.decision?.details.reference == "验〔2024〕8号")
        #expect(sheet.rejections.map(\.details.note) == ["应急演练记录不全"])
    }
}
