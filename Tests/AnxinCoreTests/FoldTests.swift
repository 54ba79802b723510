import Testing
import AnxinCore

@Suite("Folding the journal into the campaign state")
struct FoldTests {
    @Test("the state as of a day folds only the events recorded up to that day")
    func asOfDay() {
        let world = World()
        let c = world.enterprise(profile(code(1)), at: .awarded)   // committed 04-10 … awarded 12-20
        world.must(mark(.supervised, "12-28"), on: c, by: Fixture.qingyuan)
        let journal = world.journal

        let spring = fold(journal, through: d("04-30"))
        #expect(spring[c]?.stage == .planned)
        #expect(spring[c]?.stageSince == d("04-25"))
        #expect(spring[c]?.criteria.isEmpty == true, "nothing was ticked before June")
        #expect(spring[c]?.has(.supervised) == false)

        let summer = fold(journal, through: d("07-31"))
        #expect(summer[c]?.stage == .applied)
        #expect(summer[c]?.progress(in: Fixture.catalog).isComplete == true)

        let full = fold(journal)
        #expect(full[c]?.stage == .awarded)
        #expect(full[c]?.has(.supervised) == true)
        #expect(full[c] == world[c], "folding the journal again gives the same state")
        #expect(full.eventCount == journal.count)
        #expect(full.lastEventID == journal.last?.id)

        let beforeListing = fold(journal, through: d("03-19"))
        #expect(beforeListing[c] == nil)
        #expect(beforeListing.activeEnterprises.isEmpty)
    }

    @Test("a verdict changed later shows its old value in the state as of an earlier day")
    func verdictHistory() {
        let world = World()
        let c = world.enterprise(profile(code(2)))
        world.must(tick("N09", .unmet, note: "灭火器过期"), on: c, by: Fixture.qingyuan, day: d("05-20"))
        world.must(tick("N09", .met, note: "已更换"), on: c, by: Fixture.qingyuan, day: d("06-10"))
        let n09 = Fixture.catalog[cid("N09")]!
        #expect(fold(world.journal, through: d("05-31"))[c]?.verdict(of: n09) == .unmet)
        #expect(fold(world.journal, through: d("06-10"))[c]?.verdict(of: n09) == .met)
        #expect(world[c].criteria[cid("N09")]?.record?.note == "已更换")
    }

    @Test("each subject remembers its last event: the `seen` of the next event on it")
    func lastEventPerSubject() throws {
        let world = World()
        let c = world.enterprise(profile(code(3)))
        world.must(step(.commit, "04-10"), on: c, by: Fixture.qingyuan)
        let commit = world.journal.last!.id
        world.must(tick("N01", .met), on: c, by: Fixture.qingyuan)
        let n01 = world.journal.last!.id
        world.must(tick("N05", .met, level: .team), on: c, by: Fixture.qingyuan)
        let team = world.journal.last!.id
        world.must(.edited(ProfileChange(person: "钱九")), on: c, by: Fixture.qingyuan)
        let edit = world.journal.last!.id
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.qingyuan)
        let supervise = world.journal.last!.id
        world.must(.noted(text: "企业负责人外出，约定下周复查"), on: c, by: Fixture.qingyuan)
        let note = world.journal.last!.id

        let state = world.state
        #expect(state.lastEvent(for: c, subject: .stage) == commit)
        #expect(state.lastEvent(for: c, subject: .criterion(cid("N01"), nil)) == n01)
        #expect(state.lastEvent(for: c, subject: .criterion(cid("N05"), .team)) == team)
        #expect(state.lastEvent(for: c, subject: .criterion(cid("N02"), nil)) == nil)
        #expect(state.lastEvent(for: c, subject: .profile) == edit)
        #expect(state.lastEvent(for: c, subject: .mark(.supervised)) == supervise)
        #expect(state.lastEvent(for: c, subject: .mark(.blacklisted)) == nil)
        #expect(state.lastEvent(for: c, subject: .notes) == note)
        #expect(state.lastEvent(for: code(99), subject: .profile) == nil)
        #expect(world[c].noteCount == 1)

        // The next event on a subject carries the last one as `seen`.
        world.must(step(.plan, "04-25", ref: "方案", experts: ["张专家"]), on: c, by: Fixture.qingyuan)
        #expect(world.journal.last?.seen == commit)
        world.must(tick("N01", .unmet), on: c, by: Fixture.qingyuan)
        #expect(world.journal.last?.seen == n01)
    }

    @Test("a removed mark is still the last event of its subject")
    func unmarkIsSeen() {
        let world = World()
        let c = world.enterprise(profile(code(4)))
        world.must(mark(.supervised, "06-01"), on: c, by: Fixture.qingyuan)
        world.must(.unmarked(mark: .supervised, reason: "已整改", date: d("06-05")), on: c, by: Fixture.qingyuan)
        #expect(world.state.lastEvent(for: c, subject: .mark(.supervised)) == world.journal.last?.id)
    }

    @Test("a cleared criterion's last event is the clear")
    func clearIsSeen() {
        let world = World()
        let c = world.enterprise(profile(code(5)))
        world.must(tick("N02", .met), on: c, by: Fixture.qingyuan)
        world.must(.cleared(criterion: cid("N02"), level: nil), on: c, by: Fixture.qingyuan)
        #expect(world.state.lastEvent(for: c, subject: .criterion(cid("N02"), nil)) == world.journal.last?.id)
    }

    @Test("clearing one level of N05 is the last event of that level")
    func clearLevelIsSeen() {
        let world = World()
        let c = world.enterprise(profile(code(6)))
        world.must(tick("N05", .met), on: c, by: Fixture.qingyuan)
        world.must(.cleared(criterion: cid("N05"), level: .post), on: c, by: Fixture.qingyuan)
        let clear = world.journal.last!.id
        #expect(world.state.lastEvent(for: c, subject: .criterion(cid("N05"), .post)) == clear)
        // The next tick on that level has seen the clear.
        world.must(tick("N05", .unmet, level: .post), on: c, by: Fixture.qingyuan)
        #expect(world.journal.last?.seen == clear)
    }

    @Test("edits change the profile; fields not named stay as they were")
    func edits() {
        let world = World()
        let c = world.enterprise(profile(code(7), "清苑区老名称有限公司"))
        world.must(.edited(ProfileChange(name: "保定市新名称有限公司", industry: "机械", department: Fixture.construction)),
                   on: c, by: Fixture.qingyuan)
        let line = world[c].profile
        #expect(line.name == "保定市新名称有限公司")
        #expect(line.industry == "机械")
        #expect(line.department == Fixture.construction)
        #expect(line.person == "王建国")
        #expect(line.jurisdiction == Fixture.qingyuan)
        // The new responsible department now manages it.
        world.must(step(.commit, "04-10"), on: c, by: Fixture.construction)
    }

    @Test("an enterprise listed again after its removal starts a new lifecycle with the new roster line")
    func relisting() {
        let world = World()
        let c = world.enterprise(profile(code(8), "清苑区旧厂"), at: .planned)
        world.must(.removed(reason: "误列"), on: c, by: Fixture.qingyuan, day: d("05-01"))
        #expect(world.state.activeEnterprises.isEmpty)
        world.must(.listed(profile(c, "清苑区新厂", person: "吴十")), on: c, by: Fixture.qingyuan, day: d("05-02"))
        #expect(world[c].isActive)
        #expect(world[c].removal == nil)
        #expect(world[c].profile.name == "清苑区新厂")
        #expect(world.state.listingOrder == [c], "listed once in the listing order")
        #expect(world.state.activeEnterprises.map(\.code) == [c])
        #expect(world[c].steps.isEmpty, "a new listing starts a new lifecycle (the old steps stay in the journal)")
        #expect(world[c].stage == .listed)
    }

    @Test("a closed problem enterprise removed and listed again as normalized can start its new lifecycle")
    func relistInAnotherTier() throws {
        // domain.md: "A closed problem enterprise may be listed as normalized in the next campaign year."
        let world = World()
        let c = world.enterprise(profile(code(16), "清苑区宏达塑料制品厂", tier: .problem), at: .closed)
        world.must(.removed(reason: "整治销账，转入下一年度规范化帮扶"), on: c, by: Fixture.qingyuan, day: d("09-01"))
        world.must(.listed(profile(c, "清苑区宏达塑料制品厂", tier: .normalized)), on: c, by: Fixture.qingyuan, day: d("09-02"))
        #expect(world[c].profile.tier == .normalized)
        // A normalized enterprise has no 验收销账 stage: whatever its history, it must be able to move on.
        #expect(Stage.stages(of: .normalized).contains(world[c].stage), "stage \(world[c].stage) is not a normalized stage")
        #expect(!Lifecycle.actions(from: world[c].stage, tier: .normalized).isEmpty, "no action is possible from \(world[c].stage)")
        world.must(step(.commit, "09-10"), on: c, by: Fixture.qingyuan)
    }

    @Test("an event for an enterprise that was never listed is reported, not applied")
    func unknownEnterprise() {
        var state = CampaignState(config: Fixture.config(), catalog: Fixture.catalog)
        let outcome = state.apply(makeEvent(step(.commit, "04-10"), on: code(9), by: Fixture.qingyuan, day: d("04-10")))
        #expect(outcome == .unknownEnterprise)
        #expect(state.eventCount == 0)
        #expect(state[code(9)] == nil)
    }

    @Test("the fold records what the journal says without judging it (the journal is history)")
    func foldDoesNotJudge() {
        // An acceptance recorded by the wrong office on another laptop still moves the stage; `anxin check` reports it.
        let events = [
            makeEvent(.listed(profile(code(10))), on: code(10), by: Fixture.qingyuan, day: Fixture.listingDay),
            makeEvent(step(.accept, "08-15"), on: code(10), by: Fixture.hitech, day: d("08-15"), sequence: 1),
        ]
        let state = fold(events)
        #expect(state[code(10)]?.stage == .accepted)
        #expect(state[code(10)]?.steps.first?.fromStage == .listed)
        let rulebook = Rulebook(config: Fixture.config(), catalog: Fixture.catalog)
        #expect(rulebook.refusal(for: events[1], in: fold([events[0]])) != nil)
    }

    @Test("listing order and the active roster follow the first listing")
    func listingOrder() {
        let world = World()
        world.list(profile(code(13)))
        world.list(profile(code(11)))
        world.list(profile(code(12)))
        #expect(world.state.listingOrder == [code(13), code(11), code(12)])
        world.must(.removed(reason: "重复"), on: code(11), by: Fixture.qingyuan, day: d("04-01"))
        #expect(world.state.activeEnterprises.map(\.code) == [code(13), code(12)])
        #expect(world.state.listingOrder.count == 3)
    }

    @Test("every event counts on its enterprise; `listedAt` and `listedBy` come from the first listing")
    func counts() {
        let world = World()
        let c = world.enterprise(profile(code(14)), at: .committed)
        world.must(.noted(text: "已下发条件和标准细则"), on: c, by: Fixture.qingyuan)
        #expect(world[c].eventCount == 3)
        #expect(world[c].listedAt.localDay == Fixture.listingDay)
        #expect(world[c].listedBy == Fixture.qingyuan)
        #expect(world[c].stageSince == d("04-10"))
    }

    @Test("an empty note is refused")
    func emptyNote() {
        let world = World()
        let c = world.enterprise(profile(code(15)))
        #expect(world.refused(.noted(text: "  "), on: c, by: Fixture.qingyuan) != nil)
    }

    @Test("each payload names the subject it changes")
    func subjects() {
        #expect(tick("N05", .met, level: .plant).subject == .criterion(cid("N05"), .plant))
        #expect(tick("N01", .met).subject == .criterion(cid("N01"), nil))
        #expect(EventPayload.removed(reason: "x").subject == .profile)
        #expect(step(.commit, "04-10").subject == .stage)
        #expect(mark(.demo, "07-01").subject == .mark(.demo))
        #expect(Subject.criterion(cid("N05"), .plant).description == "criterion:N05/plant")
        #expect(Subject.mark(.blacklisted).description == "mark:blacklist")
        #expect(Set(EventPayload.typeTokens).count == EventPayload.typeTokens.count)
    }
}
