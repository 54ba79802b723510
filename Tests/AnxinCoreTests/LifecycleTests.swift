import Testing
import AnxinCore

@Suite("Lifecycles of domain.md")
struct LifecycleTests {
    // MARK: Forward paths

    @Test("a standardized enterprise goes listed → committed → planned → cultivating → applied → accepted → publicized → awarded")
    func standardizedPath() {
        let world = World()
        let c = code(1)
        world.list(profile(c, "保定市清苑区恒力机械有限公司", tier: .standardized, industry: "机械"))
        #expect(world[c].stage == .listed)

        world.must(step(.commit, "04-10"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .committed)
        world.must(step(.plan, "04-25", ref: "清安培〔2024〕3号", experts: ["张专家", "刘专家"]), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .planned)
        world.must(step(.start, "05-05"), on: c, by: Fixture.bureau)
        #expect(world[c].stage == .inProgress)
        #expect(world[c].stage.label(for: .standardized).zh == "培育中")
        world.tickAllMet(c)
        world.must(step(.apply, "07-20"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .applied)
        world.must(step(.accept, "08-15", ref: "冀安标〔2024〕101号"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .accepted)
        #expect(world[c].stage.holdsTitle)
        #expect(world[c].acceptance?.office == Fixture.qingyuan)
        #expect(world[c].acceptance?.details.reference == "冀安标〔2024〕101号")
        world.must(step(.publicize, "11-10"), on: c, by: Fixture.bureau)
        #expect(world[c].stage == .publicized)
        world.must(step(.award, "12-20"), on: c, by: Fixture.city)
        #expect(world[c].stage == .awarded)
        #expect(world[c].stageSince == d("12-20"))
        #expect(world[c].steps.map(\.details.action) == [.commit, .plan, .start, .apply, .accept, .publicize, .award])
        #expect(world[c].steps.map(\.fromStage) == [.listed, .committed, .planned, .inProgress, .applied, .accepted, .publicized])
    }

    @Test("a normalized enterprise follows the same path, 帮扶中 while in progress")
    func normalizedPath() {
        let world = World()
        let c = world.enterprise(profile(code(2)), at: .inProgress)
        #expect(world[c].stage.label(for: .normalized).zh == "帮扶中")
        world.advance(c, to: .awarded)
        #expect(world[c].stage == .awarded)
        #expect(world[c].steps.count == 7)
    }

    @Test("a problem enterprise goes listed → committed (with deadline) → planned → rectifying → applied → closed → announced")
    func problemPath() {
        let world = World()
        let c = code(3)
        world.list(profile(c, "清苑区宏达塑料制品厂", tier: .problem))
        world.must(step(.commit, "04-10", deadline: "07-15"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .committed)
        #expect(world[c].rectificationDeadline == d("07-15"))
        world.must(step(.plan, "04-25", ref: "整治〔2024〕5号", experts: ["赵专家"]), on: c, by: Fixture.qingyuan)
        world.must(step(.start, "05-05"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .inProgress)
        #expect(world[c].stage.label(for: .problem).zh == "整治中")
        world.tickAllMet(c)
        world.must(step(.apply, "07-10"), on: c, by: Fixture.qingyuan)
        world.must(step(.close, "08-15"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .closed)
        #expect(!world[c].stage.holdsTitle, "a rectified enterprise is not a 安全诚信企业")
        world.must(step(.announce, "12-20"), on: c, by: Fixture.city)
        #expect(world[c].stage == .announced)
        #expect(Stage.stages(of: .problem) == [.listed, .committed, .planned, .inProgress, .applied, .closed, .announced])
    }

    // MARK: Backward steps

    @Test("a failed acceptance sends an applied enterprise back to work, with its reasons recorded")
    func rejectFromApplied() {
        let world = World()
        let c = world.enterprise(profile(code(4)), at: .applied)
        world.must(step(.reject, "08-20", note: "N05 班组层面隐患排查记录缺失"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .inProgress)
        #expect(world[c].steps.last?.details.note == "N05 班组层面隐患排查记录缺失")
        // … and it may apply again and pass.
        world.must(step(.apply, "09-01"), on: c, by: Fixture.qingyuan)
        world.must(step(.accept, "09-15"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .accepted)
    }

    @Test("a failed rectification acceptance sends a problem enterprise back to rectifying")
    func rejectProblem() {
        let world = World()
        let c = world.enterprise(profile(code(5), tier: .problem), at: .applied)
        world.must(step(.reject, "08-20", note: "重大隐患未彻底消除"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .inProgress)
        #expect(world[c].stage.label(for: .problem).zh == "整治中")
    }

    @Test("a city spot check overturns a county acceptance and sends the enterprise back to work")
    func spotCheck() {
        let world = World()
        let c = world.enterprise(profile(code(6)), at: .accepted)
        #expect(world[c].acceptance?.office == Fixture.qingyuan)
        world.must(step(.reject, "09-10", note: "抽查发现应急预案未演练"), on: c, by: Fixture.city)
        #expect(world[c].stage == .inProgress)
        #expect(!world[c].stage.holdsTitle)
    }

    @Test("a closed problem enterprise cannot be sent back by a spot check")
    func noSpotCheckOfClosed() throws {
        let world = World()
        let c = world.enterprise(profile(code(7), tier: .problem), at: .closed)
        let message = try #require(world.refused(step(.reject, "09-10", note: "抽查"), on: c, by: Fixture.city))
        #expect(message.zh.contains("验收销账"))
    }

    // MARK: Wrong stages

    /// A payload for an action, filled in so that only the stage can be wrong.
    static func payload(_ action: StepAction) -> EventPayload {
        step(action, "12-30", ref: "文号〔2024〕1号", experts: ["张专家"], deadline: "2025-03-01", note: "原因")
    }

    @Test("every action from a stage it cannot follow is refused, and the reason names the current stage",
          arguments: Tier.allCases)
    func wrongStage(tier: Tier) {
        let industry = tier == .standardized ? "机械" : "食品加工"
        for (index, stage) in Stage.stages(of: tier).enumerated() {
            let world = World()
            let c = world.enterprise(profile(code(100 + index), tier: tier, industry: industry), at: stage)
            guard world[c].stage == stage else { continue }
            for action in StepAction.allCases {
                let sources = Lifecycle.sources(of: action, tier: tier)
                guard !sources.isEmpty, !sources.contains(stage) else { continue }
                guard let message = world.refused(Self.payload(action), on: c, by: Fixture.city) else {
                    Issue.record("\(tier) \(stage): \(action) was allowed")
                    continue
                }
                let label = stage.label(for: tier)
                #expect(message.zh.contains(label.zh), "\(tier) \(stage) \(action): \(message.zh)")
                #expect(message.en.contains(label.en), "\(tier) \(stage) \(action): \(message.en)")
                for needed in sources {
                    #expect(message.zh.contains(needed.label(for: tier).zh), "names the stage it needs: \(message.zh)")
                }
            }
        }
    }

    @Test("commit twice is refused: a committed enterprise is no longer 列入名单")
    func commitTwice() throws {
        let world = World()
        let c = world.enterprise(profile(code(8)), at: .committed)
        let message = try #require(world.refused(step(.commit, "04-12"), on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("已签承诺书"))
        #expect(message.zh.contains("列入名单"))
    }

    @Test("skipping ahead is refused: apply straight from 列入名单")
    func skipAhead() throws {
        let world = World()
        let c = world.enterprise(profile(code(9)))
        world.tickAllMet(c)
        let message = try #require(world.refused(step(.apply, "07-20"), on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("列入名单") && message.zh.contains("帮扶中"))
        #expect(world[c].stage == .listed)
    }

    // MARK: Actions a tier does not have

    @Test("a problem enterprise has no accept, publicize or award step", arguments: [StepAction.accept, .publicize, .award])
    func problemHasNoTitleSteps(action: StepAction) throws {
        let world = World()
        let c = world.enterprise(profile(code(10), tier: .problem), at: .applied)
        let message = try #require(world.refused(Self.payload(action), on: c, by: Fixture.city))
        #expect(message.zh.contains("问题型企业"))
        #expect(message.zh.contains(action.label.zh))
        #expect(message.en.contains(action.label.en))
    }

    @Test("a normalized or standardized enterprise has no close or announce step",
          arguments: [(Tier.normalized, StepAction.close), (.normalized, .announce), (.standardized, .close), (.standardized, .announce)])
    func titledTiersHaveNoRectificationSteps(tier: Tier, action: StepAction) throws {
        let world = World()
        let c = world.enterprise(profile(code(11), tier: tier, industry: "机械"), at: .applied)
        let message = try #require(world.refused(Self.payload(action), on: c, by: Fixture.city))
        #expect(message.zh.contains(tier.label.zh))
        #expect(message.zh.contains(action.label.zh))
    }

    // MARK: The transition table

    @Test("the next forward action of each stage")
    func nextActions() {
        #expect(Lifecycle.nextAction(from: .listed, tier: .normalized) == .commit)
        #expect(Lifecycle.nextAction(from: .committed, tier: .problem) == .plan)
        #expect(Lifecycle.nextAction(from: .planned, tier: .standardized) == .start)
        #expect(Lifecycle.nextAction(from: .inProgress, tier: .problem) == .apply)
        #expect(Lifecycle.nextAction(from: .applied, tier: .normalized) == .accept)
        #expect(Lifecycle.nextAction(from: .applied, tier: .problem) == .close)
        #expect(Lifecycle.nextAction(from: .accepted, tier: .normalized) == .publicize)
        #expect(Lifecycle.nextAction(from: .publicized, tier: .standardized) == .award)
        #expect(Lifecycle.nextAction(from: .closed, tier: .problem) == .announce)
        #expect(Lifecycle.nextAction(from: .awarded, tier: .normalized) == nil)
        #expect(Lifecycle.nextAction(from: .announced, tier: .problem) == nil)
    }

    @Test("what can be done from applied and accepted, for each kind of enterprise")
    func actionsFrom() {
        #expect(Lifecycle.actions(from: .applied, tier: .normalized) == [.accept, .reject])
        #expect(Lifecycle.actions(from: .applied, tier: .problem) == [.reject, .close])
        #expect(Lifecycle.actions(from: .accepted, tier: .standardized) == [.reject, .publicize])
        #expect(Lifecycle.actions(from: .closed, tier: .problem) == [.announce])
        #expect(Lifecycle.actions(from: .awarded, tier: .normalized).isEmpty)
        #expect(Lifecycle.actions(from: .announced, tier: .problem).isEmpty)
    }

    @Test("stages order along the lifecycle; closed ranks with accepted, announced with awarded")
    func stageOrder() {
        #expect(Stage.stages(of: .normalized) == Stage.stages(of: .normalized).sorted())
        #expect(Stage.stages(of: .problem) == Stage.stages(of: .problem).sorted())
        #expect(Stage.closed.rank == Stage.accepted.rank)
        #expect(Stage.announced.rank == Stage.awarded.rank)
        #expect(Stage.listed < .committed && .applied < .closed)
    }
}

@Suite("Step guards")
struct StepGuardTests {
    @Test("a problem enterprise's rectification letter needs a deadline")
    func problemCommitNeedsDeadline() throws {
        let world = World()
        let c = world.enterprise(profile(code(20), tier: .problem))
        let message = try #require(world.refused(step(.commit, "04-10"), on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("整改时限"))
        #expect(message.en.contains("deadline"))
    }

    @Test("the rectification deadline must come after the letter's date", arguments: ["04-10", "04-01"])
    func deadlineAfterDate(deadline: String) throws {
        let world = World()
        let c = world.enterprise(profile(code(21), tier: .problem))
        let message = try #require(world.refused(step(.commit, "04-10", deadline: deadline), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-\(deadline)"))
        #expect(message.mentions("2024-04-10"))
        world.must(step(.commit, "04-10", deadline: "04-11"), on: c, by: Fixture.qingyuan)
    }

    @Test("a normalized enterprise's commitment needs no deadline")
    func normalizedCommitWithoutDeadline() {
        let world = World()
        let c = world.enterprise(profile(code(22)))
        world.must(step(.commit, "04-10"), on: c, by: Fixture.qingyuan)
        #expect(world[c].rectificationDeadline == nil)
    }

    @Test("a plan needs its reference and at least one expert",
          arguments: [(String?.none, ["张专家"]), ("   ", ["张专家"]), ("清安帮〔2024〕12号", [String]())])
    func planNeedsReferenceAndExpert(ref: String?, experts: [String]) throws {
        let world = World()
        let c = world.enterprise(profile(code(23)), at: .committed)
        let message = try #require(world.refused(.step(StepDetails(action: .plan, date: d("04-25"), reference: ref, experts: experts)),
                                                 on: c, by: Fixture.qingyuan))
        #expect(message.zh.contains("方案编号") && message.zh.contains("专家"))
        #expect(world[c].stage == .committed)
    }

    @Test("a step may be dated before the day its listing was typed in (a paper roster entered later)")
    func backFilledStep() {
        let world = World()
        let c = world.enterprise(profile(code(24)))
        world.must(step(.commit, "03-10"), on: c, by: Fixture.qingyuan)
        #expect(world[c].stage == .committed)
        #expect(world[c].stageSince == d("03-10"))
    }

    @Test("when recording, a step dated after today is refused, naming both days")
    func futureStep() throws {
        let world = World()
        world.rulebook.today = d("06-01")
        let c = world.enterprise(profile(code(25)))
        let message = try #require(world.refused(step(.commit, "06-02"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-06-02") && message.mentions("2024-06-01"))
        world.must(step(.commit, "06-01"), on: c, by: Fixture.qingyuan)
    }

    @Test("a step dated before the previous step is refused; the same day is fine")
    func beforePreviousStep() throws {
        let world = World()
        let c = world.enterprise(profile(code(25)), at: .committed)   // committed 04-10
        let message = try #require(world.refused(step(.plan, "04-05", ref: "方案1号", experts: ["张专家"]), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-04-05") && message.mentions("2024-04-10"))
        world.must(step(.plan, "04-10", ref: "方案1号", experts: ["张专家"]), on: c, by: Fixture.qingyuan)
    }

    @Test("an acceptance dated before the application is refused")
    func acceptBeforeApply() throws {
        let world = World()
        let c = world.enterprise(profile(code(26)), at: .applied)   // applied 07-20
        let message = try #require(world.refused(step(.accept, "07-19"), on: c, by: Fixture.qingyuan))
        #expect(message.mentions("2024-07-20"))
    }
}
