import Testing
import AnxinCore

@Suite("Who may accept, reject, close, publicize, award and announce")
struct AuthorityTests {
    /// A 市直 normalized enterprise in 清苑区, owned by 市住建局.
    static func municipal(_ n: Int) -> EnterpriseProfile {
        profile(code(n), "保定市建工集团第三工程有限公司", industry: "建筑", level: .municipal, department: Fixture.construction)
    }

    @Test("the acceptance authority table of seed step 6")
    func table() {
        let authority = Authority(config: Fixture.config())
        #expect(authority.acceptanceAuthority(of: profile(code(1), level: .provincial)) == [Fixture.city])
        #expect(authority.acceptanceAuthority(of: Self.municipal(2)) == [Fixture.city])
        #expect(authority.acceptanceAuthority(of: profile(code(3), level: .local)) == [Fixture.qingyuan])
        #expect(authority.acceptanceAuthority(of: profile(code(4), tier: .standardized, industry: "机械", jurisdiction: Fixture.hitech))
                == [Fixture.hitech])
        #expect(authority.acceptanceAuthority(of: profile(code(5), tier: .problem, department: Fixture.construction))
                == [Fixture.qingyuan, Fixture.construction])
        #expect(authority.acceptanceAuthority(of: profile(code(6), tier: .problem, level: .municipal, department: Fixture.construction))
                == [Fixture.qingyuan, Fixture.construction])
        #expect(authority.publicizingOffices.sorted() == [Fixture.bureau, Fixture.city].sorted())
    }

    @Test("county office cannot accept a 市直 enterprise; the reason names the city office")
    func countyCannotAcceptMunicipal() throws {
        let world = World()
        let c = world.enterprise(Self.municipal(10), at: .applied)
        let message = try #require(world.refused(step(.accept, "08-15"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions(Fixture.qingyuan))
        #expect(message.mentions(Fixture.city))
        #expect(message.zh.contains("验收合格"))
        #expect(world[c].stage == .applied)
        world.must(step(.accept, "08-15"), on: c, by: Fixture.city)
        #expect(world[c].stage == .accepted)
    }

    @Test("the responsible city department cannot accept its own 市直 enterprise either")
    func departmentCannotAcceptMunicipal() throws {
        let world = World()
        let c = world.enterprise(Self.municipal(11), at: .applied)
        let message = try #require(world.refused(step(.accept, "08-15"), on: c, by: Fixture.construction))
        #expect(message.mentions(Fixture.city))
    }

    @Test("county office cannot accept a 省属以上 enterprise in its own county")
    func countyCannotAcceptProvincial() throws {
        let world = World()
        let c = world.enterprise(profile(code(12), tier: .standardized, industry: "危险化学品", level: .provincial), at: .applied)
        let message = try #require(world.refused(step(.accept, "08-15", ref: "冀安标〔2024〕9号"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions(Fixture.city))
        world.must(step(.accept, "08-15", ref: "冀安标〔2024〕9号"), on: c, by: Fixture.city)
    }

    @Test("city office cannot accept a 属地 enterprise: its county does; the reason names the county")
    func cityCannotAcceptLocal() throws {
        let world = World()
        let c = world.enterprise(profile(code(13)), at: .applied)
        let message = try #require(world.refused(step(.accept, "08-15"), on: c, by: Fixture.city))
        #expect(message.mentions(Fixture.qingyuan))
        #expect(world[c].stage == .applied)
    }

    @Test("another county cannot accept a 属地 enterprise of 清苑区")
    func otherCountyCannotAccept() throws {
        let world = World()
        let c = world.enterprise(profile(code(14)), at: .applied)
        #expect(world.refused(step(.accept, "08-15"), on: c, by: Fixture.hitech) != nil)
        #expect(world.refused(step(.reject, "08-15", note: "不合格"), on: c, by: Fixture.hitech) != nil)
        #expect(world.refused(step(.accept, "08-15"), on: c, by: Fixture.bureau) != nil, "a department is not the acceptance authority of a local enterprise")
    }

    @Test("a problem enterprise is closed by its jurisdiction or its responsible department, nobody else",
          arguments: [(Fixture.qingyuan, true), (Fixture.construction, true), (Fixture.hitech, false), (Fixture.city, false),
                      (Fixture.bureau, false)])
    func problemClosing(office: String, allowed: Bool) {
        let world = World()
        let c = world.enterprise(profile(code(15), tier: .problem, department: Fixture.construction), at: .applied)
        if allowed {
            world.must(step(.close, "08-15"), on: c, by: office)
            #expect(world[c].stage == .closed)
        } else {
            let message = world.refused(step(.close, "08-15"), on: c, by: office)
            #expect(message?.mentions(Fixture.qingyuan) == true)
            #expect(message?.mentions(Fixture.construction) == true)
        }
    }

    @Test("a failed acceptance is recorded only by the acceptance authority")
    func rejectAuthority() throws {
        let world = World()
        let c = world.enterprise(Self.municipal(16), at: .applied)
        let message = try #require(world.refused(step(.reject, "08-15", note: "三项制度不健全"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions(Fixture.city))
        world.must(step(.reject, "08-15", note: "三项制度不健全"), on: c, by: Fixture.city)
        #expect(world[c].stage == .inProgress)
    }

    @Test("a failed acceptance needs its reasons", arguments: [String?.none, "", "  "])
    func rejectNeedsNote(note: String?) throws {
        let world = World()
        let c = world.enterprise(profile(code(17)), at: .applied)
        let message = try #require(world.refused(.step(StepDetails(action: .reject, date: d("08-15"), note: note)),
                                                 on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("原因"))
        #expect(message.en.contains("reasons"))
    }

    @Test("a spot check reversal is made only by the city office")
    func spotCheckCityOnly() throws {
        let world = World()
        let c = world.enterprise(profile(code(18)), at: .accepted)
        for office in [Fixture.qingyuan, Fixture.bureau, Fixture.hitech] {
            let message = try #require(world.refused(step(.reject, "09-10", note: "复核不合格"), on: c, by: office))
            #expect(message.mentions(Fixture.city))
        }
        #expect(world[c].stage == .accepted)
    }

    @Test("the city office cannot overturn its own acceptance by a spot check")
    func spotCheckOnlyCountyAcceptances() throws {
        let world = World()
        let c = world.enterprise(Self.municipal(19), at: .accepted)
        #expect(world[c].acceptance?.office == Fixture.city)
        let message = try #require(world.refused(step(.reject, "09-10", note: "抽查"), on: c, by: Fixture.city))
        #expect(message.zh.contains("抽查"))
        #expect(message.en.contains("spot check"))
    }

    @Test("a spot check needs its reasons too")
    func spotCheckNeedsNote() {
        let world = World()
        let c = world.enterprise(profile(code(20)), at: .accepted)
        #expect(world.refused(step(.reject, "09-10"), on: c, by: Fixture.city) != nil)
    }

    @Test("a publicized enterprise can no longer be overturned by a spot check")
    func noSpotCheckAfterNotice() {
        let world = World()
        let c = world.enterprise(profile(code(21)), at: .publicized)
        #expect(world.refused(step(.reject, "11-20", note: "抽查"), on: c, by: Fixture.city) != nil)
    }

    @Test("a standardized acceptance needs the reference of the national/provincial acceptance")
    func standardizedAcceptNeedsReference() throws {
        let world = World()
        let c = world.enterprise(profile(code(22), tier: .standardized, industry: "机械"), at: .applied)
        let message = try #require(world.refused(step(.accept, "08-15"), on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("文号"))
        #expect(world.refused(step(.accept, "08-15", ref: " "), on: c, by: Fixture.qingyuan) != nil)
        world.must(step(.accept, "08-15", ref: "冀安标〔2024〕55号"), on: c, by: Fixture.qingyuan)
    }

    @Test("a normalized acceptance needs no reference")
    func normalizedAcceptWithoutReference() {
        let world = World()
        let c = world.enterprise(profile(code(23)), at: .applied)
        world.must(step(.accept, "08-15"), on: c, by: Fixture.qingyuan)
    }

    @Test("publicize is recorded by 市安委办 or 市安监局 only",
          arguments: [(Fixture.city, true), (Fixture.bureau, true), (Fixture.qingyuan, false), (Fixture.construction, false)])
    func publicize(office: String, allowed: Bool) {
        let world = World()
        let c = world.enterprise(profile(code(24)), at: .accepted)
        if allowed {
            world.must(step(.publicize, "11-10"), on: c, by: office)
            #expect(world[c].stage == .publicized)
        } else {
            let message = world.refused(step(.publicize, "11-10"), on: c, by: office)
            #expect(message?.mentions(Fixture.bureau) == true)
        }
    }

    @Test("award is recorded by the city office only", arguments: [Fixture.bureau, Fixture.qingyuan, Fixture.construction])
    func award(office: String) throws {
        let world = World()
        let c = world.enterprise(profile(code(25)), at: .publicized)
        let message = try #require(world.refused(step(.award, "12-20"), on: c, by: office))
        #expect(message.mentions(Fixture.city))
        world.must(step(.award, "12-20"), on: c, by: Fixture.city)
    }

    @Test("announce is recorded by the city office only", arguments: [Fixture.bureau, Fixture.qingyuan])
    func announce(office: String) throws {
        let world = World()
        let c = world.enterprise(profile(code(26), tier: .problem), at: .closed)
        let message = try #require(world.refused(step(.announce, "12-20"), on: c, by: office))
        #expect(message.mentions(Fixture.city))
        world.must(step(.announce, "12-20"), on: c, by: Fixture.city)
    }

    @Test("a revoked title cannot be publicized or awarded")
    func revokedTitle() throws {
        let world = World()
        let accepted = world.enterprise(profile(code(27), "清苑区甲企业"), at: .accepted)
        world.must(mark(.revoked, "09-01", revocation: .fatalAccident), on: accepted, by: Fixture.city)
        let notice = try #require(world.refused(step(.publicize, "11-10"), on: accepted, by: Fixture.bureau))
        #expect(notice.mentions("清苑区甲企业"))
        #expect(notice.zh.contains("撤销"))

        let publicized = world.enterprise(profile(code(28), "清苑区乙企业"), at: .publicized)
        world.must(mark(.revoked, "11-20", revocation: .integrityBreach), on: publicized, by: Fixture.city)
        #expect(world.refused(step(.award, "12-20"), on: publicized, by: Fixture.city) != nil)
    }

    @Test("managing steps are for the city office, the jurisdiction and the responsible department")
    func managingOffices() throws {
        let world = World()
        let c = world.enterprise(profile(code(29), department: Fixture.construction))
        let message = try #require(world.refused(step(.commit, "04-10"), on: c, by: Fixture.hitech))
        #expect(message.mentions(Fixture.qingyuan) && message.mentions(Fixture.construction) && message.mentions(Fixture.city))
        #expect(world.refused(step(.commit, "04-10"), on: c, by: Fixture.bureau) != nil)
        world.must(step(.commit, "04-10"), on: c, by: Fixture.construction)
        world.must(step(.plan, "04-20", ref: "方案", experts: ["张专家"]), on: c, by: Fixture.city)
        world.must(step(.start, "05-02"), on: c, by: Fixture.qingyuan)
    }

    @Test("an office the campaign does not know is refused, and the message lists the known offices")
    func unknownOffice() throws {
        let world = World()
        let c = world.enterprise(profile(code(30)))
        let message = try #require(world.refused(step(.commit, "04-10"), on: c, by: "满城区"))
        #expect(message.mentions("满城区"))
        #expect(message.mentions(Fixture.city) && message.mentions(Fixture.qingyuan) && message.mentions(Fixture.construction))
        #expect(world.refused(.listed(profile(code(31))), on: code(31), by: "县安委办", day: Fixture.listingDay) != nil)
        #expect(world.state[code(31)] == nil)
    }

    @Test("office names: the city office, a jurisdiction, a department or the work-safety bureau")
    func officeNames() {
        let config = Fixture.config()
        #expect(config.office(named: Fixture.city) == .city)
        #expect(config.office(named: Fixture.hitech) == .jurisdiction(Fixture.hitech))
        #expect(config.office(named: Fixture.construction) == .department(Fixture.construction))
        #expect(config.office(named: Fixture.bureau) == .department(Fixture.bureau))
        #expect(config.office(named: "市公安局") == nil)
        #expect(Set(config.officeNames) == [Fixture.city, Fixture.qingyuan, Fixture.hitech, Fixture.jingxiu, Fixture.construction, Fixture.bureau])
        #expect(config.officeNames.count == 6, "no office is listed twice")
    }

    @Test("an event for an enterprise that was never listed is refused, naming the code")
    func notListed() throws {
        let world = World()
        let message = try #require(world.refused(step(.commit, "04-10"), on: code(99), by: Fixture.qingyuan))
        #expect(message.mentions(code(99).value))
    }
}

@Suite("Removed enterprises")
struct RemovalTests {
    @Test("a removal needs a reason and a managing office")
    func removalGuards() throws {
        let world = World()
        let c = world.enterprise(profile(code(40)))
        #expect(world.refused(.removed(reason: " "), on: c, by: Fixture.qingyuan) != nil)
        #expect(world.refused(.removed(reason: "企业已注销"), on: c, by: Fixture.hitech) != nil)
        world.must(.removed(reason: "企业已注销"), on: c, by: Fixture.qingyuan)
        #expect(!world[c].isActive)
        #expect(world[c].removal == "企业已注销")
    }

    @Test("a removed enterprise refuses every further action, saying why it was removed")
    func removedRefusesActions() {
        let world = World()
        let c = world.enterprise(profile(code(41), "清苑区丙企业"), at: .inProgress)
        world.must(.removed(reason: "企业已停产"), on: c, by: Fixture.qingyuan)
        let payloads: [EventPayload] = [
            tick("N01", .met), .cleared(criterion: cid("N01"), level: nil), step(.apply, "07-20"),
            mark(.supervised, "07-01"), .edited(ProfileChange(person: "李四")), .noted(text: "回访"),
            .removed(reason: "再次移出"),
        ]
        for payload in payloads {
            let message = world.refused(payload, on: c, by: Fixture.city, day: d("07-01"))
            #expect(message?.mentions("清苑区丙企业") == true, "\(payload.typeToken)")
            #expect(message?.mentions("企业已停产") == true, "\(payload.typeToken)")
        }
    }

    @Test("a removed enterprise may be listed again")
    func relist() {
        let world = World()
        let c = world.enterprise(profile(code(42)))
        world.must(.removed(reason: "误列"), on: c, by: Fixture.qingyuan)
        world.must(.listed(profile(c, person: "新责任人")), on: c, by: Fixture.qingyuan, day: d("04-01"))
        #expect(world[c].isActive)
        #expect(world[c].profile.person == "新责任人")
    }
}
