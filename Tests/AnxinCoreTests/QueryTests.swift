import Testing
import AnxinCore

/// A small roster for the queries, as of 2024-06-01.
private struct Roster {
    let world = World()
    /// Standardized 机械 in 清苑区, cultivating, 4 of 8 criteria met.
    let a = code(1)
    /// Normalized 食品加工 in 高新区, still only listed (commitment overdue), 1 of 12 met.
    let b = code(2)
    /// 市直 normalized 建筑 in 清苑区 under 市住建局, accepted.
    let c = code(3)
    /// Problem 食品加工 in 清苑区, planned (start overdue), under key supervision.
    let dd = code(4)
    /// 省属以上 standardized 危险化学品 in 竞秀区, removed from the campaign.
    let e = code(5)
    /// Normalized 机械 in 高新区 under 市住建局, awarded, demonstration site.
    let f = code(6)

    static let today = d("06-01")

    init() {
        world.list(profile(a, "保定市恒力机械有限公司", tier: .standardized, industry: "机械"))
        world.advance(a, to: .inProgress)
        for id in ["S01", "S02", "S03", "S04"] { world.must(tick(id, .met), on: a, by: Fixture.qingyuan) }

        world.list(profile(b, "高新区华丰食品有限公司", jurisdiction: Fixture.hitech))
        world.must(tick("N01", .met), on: b, by: Fixture.hitech)

        world.list(profile(c, "保定市建工集团第三工程有限公司", industry: "建筑", level: .municipal, department: Fixture.construction))
        world.advance(c, to: .accepted)

        world.list(profile(dd, "清苑区宏达塑料制品厂", tier: .problem))
        world.advance(dd, to: .planned)
        world.must(mark(.supervised, "05-20", reason: "隐患较多"), on: dd, by: Fixture.qingyuan)

        world.list(profile(e, "竞秀区安达化工有限公司", tier: .standardized, industry: "危险化学品", jurisdiction: Fixture.jingxiu,
                           level: .provincial))
        world.must(.removed(reason: "企业已搬迁出市"), on: e, by: Fixture.jingxiu, day: d("04-01"))

        world.list(profile(f, "高新区精工机械厂", industry: "机械", jurisdiction: Fixture.hitech, department: Fixture.construction))
        world.advance(f, to: .awarded)
        world.must(mark(.demo, "12-25"), on: f, by: Fixture.bureau)
    }

    func run(_ filter: EnterpriseFilter = EnterpriseFilter(), sort: SortKey = .code, descending: Bool = false,
             today: Day = Roster.today) -> [CreditCode] {
        RosterQuery(filter: filter, sort: sort, descending: descending).run(on: world.state, today: today).map(\.code)
    }

    func filtered(_ change: (inout EnterpriseFilter) -> Void) -> [CreditCode] {
        var filter = EnterpriseFilter()
        change(&filter)
        return run(filter)
    }
}

@Suite("Roster queries: filters and sorts")
struct QueryTests {
    private let r = Roster()

    @Test("no filter lists every enterprise still in the campaign")
    func noFilter() {
        #expect(EnterpriseFilter().isEmpty)
        #expect(r.run() == [r.a, r.b, r.c, r.dd, r.f])
    }

    @Test("removed enterprises are left out unless asked for")
    func removed() {
        #expect(!r.run().contains(r.e))
        #expect(r.filtered { $0.includeRemoved = true } == [r.a, r.b, r.c, r.dd, r.e, r.f])
        #expect(r.filtered { $0.includeRemoved = true; $0.jurisdictions = [Fixture.jingxiu] } == [r.e])
        #expect(r.filtered { $0.jurisdictions = [Fixture.jingxiu] }.isEmpty)
    }

    @Test("filter by jurisdiction")
    func byJurisdiction() {
        #expect(r.filtered { $0.jurisdictions = [Fixture.qingyuan] } == [r.a, r.c, r.dd])
        #expect(r.filtered { $0.jurisdictions = [Fixture.hitech] } == [r.b, r.f])
        #expect(r.filtered { $0.jurisdictions = [Fixture.qingyuan, Fixture.hitech] } == [r.a, r.b, r.c, r.dd, r.f])
    }

    @Test("filter by responsible department")
    func byDepartment() {
        #expect(r.filtered { $0.departments = [Fixture.construction] } == [r.c, r.f])
        #expect(r.filtered { $0.departments = [Fixture.bureau] } == [r.a, r.b, r.dd])
    }

    @Test("filter by industry")
    func byIndustry() {
        #expect(r.filtered { $0.industries = ["机械"] } == [r.a, r.f])
        #expect(r.filtered { $0.industries = ["机械", "食品加工"] } == [r.a, r.b, r.dd, r.f])
        #expect(r.filtered { $0.industries = ["非煤矿山"] }.isEmpty)
    }

    @Test("filter by tier")
    func byTier() {
        #expect(r.filtered { $0.tiers = [.problem] } == [r.dd])
        #expect(r.filtered { $0.tiers = [.normalized] } == [r.b, r.c, r.f])
        #expect(r.filtered { $0.tiers = [.standardized] } == [r.a])
    }

    @Test("filter by stage")
    func byStage() {
        #expect(r.filtered { $0.stages = [.listed] } == [r.b])
        #expect(r.filtered { $0.stages = [.accepted, .awarded] } == [r.c, r.f])
        #expect(r.filtered { $0.stages = [.inProgress] } == [r.a])
    }

    @Test("filter by supervision level")
    func byLevel() {
        #expect(r.filtered { $0.levels = [.municipal] } == [r.c])
        #expect(r.filtered { $0.levels = [.provincial] }.isEmpty)
        #expect(r.filtered { $0.levels = [.provincial]; $0.includeRemoved = true } == [r.e])
        #expect(r.filtered { $0.levels = [.local] } == [r.a, r.b, r.dd, r.f])
    }

    @Test("filter by mark: any of the marks asked for")
    func byMark() {
        #expect(r.filtered { $0.marks = [.supervised] } == [r.dd])
        #expect(r.filtered { $0.marks = [.demo] } == [r.f])
        #expect(r.filtered { $0.marks = [.demo, .supervised] } == [r.dd, r.f])
        #expect(r.filtered { $0.marks = [.blacklisted] }.isEmpty)
    }

    @Test("filter overdue on a given day")
    func overdue() {
        var filter = EnterpriseFilter()
        filter.overdueOnly = true
        #expect(r.run(filter, today: d("06-01")) == [r.b, r.dd])
        #expect(r.run(filter, today: d("04-15")).isEmpty, "nothing is overdue on its due day")
        #expect(r.run(filter, today: d("04-16")) == [r.b])
        #expect(r.run(filter, today: d("08-01")) == [r.a, r.b, r.dd])
    }

    @Test("free text matches the name or the credit code, ignoring ASCII case")
    func text() {
        #expect(r.filtered { $0.text = "机械" } == [r.a, r.f])
        #expect(r.filtered { $0.text = "恒力" } == [r.a])
        #expect(r.filtered { $0.text = r.c.value } == [r.c])
        #expect(r.filtered { $0.text = r.c.value.lowercased() } == [r.c])
        #expect(r.filtered { $0.text = String(r.dd.value.suffix(6)) } == [r.dd])
        #expect(r.filtered { $0.text = "91130608ma" }.count == 5)
        #expect(r.filtered { $0.text = "不存在的企业" }.isEmpty)
    }

    @Test("filters combine: AND across fields, OR within a field")
    func combined() {
        #expect(r.filtered { $0.jurisdictions = [Fixture.qingyuan]; $0.overdueOnly = true } == [r.dd])
        #expect(r.filtered { $0.tiers = [.normalized]; $0.industries = ["机械"] } == [r.f])
        #expect(r.filtered { $0.tiers = [.normalized, .problem]; $0.jurisdictions = [Fixture.qingyuan]; $0.text = "保定" } == [r.c])
        #expect(r.filtered { $0.departments = [Fixture.construction]; $0.stages = [.listed] }.isEmpty)
    }

    // MARK: Sorts

    @Test("sort by name, ascending and descending")
    func byName() {
        #expect(r.run(sort: .name) == [r.c, r.a, r.dd, r.b, r.f])
        #expect(r.run(sort: .name, descending: true) == [r.f, r.b, r.dd, r.a, r.c])
    }

    @Test("sort by stage along the lifecycle")
    func byStageOrder() {
        #expect(r.run(sort: .stage) == [r.b, r.dd, r.a, r.c, r.f])
        #expect(r.run(sort: .stage, descending: true) == [r.f, r.c, r.a, r.dd, r.b])
    }

    @Test("sort by progress, equal progress broken by code")
    func byProgress() {
        // dd 0/5, b 1/12, a 4/8, c and f complete.
        #expect(r.run(sort: .progress) == [r.dd, r.b, r.a, r.c, r.f])
        #expect(r.run(sort: .progress, descending: true) == [r.c, r.f, r.a, r.b, r.dd])
    }

    @Test("sort by next due date, soonest first, enterprises with nothing due last")
    func byDue() {
        // b commit 04-15, dd start 05-10, a apply 07-31, c publicize 11-30, f awarded: nothing due.
        #expect(r.run(sort: .due) == [r.b, r.dd, r.a, r.c, r.f])
    }

    @Test("sort by due date descending still puts enterprises with nothing due last")
    func byDueDescending() {
        #expect(r.run(sort: .due, descending: true) == [r.c, r.a, r.dd, r.b, r.f])
    }

    @Test("sort by jurisdiction and by code")
    func byJurisdictionAndCode() {
        let byJurisdiction = r.run(sort: .jurisdiction).map { r.world[$0].profile.jurisdiction }
        #expect(byJurisdiction == byJurisdiction.sorted())
        #expect(r.run(sort: .code, descending: true) == [r.f, r.dd, r.c, r.b, r.a])
    }

    @Test("ties are broken by credit code, whatever the listing order")
    func ties() {
        let world = World()
        // Same name in two jurisdictions, listed in the reverse order of their codes.
        world.list(profile(code(9), "保定市安泰机械厂", jurisdiction: Fixture.hitech))
        world.list(profile(code(8), "保定市安泰机械厂", jurisdiction: Fixture.qingyuan))
        world.list(profile(code(7), "保定市安泰机械厂", jurisdiction: Fixture.jingxiu))
        for key in [SortKey.name, .stage, .progress, .due] {
            #expect(RosterQuery(sort: key).run(on: world.state, today: Roster.today).map(\.code) == [code(7), code(8), code(9)],
                    "\(key)")
            #expect(RosterQuery(sort: key, descending: true).run(on: world.state, today: Roster.today).map(\.code)
                    == [code(7), code(8), code(9)], "\(key) descending")
        }
    }
}

@Suite("Sorting by text")
struct TextSortTests {
    @Test("by name: UTF-8 byte order, a prefix before its extensions, equal names by code, either direction")
    func byName() {
        let world = World()
        let names = ["保定恒力", "保定恒力机械", "Zeta", "zeta", "阿里", "保定", "保定恒力", "Z"]
        for (n, name) in names.enumerated() { world.list(profile(code(n + 1), name)) }
        let ascending = RosterQuery().codes(on: world.state, today: d("06-01"))
        let expected = names.enumerated().map { (name: $0.element, code: code($0.offset + 1)) }
            .sorted { a, b in
                a.name.utf8.elementsEqual(b.name.utf8) ? a.code < b.code : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
            }.map(\.code)
        #expect(ascending == expected)
        let descending = RosterQuery(descending: true).codes(on: world.state, today: d("06-01"))
        // Descending reverses the names; equal names still go by code.
        let names2 = descending.map { world[$0].profile.name }
        #expect(names2 == names2.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.reversed())
        let tie = descending.filter { world[$0].profile.name == "保定恒力" }
        #expect(tie == tie.sorted())
    }

    @Test("random names sharing long prefixes sort as plain UTF-8 byte order, either direction (property)")
    func randomNames() {
        // Names built from a few pieces, so that many share their first 13 bytes or more and some are prefixes
        // of others: the sort's fast key covers only the first bytes, the rest must still decide.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["保定市", "满城区", "恒力", "机械", "有限公司", "A", "a", "", "\u{1F3ED}", "厂"]
        for round in 0..<20 {
            let world = World()
            var names: [String] = []
            for n in 0..<60 {
                let name = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                names.append(name.isEmpty ? "厂" : name)
                world.list(profile(code(round * 100 + n + 1), names[n]))
            }
            let reference = names.enumerated().map { (name: $0.element, code: code(round * 100 + $0.offset + 1)) }
            func expected(descending: Bool) -> [CreditCode] {
                reference.sorted { a, b in
                    if a.name.utf8.elementsEqual(b.name.utf8) { return a.code < b.code }
                    return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) != descending
                }.map(\.code)
            }
            #expect(RosterQuery().codes(on: world.state, today: d("06-01")) == expected(descending: false))
            #expect(RosterQuery(descending: true).codes(on: world.state, today: d("06-01")) == expected(descending: true))
        }
    }
}
