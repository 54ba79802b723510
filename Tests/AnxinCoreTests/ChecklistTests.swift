import Testing
import AnxinCore

@Suite("Checklists and applying for acceptance")
struct ChecklistTests {
    static let n05 = Fixture.catalog[cid("N05")]!

    /// A normalized enterprise in progress with every criterion met except those given.
    static func inProgress(except verdicts: [String: Verdict] = [:], n: Int = 1) -> (World, CreditCode) {
        let world = World()
        let c = world.enterprise(profile(code(n)), at: .inProgress)
        world.tickAllMet(c)
        for (id, verdict) in verdicts.sorted(by: { $0.key < $1.key }) {
            if verdict == .unchecked {
                world.must(.cleared(criterion: cid(id), level: nil), on: c, by: Fixture.qingyuan)
            } else {
                world.must(tick(id, verdict), on: c, by: Fixture.qingyuan)
            }
        }
        return (world, c)
    }

    @Test("the checklists: 8 standardized elements plus industry extras, 12 normalized, 5 problem")
    func checklists() {
        let catalog = Fixture.catalog
        let normalized: [String] = ["N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12"]
        #expect(catalog.checklist(tier: .normalized, industry: "食品加工").map(\.id.value) == normalized)
        #expect(catalog.checklist(tier: .problem, industry: "机械").map(\.id.value) == ["P01", "P02", "P03", "P04", "P05"])
        #expect(catalog.checklist(tier: .standardized, industry: "机械").count == 8)
        #expect(catalog.checklist(tier: .standardized, industry: "危险化学品").map(\.id.value).last == "S09")
        #expect(catalog.checklist(tier: .standardized, industry: "建筑").map(\.id.value).suffix(1) == ["S12"])
        #expect(Self.n05.levels == [.plant, .workshop, .team, .post])
        #expect(catalog[cid("n05")]?.id == cid("N05"), "ids are read case-insensitively")
    }

    @Test("apply is allowed when every applicable criterion is met")
    func applyAllMet() {
        let (world, c) = Self.inProgress()
        world.must(step(.apply, "07-20"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .applied)
    }

    @Test("not applicable criteria do not block the application")
    func notApplicableExcluded() {
        let (world, c) = Self.inProgress(except: ["N07": .notApplicable, "N08": .notApplicable])
        let progress = world[c].progress(in: world.state.catalog)
        #expect(progress.met == 10 && progress.notApplicable == 2 && progress.applicable == 10)
        #expect(progress.isComplete && progress.ratio == 1)
        world.must(step(.apply, "07-20"), on: c, by: Fixture.qingyuan)
    }

    @Test("an unmet or unchecked criterion blocks the application, and the refusal lists exactly the blocking ids")
    func blockers() throws {
        let (world, c) = Self.inProgress(except: ["N03": .unmet, "N10": .unchecked, "N07": .notApplicable])
        let message = try #require(world.refused(step(.apply, "07-20"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("N03") && message.mentions("N10"))
        for other in ["N01", "N02", "N04", "N05", "N06", "N07", "N08", "N09", "N11", "N12"] {
            #expect(!message.zh.contains(other), "\(other) is met or not applicable and does not block")
        }
        #expect(world.rulebook.blockingCriteria(world[c]) == [cid("N03"), cid("N10")])
    }

    @Test("an enterprise nobody has inspected cannot apply: every criterion is unchecked")
    func nothingChecked() throws {
        let world = World()
        let c = world.enterprise(profile(code(2), tier: .problem), at: .planned)
        world.must(step(.start, "05-05"), on: c, by: Fixture.qingyuan)
        let message = try #require(world.refused(step(.apply, "07-20"), on: c, by: Fixture.qingyuan))
        for id in ["P01", "P02", "P03", "P04", "P05"] { #expect(message.mentions(id)) }
    }

    @Test("an industry extra is on the checklist of its industry only, and blocks the application there")
    func industryExtra() throws {
        let world = World()
        let chem = world.enterprise(profile(code(3), tier: .standardized, industry: "危险化学品"), at: .inProgress)
        for id in ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08"] {
            world.must(tick(id, .met), on: chem, by: Fixture.qingyuan)
        }
        let message = try #require(world.refused(step(.apply, "07-20"), on: chem, by: Fixture.qingyuan))
        #expect(message.mentions("S09"))
        world.must(tick("S09", .met), on: chem, by: Fixture.qingyuan)
        world.must(step(.apply, "07-20"), on: chem, by: Fixture.qingyuan)

        let machinery = world.enterprise(profile(code(4), tier: .standardized, industry: "机械"))
        let refusal = try #require(world.refused(tick("S09", .met), on: machinery, by: Fixture.qingyuan))
        #expect(refusal.mentions("S09"))
        #expect(refusal.mentions("机械"))
    }

    @Test("acceptance is refused while a criterion is found unmet at the acceptance visit: record a reject instead")
    func acceptBlocked() throws {
        let world = World()
        let c = world.enterprise(profile(code(5)), at: .applied)
        world.must(tick("N09", .unmet, note: "压力容器未年检"), on: c, by: Fixture.qingyuan)
        let message = try #require(world.refused(step(.accept, "08-15"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("N09"))
        #expect(message.en.contains("reject"))
        world.must(step(.reject, "08-15", note: "N09 压力容器未年检"), on: c, by: Fixture.qingyuan)
    }

    // MARK: N05 and its four levels

    @Test("N05 is met only when all four levels are met")
    func n05AllLevels() {
        let world = World()
        let c = world.enterprise(profile(code(6)))
        let levels: [CheckLevel] = [.plant, .workshop, .team, .post]
        for (index, level) in levels.enumerated() {
            #expect(world[c].verdict(of: Self.n05) == .unchecked, "after \(index) levels")
            world.must(tick("N05", .met, level: level), on: c, by: Fixture.qingyuan)
        }
        #expect(world[c].verdict(of: Self.n05) == .met)
    }

    @Test("N05 is unmet as soon as one level is unmet, even if the others are met")
    func n05OneUnmet() throws {
        let world = World()
        let c = world.enterprise(profile(code(7)), at: .inProgress)
        world.tickAllMet(c)
        world.must(tick("N05", .unmet, level: .team, note: "班组未开展隐患排查"), on: c, by: Fixture.qingyuan)
        #expect(world[c].verdict(of: Self.n05) == .unmet)
        let message = try #require(world.refused(step(.apply, "07-20"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("N05"))
    }

    @Test("N05 with some levels not applicable and the rest met is met; all not applicable is not applicable")
    func n05NotApplicable() {
        let world = World()
        let c = world.enterprise(profile(code(8)))
        world.must(tick("N05", .met), on: c, by: Fixture.qingyuan)
        world.must(tick("N05", .notApplicable, level: .workshop, note: "无车间"), on: c, by: Fixture.qingyuan)
        #expect(world[c].verdict(of: Self.n05) == .met)
        world.must(tick("N05", .notApplicable), on: c, by: Fixture.qingyuan)
        #expect(world[c].verdict(of: Self.n05) == .notApplicable)
    }

    @Test("ticking N05 without a level gives all four levels the verdict")
    func n05WithoutLevel() {
        let world = World()
        let c = world.enterprise(profile(code(9)))
        world.must(tick("N05", .met, note: "四级排查台账齐全"), on: c, by: Fixture.qingyuan)
        let state = world[c].criteria[cid("N05")]
        #expect(state?.levels.count == 4)
        #expect(state?.levels.values.allSatisfy { $0.verdict == .met && $0.note == "四级排查台账齐全" } == true)
        #expect(world[c].verdict(of: Self.n05) == .met)
        world.must(tick("N05", .unmet), on: c, by: Fixture.qingyuan)
        #expect(world[c].criteria[cid("N05")]?.levels.values.allSatisfy { $0.verdict == .unmet } == true)
    }

    @Test("clearing one level of N05 makes the criterion unchecked again")
    func n05ClearLevel() {
        let world = World()
        let c = world.enterprise(profile(code(10)))
        world.must(tick("N05", .met), on: c, by: Fixture.qingyuan)
        world.must(.cleared(criterion: cid("N05"), level: .post), on: c, by: Fixture.qingyuan)
        #expect(world[c].verdict(of: Self.n05) == .unchecked)
        #expect(world[c].criteria[cid("N05")]?.levels[.post] == nil)
        #expect(world[c].criteria[cid("N05")]?.levels.count == 3)
    }

    @Test("ticking a level on a criterion without levels is refused")
    func levelOnPlainCriterion() throws {
        let world = World()
        let c = world.enterprise(profile(code(11)))
        let message = try #require(world.refused(tick("N06", .met, level: .plant), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("N06"))
        #expect(world[c].criteria[cid("N06")] == nil)
    }

    @Test("a criterion of another tier is refused, naming the criterion and the enterprise's tier",
          arguments: [("P01", Tier.normalized), ("N01", .problem), ("S01", .normalized), ("N05", .standardized)])
    func otherTier(id: String, tier: Tier) throws {
        let world = World()
        let c = world.enterprise(profile(code(12), tier: tier, industry: "机械"))
        let message = try #require(world.refused(tick(id, .met), on: c, by: Fixture.qingyuan))
        #expect(message.mentions(id))
        #expect(message.zh.contains(tier.label.zh))
    }

    @Test("an unknown criterion is refused, listing the enterprise's criteria")
    func unknownCriterion() throws {
        let world = World()
        let c = world.enterprise(profile(code(13), tier: .problem))
        let message = try #require(world.refused(tick("P06", .met), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("P06"))
        #expect(message.mentions("P01") && message.mentions("P05"))
    }

    @Test("a verdict of unchecked is refused: clear is the way back")
    func uncheckedVerdict() throws {
        let world = World()
        let c = world.enterprise(profile(code(14)))
        let message = try #require(world.refused(tick("N01", .unchecked), on: c, by: Fixture.qingyuan))
        #expect(message.en.contains("clear"))
    }

    @Test("clearing a verdict makes the criterion unchecked")
    func clear() {
        let world = World()
        let c = world.enterprise(profile(code(15)))
        world.must(tick("N01", .met), on: c, by: Fixture.qingyuan)
        world.must(.cleared(criterion: cid("N01"), level: nil), on: c, by: Fixture.qingyuan)
        #expect(world[c].verdict(of: Fixture.catalog[cid("N01")]!) == .unchecked)
    }

    @Test("verdicts are given by the managing offices and the acceptance authority, not by another county")
    func tickAuthority() throws {
        let world = World()
        let c = world.enterprise(AuthorityTests.municipal(16))
        world.must(tick("N01", .met), on: c, by: Fixture.construction)
        world.must(tick("N02", .met), on: c, by: Fixture.city)
        world.must(tick("N03", .met), on: c, by: Fixture.qingyuan)
        let message = try #require(world.refused(tick("N04", .met), on: c, by: Fixture.hitech))
        #expect(message.mentions(Fixture.hitech))
    }

    @Test("a verdict keeps the inspector's note, who gave it and when")
    func verdictRecord() {
        let world = World()
        let c = world.enterprise(profile(code(17)))
        world.must(tick("N09", .unmet, note: "灭火器过期"), on: c, by: Fixture.qingyuan, day: d("06-03"))
        let record = world[c].criteria[cid("N09")]?.record
        #expect(record?.verdict == .unmet)
        #expect(record?.note == "灭火器过期")
        #expect(record?.office == Fixture.qingyuan)
        #expect(record?.actor == "李检查")
        #expect(record?.at.localDay == d("06-03"))
    }

    @Test("progress counts met over applicable criteria and orders by ratio")
    func progress() {
        let world = World()
        let c = world.enterprise(profile(code(18)))
        let fresh = world[c].progress(in: Fixture.catalog)
        #expect((fresh.met, fresh.unmet, fresh.unchecked, fresh.notApplicable) == (0, 0, 12, 0))
        #expect(fresh.ratio == 0)
        world.must(tick("N01", .met), on: c, by: Fixture.qingyuan)
        world.must(tick("N02", .unmet), on: c, by: Fixture.qingyuan)
        world.must(tick("N03", .notApplicable), on: c, by: Fixture.qingyuan)
        let progress = world[c].progress(in: Fixture.catalog)
        #expect((progress.met, progress.unmet, progress.unchecked, progress.notApplicable) == (1, 1, 9, 1))
        #expect(progress.applicable == 11)
        #expect(progress.ratio == 1.0 / 11.0)
        #expect(!progress.isComplete)
        #expect(fresh < progress)
        world.must(tick("N04", .met), on: c, by: Fixture.qingyuan)
        #expect(progress < world[c].progress(in: Fixture.catalog))
    }
}
