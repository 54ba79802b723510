import Testing
import AnxinCore

@Suite("Listing and editing the roster")
struct RosterTests {
    @Test("the jurisdiction, the responsible department or the city office may list an enterprise",
          arguments: [Fixture.qingyuan, Fixture.construction, Fixture.city])
    func whoLists(office: String) {
        let world = World()
        let line = profile(code(1), department: Fixture.construction)
        world.must(.listed(line), on: line.code, by: office, day: Fixture.listingDay)
        #expect(world[line.code].stage == .listed)
        #expect(world[line.code].listedBy == office)
        #expect(world[line.code].profile == line)
    }

    @Test("another county may not list an enterprise of 清苑区")
    func otherCountyCannotList() throws {
        let world = World()
        let line = profile(code(2))
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.hitech, day: Fixture.listingDay))
        #expect(message.mentions(Fixture.hitech))
        #expect(message.mentions(Fixture.qingyuan))
        #expect(world.state[line.code] == nil)
    }

    @Test("a listing missing a field is refused, naming the field",
          arguments: [("name", "企业名称"), ("jurisdiction", "所属县区"), ("industry", "行业"), ("department", "责任部门"),
                      ("person", "责任人")])
    func missingField(field: String, label: String) throws {
        let world = World()
        var line = profile(code(3))
        switch field {
        case "name": line.name = "  "
        case "jurisdiction": line.jurisdiction = ""
        case "industry": line.industry = ""
        case "department": line.department = ""
        default: line.person = ""
        }
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.zh.contains(label), "\(message.zh)")
        #expect(message.en.contains(field == "department" ? "responsible department" : field == "person" ? "responsible person" : field),
                "\(message.en)")
    }

    @Test("every missing field is named at once")
    func severalMissing() throws {
        let world = World()
        var line = profile(code(4))
        line.person = ""
        line.industry = ""
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.zh.contains("行业") && message.zh.contains("责任人"))
    }

    @Test("an unknown jurisdiction is refused, naming it and listing the known ones")
    func unknownJurisdiction() throws {
        let world = World()
        let line = profile(code(5), jurisdiction: "满城区")
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.mentions("满城区"))
        #expect(message.mentions(Fixture.qingyuan) && message.mentions(Fixture.hitech))
    }

    @Test("an unknown industry is refused, naming it and listing the known ones")
    func unknownIndustry() throws {
        let world = World()
        let line = profile(code(6), industry: "箱包皮具")
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.mentions("箱包皮具"))
        #expect(message.mentions("食品加工"))
    }

    @Test("an unknown responsible department is refused, naming it")
    func unknownDepartment() throws {
        let world = World()
        let line = profile(code(7), department: "市教育局")
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.mentions("市教育局"))
        #expect(message.mentions(Fixture.construction))
    }

    @Test("a 市直 enterprise needs a city department as its responsible department",
          arguments: [Fixture.qingyuan, Fixture.city])
    func municipalNeedsCityDepartment(department: String) throws {
        let world = World()
        let line = profile(code(8), level: .municipal, department: department)
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.city, day: Fixture.listingDay))
        #expect(message.zh.contains("市直"))
        #expect(message.mentions(department))
        world.must(.listed(profile(code(8), level: .municipal, department: Fixture.construction)), on: code(8), by: Fixture.city,
                   day: Fixture.listingDay)
    }

    @Test("a standardized enterprise must come from a key industry")
    func standardizedKeyIndustry() throws {
        let world = World()
        let line = profile(code(9), tier: .standardized, industry: "食品加工")
        let message = try #require(world.refused(.listed(line), on: line.code, by: Fixture.qingyuan, day: Fixture.listingDay))
        #expect(message.mentions("食品加工"))
        #expect(message.mentions("机械") && message.mentions("危险化学品") && message.mentions("建筑") && message.mentions("非煤矿山"))
        world.list(profile(code(10), tier: .standardized, industry: "非煤矿山"))
        // Normalized and problem enterprises may be in any industry.
        world.list(profile(code(11), tier: .normalized, industry: "食品加工"))
        world.list(profile(code(12), tier: .problem, industry: "食品加工"))
    }

    @Test("the key-industry rule for standardized enterprises can be switched off in the rules")
    func keyIndustryRuleConfigurable() {
        var rules = RuleParameters()
        rules.standardizedKeyIndustriesOnly = false
        let world = World(config: Fixture.config(rules: rules))
        world.list(profile(code(13), tier: .standardized, industry: "食品加工"))
    }

    @Test("an enterprise already on the roster cannot be listed twice; the refusal names the code and the name")
    func duplicate() throws {
        let world = World()
        world.list(profile(code(14), "清苑区金鑫铸造厂"))
        let message = try #require(world.refused(.listed(profile(code(14), "另一个名称")), on: code(14), by: Fixture.qingyuan,
                                                 day: d("04-01")))
        #expect(message.mentions(code(14).value))
        #expect(message.mentions("清苑区金鑫铸造厂"))
        #expect(world[code(14)].profile.name == "清苑区金鑫铸造厂")
    }

    // MARK: Edits

    @Test("an edit changes the roster line; an empty phone clears it")
    func edit() {
        let world = World()
        let c = world.enterprise(profile(code(15)), at: .planned)
        world.must(.edited(ProfileChange(person: "赵六", phone: "0312-1234567", address: "清苑区工业园")), on: c, by: Fixture.qingyuan)
        #expect(world[c].profile.person == "赵六")
        #expect(world[c].profile.phone == "0312-1234567")
        world.must(.edited(ProfileChange(phone: "")), on: c, by: Fixture.qingyuan)
        #expect(world[c].profile.phone == nil)
        #expect(world[c].profile.address == "清苑区工业园")
        #expect(world[c].stage == .planned, "an edit does not move the stage")
    }

    @Test("an edit that changes nothing is refused")
    func emptyEdit() {
        let world = World()
        let c = world.enterprise(profile(code(16)))
        #expect(world.refused(.edited(ProfileChange()), on: c, by: Fixture.qingyuan) != nil)
    }

    @Test("the tier may change while listed, and is fixed once the commitment is signed")
    func tierChange() throws {
        let world = World()
        let c = world.enterprise(profile(code(17), industry: "机械"))
        world.must(.edited(ProfileChange(tier: .standardized)), on: c, by: Fixture.qingyuan)
        #expect(world[c].profile.tier == .standardized)
        world.advance(c, to: .committed)
        let message = try #require(world.refused(.edited(ProfileChange(tier: .normalized)), on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("已签承诺书"))
        #expect(message.zh.contains("类别"))
        // Naming the same tier again is not a change.
        world.must(.edited(ProfileChange(tier: .standardized, person: "孙七")), on: c, by: Fixture.qingyuan)
    }

    @Test("an edit is judged like a listing: the result must still be a valid roster line")
    func editValidated() {
        let world = World()
        let c = world.enterprise(profile(code(18)))
        #expect(world.refused(.edited(ProfileChange(jurisdiction: "满城区")), on: c, by: Fixture.qingyuan) != nil)
        #expect(world.refused(.edited(ProfileChange(person: " ")), on: c, by: Fixture.qingyuan) != nil)
        #expect(world.refused(.edited(ProfileChange(level: .municipal, department: Fixture.qingyuan)), on: c, by: Fixture.qingyuan) != nil,
                "市直 needs a city department, and a county is not one")
        #expect(world.refused(.edited(ProfileChange(tier: .standardized)), on: c, by: Fixture.qingyuan) != nil,
                "食品加工 is not a key industry")
        #expect(world.refused(.edited(ProfileChange(person: "周八")), on: c, by: Fixture.hitech) != nil)
    }
}
