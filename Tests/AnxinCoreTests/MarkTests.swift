import Testing
import AnxinCore

private func unmark(_ mark: Mark, _ date: String, reason: String = "整改到位，申请移出") -> EventPayload {
    .unmarked(mark: mark, reason: reason, date: d(date))
}

@Suite("Demonstration sites (示范观摩点)")
struct DemoMarkTests {
    @Test("one demonstration site per sector among standardized and normalized enterprises")
    func onePerSector() throws {
        let world = World()
        let first = world.enterprise(profile(code(1), "保定市恒力机械有限公司", tier: .standardized, industry: "机械"))
        let second = world.enterprise(profile(code(2), "清苑区精工机械厂", industry: "机械"))
        let food = world.enterprise(profile(code(3), "清苑区华丰食品有限公司", industry: "食品加工"))
        let building = world.enterprise(profile(code(4), "保定市第一建筑公司", industry: "建筑"))
        world.must(mark(.demo, "07-01"), on: first, by: Fixture.bureau)
        #expect(world[first].has(.demo))

        let message = try #require(world.refused(mark(.demo, "07-02"), on: second, by: Fixture.bureau))
        #expect(message.mentions("一般行业"))
        #expect(message.mentions("保定市恒力机械有限公司"))
        // 食品加工 shares the 一般行业 sector with 机械.
        #expect(world.refused(mark(.demo, "07-02"), on: food, by: Fixture.bureau) != nil)
        // 建筑 is its own sector (建筑施工).
        world.must(mark(.demo, "07-02"), on: building, by: Fixture.bureau)
    }

    @Test("removing a demonstration site frees its sector")
    func unmarkFreesSector() {
        let world = World()
        let first = world.enterprise(profile(code(5), industry: "非煤矿山"))
        let second = world.enterprise(profile(code(6), industry: "非煤矿山"))
        world.must(mark(.demo, "07-01"), on: first, by: Fixture.city)
        world.must(unmark(.demo, "07-05", reason: "改选"), on: first, by: Fixture.city)
        world.must(mark(.demo, "07-06"), on: second, by: Fixture.city)
    }

    @Test("a demonstration site removed from the campaign no longer holds its sector")
    func removedFreesSector() {
        let world = World()
        let first = world.enterprise(profile(code(7), industry: "危险化学品"))
        let second = world.enterprise(profile(code(8), industry: "危险化学品"))
        world.must(mark(.demo, "07-01"), on: first, by: Fixture.city)
        world.must(.removed(reason: "企业搬迁"), on: first, by: Fixture.qingyuan, day: d("07-03"))
        world.must(mark(.demo, "07-06"), on: second, by: Fixture.city)
    }

    @Test("the number of sites per sector is a rule parameter")
    func perSectorConfigurable() {
        var rules = RuleParameters()
        rules.demoSitesPerSector = 2
        let world = World(config: Fixture.config(rules: rules))
        let codes = (9...11).map { world.enterprise(profile(code($0), industry: "机械")) }
        world.must(mark(.demo, "07-01"), on: codes[0], by: Fixture.bureau)
        world.must(mark(.demo, "07-01"), on: codes[1], by: Fixture.bureau)
        #expect(world.refused(mark(.demo, "07-01"), on: codes[2], by: Fixture.bureau) != nil)
    }

    @Test("at most two well-rectified problem enterprises, whatever their industry, and they do not take a sector")
    func rectifiedSites() throws {
        let world = World()
        let a = world.enterprise(profile(code(12), "甲整治企业", tier: .problem, industry: "机械"), at: .inProgress)
        let b = world.enterprise(profile(code(13), "乙整治企业", tier: .problem, industry: "机械"), at: .closed)
        let c = world.enterprise(profile(code(14), "丙整治企业", tier: .problem, industry: "机械"), at: .applied)
        world.must(mark(.demo, "07-01"), on: a, by: Fixture.bureau)
        world.must(mark(.demo, "07-01"), on: b, by: Fixture.bureau)
        let message = try #require(world.refused(mark(.demo, "07-01"), on: c, by: Fixture.bureau))
        #expect(message.mentions("2"))
        #expect(message.mentions("甲整治企业") && message.mentions("乙整治企业"))
        // The 一般行业 sector is still free for a normalized 机械 enterprise.
        let normalized = world.enterprise(profile(code(15), industry: "机械"))
        world.must(mark(.demo, "07-01"), on: normalized, by: Fixture.bureau)
    }

    @Test("a problem enterprise is shown as well rectified only once rectification is under way",
          arguments: [Stage.listed, .committed, .planned])
    func rectifiedSiteNeedsRectification(stage: Stage) throws {
        let world = World()
        let c = world.enterprise(profile(code(16), "丁整治企业", tier: .problem), at: stage)
        let message = try #require(world.refused(mark(.demo, "07-01"), on: c, by: Fixture.bureau))
        #expect(message.mentions("丁整治企业"))
    }

    @Test("the rectified-site limit is a rule parameter")
    func rectifiedConfigurable() {
        var rules = RuleParameters()
        rules.rectifiedDemoSites = 1
        let world = World(config: Fixture.config(rules: rules))
        let a = world.enterprise(profile(code(17), tier: .problem), at: .inProgress)
        let b = world.enterprise(profile(code(18), tier: .problem), at: .inProgress)
        world.must(mark(.demo, "07-01"), on: a, by: Fixture.bureau)
        #expect(world.refused(mark(.demo, "07-01"), on: b, by: Fixture.bureau) != nil)
    }

    @Test("demonstration sites are chosen by 市安委办 or 市安监局 only",
          arguments: [Fixture.qingyuan, Fixture.construction])
    func demoOffices(office: String) throws {
        let world = World()
        let c = world.enterprise(profile(code(19), industry: "建筑", department: Fixture.construction))
        let message = try #require(world.refused(mark(.demo, "07-01"), on: c, by: office))
        #expect(message.mentions(Fixture.bureau) && message.mentions(Fixture.city))
    }

    @Test("a revoked or blacklisted enterprise cannot be a demonstration site")
    func penalizedNotDemo() {
        let world = World()
        let revoked = world.enterprise(profile(code(20), industry: "建筑"), at: .accepted)
        world.must(mark(.revoked, "09-01", revocation: .fatalAccident), on: revoked, by: Fixture.city)
        #expect(world.refused(mark(.demo, "09-02"), on: revoked, by: Fixture.city) != nil)
        let blacklisted = world.enterprise(profile(code(21), industry: "非煤矿山"))
        world.must(mark(.blacklisted, "06-01", blacklist: .resistingEnforcement), on: blacklisted, by: Fixture.city)
        #expect(world.refused(mark(.demo, "07-01"), on: blacklisted, by: Fixture.city) != nil)
    }
}

@Suite("Revoked titles (撤销称号)")
struct RevokeMarkTests {
    @Test("a title is revoked only from an accepted, publicized or awarded enterprise",
          arguments: [Stage.accepted, .publicized, .awarded])
    func revokeTitled(stage: Stage) {
        let world = World()
        let c = world.enterprise(profile(code(30)), at: stage)
        world.must(mark(.revoked, "12-28", revocation: .fatalAccident), on: c, by: Fixture.city)
        #expect(world[c].has(.revoked))
        #expect(world[c].stage == stage, "the mark sits beside the stage")
    }

    @Test("an enterprise without a title has nothing to revoke; the reason names its stage",
          arguments: [Stage.listed, .inProgress, .applied])
    func revokeUntitled(stage: Stage) throws {
        let world = World()
        let c = world.enterprise(profile(code(31)), at: stage)
        let message = try #require(world.refused(mark(.revoked, "08-01", revocation: .integrityBreach), on: c, by: Fixture.city))
        #expect(message.zh.contains(stage.label(for: .normalized).zh))
    }

    @Test("a closed problem enterprise holds no title to revoke")
    func revokeProblem() {
        let world = World()
        let c = world.enterprise(profile(code(32), tier: .problem), at: .closed)
        #expect(world.refused(mark(.revoked, "09-01", revocation: .fatalAccident), on: c, by: Fixture.city) != nil)
    }

    @Test("a revocation needs its cause: a fatal accident or a major integrity breach")
    func revocationCause() throws {
        let world = World()
        let c = world.enterprise(profile(code(33)), at: .accepted)
        let message = try #require(world.refused(mark(.revoked, "09-01"), on: c, by: Fixture.city))
        #expect(message.en.contains("fatal-accident"))
        world.must(mark(.revoked, "09-01", revocation: .integrityBreach), on: c, by: Fixture.city)
        #expect(world[c].marks[.revoked]?.details.revocationCause == .integrityBreach)
    }

    @Test("a revoked title puts the enterprise under key supervision")
    func revokeAddsSupervision() throws {
        let world = World()
        let c = world.enterprise(profile(code(34)), at: .publicized)
        #expect(!world[c].has(.supervised))
        world.must(mark(.revoked, "11-20", reason: "发生1人死亡事故", revocation: .fatalAccident), on: c, by: Fixture.city)
        let supervision = try #require(world[c].marks[.supervised])
        #expect(supervision.details.date == d("11-20"))
        #expect(supervision.details.mark == .supervised)
        // Key supervision is a mark of its own: marking it again is refused.
        #expect(world.refused(mark(.supervised, "11-21"), on: c, by: Fixture.qingyuan) != nil)
    }

    @Test("only the city office revokes a title")
    func revokeCityOnly() {
        let world = World()
        let c = world.enterprise(profile(code(35)), at: .accepted)
        #expect(world.refused(mark(.revoked, "09-01", revocation: .fatalAccident), on: c, by: Fixture.qingyuan) != nil)
    }
}

@Suite("Blacklist (黑名单) and the other marks")
struct BlacklistMarkTests {
    @Test("a blacklisting needs its cause")
    func causeRequired() throws {
        let world = World()
        let c = world.enterprise(profile(code(40), tier: .problem))
        let message = try #require(world.refused(mark(.blacklisted, "06-01"), on: c, by: Fixture.city))
        #expect(message.en.contains("hazard") && message.en.contains("resisting") && message.en.contains("accident"))
    }

    @Test("hazard and resisting enforcement blacklist without an accident grade",
          arguments: [BlacklistCause.hazardNotRectified, .resistingEnforcement])
    func nonAccidentCauses(cause: BlacklistCause) {
        let world = World()
        let c = world.enterprise(profile(code(41), tier: .problem))
        world.must(mark(.blacklisted, "06-01", blacklist: cause), on: c, by: Fixture.city)
        #expect(world[c].marks[.blacklisted]?.details.blacklistCause == cause)
    }

    @Test("an accident cause needs its grade")
    func accidentNeedsGrade() throws {
        let world = World()
        let c = world.enterprise(profile(code(42)))
        let message = try #require(world.refused(mark(.blacklisted, "06-01", blacklist: .accident), on: c, by: Fixture.city))
        #expect(message.zh.contains("较大"))
    }

    @Test("an accident of grade 一般 does not blacklist")
    func ordinaryAccident() throws {
        let world = World()
        let c = world.enterprise(profile(code(43)))
        let message = try #require(world.refused(mark(.blacklisted, "06-01", blacklist: .accident, grade: .ordinary), on: c,
                                                 by: Fixture.city))
        #expect(message.zh.contains("一般"))
        #expect(!world[c].has(.blacklisted))
    }

    @Test("an accident of grade 较大 or worse blacklists", arguments: [AccidentGrade.larger, .major, .especiallyMajor])
    func seriousAccident(grade: AccidentGrade) {
        let world = World()
        let c = world.enterprise(profile(code(44)))
        world.must(mark(.blacklisted, "06-01", blacklist: .accident, grade: grade), on: c, by: Fixture.city)
        #expect(world[c].has(.blacklisted))
        #expect(AccidentGrade.ordinary < grade)
    }

    @Test("early removal from the blacklist is refused before 12 months, allowed from then on")
    func earlyRemoval() throws {
        let world = World()
        let c = world.enterprise(profile(code(45), tier: .problem))
        world.must(mark(.blacklisted, "06-01", blacklist: .hazardNotRectified), on: c, by: Fixture.city)
        let message = try #require(world.refused(unmark(.blacklisted, "2025-05-31"), on: c, by: Fixture.city))
        #expect(message.mentions("2025-06-01"), "says from when removal is possible")
        #expect(message.mentions("12"))
        world.must(unmark(.blacklisted, "2025-06-01", reason: "整改完成，信用修复"), on: c, by: Fixture.city)
        #expect(!world[c].has(.blacklisted))
        let removal = try #require(world[c].removedMarks[.blacklisted])
        #expect(removal.day == d("2025-06-01"))
        #expect(removal.reason == "整改完成，信用修复")
    }

    @Test("the early-removal wait is a rule parameter")
    func earlyRemovalConfigurable() throws {
        var rules = RuleParameters()
        rules.blacklistEarlyRemovalMonths = 6
        let world = World(config: Fixture.config(rules: rules))
        let c = world.enterprise(profile(code(46)))
        world.must(mark(.blacklisted, "04-30", blacklist: .resistingEnforcement), on: c, by: Fixture.city)
        let message = try #require(world.refused(unmark(.blacklisted, "10-29"), on: c, by: Fixture.city))
        #expect(message.mentions("2024-10-30"))
        world.must(unmark(.blacklisted, "10-30"), on: c, by: Fixture.city)
    }

    @Test("a blacklisting expires 3 years after its date (29 February ends on 28 February)")
    func expiry() throws {
        let world = World()
        let c = world.enterprise(profile(code(47)))
        world.must(mark(.blacklisted, "06-01", blacklist: .hazardNotRectified), on: c, by: Fixture.city)
        let record = try #require(world[c].marks[.blacklisted])
        #expect(world.rulebook.blacklistExpiry(of: record) == d("2027-06-01"))

        // Listed early in the year and blacklisted on a leap day: the term ends on 28 February.
        let leap = code(48)
        world.must(.listed(profile(leap)), on: leap, by: Fixture.qingyuan, day: d("02-01"))
        world.must(mark(.blacklisted, "02-29", blacklist: .hazardNotRectified), on: leap, by: Fixture.city)
        let leapRecord = try #require(world[leap].marks[.blacklisted])
        #expect(world.rulebook.blacklistExpiry(of: leapRecord) == d("2027-02-28"))

        // The term is a rule parameter.
        var fresh = RuleParameters()
        fresh.blacklistYears = 5
        let longer = Rulebook(config: Fixture.config(rules: fresh), catalog: Fixture.catalog)
        #expect(longer.blacklistExpiry(of: record) == d("2029-06-01"))
    }

    @Test("when recording, a mark or a removal dated after today is refused (no dodging the 12 months)")
    func futureMark() throws {
        let world = World()
        world.rulebook.today = d("06-01")
        let c = world.enterprise(profile(code(49)))
        let message = try #require(world.refused(mark(.supervised, "06-20"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-06-20") && message.mentions("2024-06-01"))
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.qingyuan)
        #expect(world.refused(.unmarked(mark: .supervised, reason: "整改完成", date: d("2025-07-01")), on: c,
                              by: Fixture.qingyuan) != nil)
    }

    @Test("marks and removals need a reason")
    func reasons() {
        let world = World()
        let c = world.enterprise(profile(code(50)))
        #expect(world.refused(mark(.supervised, "06-01", reason: " "), on: c, by: Fixture.qingyuan) != nil)
        world.must(mark(.supervised, "06-01", reason: "隐患较多"), on: c, by: Fixture.qingyuan)
        #expect(world.refused(unmark(.supervised, "07-01", reason: ""), on: c, by: Fixture.qingyuan) != nil)
        world.must(unmark(.supervised, "07-01", reason: "隐患已整改"), on: c, by: Fixture.qingyuan)
    }

    @Test("removing a mark the enterprise does not have is refused, naming the mark", arguments: Mark.allCases)
    func unmarkNotSet(markKind: Mark) throws {
        let world = World()
        let c = world.enterprise(profile(code(51)))
        let message = try #require(world.refused(unmark(markKind, "07-01"), on: c, by: Fixture.city))
        #expect(message.zh.contains(markKind.label.zh))
    }

    @Test("a mark already set cannot be set again")
    func alreadyMarked() {
        let world = World()
        let c = world.enterprise(profile(code(52)))
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.qingyuan)
        #expect(world.refused(mark(.supervised, "06-02"), on: c, by: Fixture.qingyuan) != nil)
    }

    @Test("a mark cannot be removed with a date before it was set")
    func unmarkBeforeMark() throws {
        let world = World()
        let c = world.enterprise(profile(code(53)))
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.qingyuan)
        let message = try #require(world.refused(unmark(.supervised, "05-31"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-06-01"))
    }

    @Test("key supervision is set by the offices that manage the enterprise; the blacklist by the city office")
    func markOffices() {
        let world = World()
        let c = world.enterprise(profile(code(54)))
        #expect(world.refused(mark(.supervised, "06-01"), on: c, by: Fixture.hitech) != nil)
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.bureau)
        #expect(world.refused(mark(.blacklisted, "06-01", blacklist: .resistingEnforcement), on: c, by: Fixture.qingyuan) != nil)
        world.must(mark(.blacklisted, "06-01", blacklist: .resistingEnforcement), on: c, by: Fixture.city)
    }
}
