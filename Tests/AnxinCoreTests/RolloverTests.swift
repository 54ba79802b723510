import Testing
import AnxinCore

/// The 2024 journal of `world`, folded again under the 2025 campaign: what anxin sees after `rollover`.
private func nextYear(after world: World) -> World {
    var config = Fixture.config()
    config.year = 2025
    let next = World(config: config)
    next.state = fold(world.journal, config: config)
    return next
}

private let newYearDay = d("2025-01-06")

@Suite("The next campaign year (年年进位，年年升级)")
struct RolloverTests {
    @Test("carrying an enterprise over starts a new lifecycle and keeps the finished year, its marks and its title")
    func carryStartsNewLifecycle() {
        let world = World()
        let awarded = world.enterprise(profile(code(1), "保定市恒力机械有限公司", tier: .normalized, industry: "机械"), at: .awarded)
        world.must(mark(.demo, "07-01"), on: awarded, by: Fixture.bureau)
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: awarded, by: Fixture.city, day: newYearDay)

        let record = next[awarded]
        #expect(record.stage == .listed)
        #expect(record.steps.isEmpty)
        #expect(record.criteria.isEmpty, "the new year's checklist starts unchecked")
        #expect(record.profile.tier == .normalized, "the carry keeps the tier; a move is a confirmed edit")
        #expect(record.carriedInto == 2025)
        #expect(record.pastYears == [YearResult(year: 2024, tier: .normalized, stage: .awarded, acceptedOn: d("08-15"),
                                                carriedBy: next.journal.last?.id)])
        #expect(record.has(.demo), "marks belong to the enterprise, not to one year")
        #expect(record.holdsTitle, "a title won in 2024 is held in 2025 until revoked")
        // So a fatal accident in 2025 can still cost it the title.
        next.must(mark(.revoked, "2025-03-01", revocation: .fatalAccident), on: awarded, by: Fixture.city)
        #expect(!next[awarded].holdsTitle)
        #expect(next[awarded].has(.supervised))
    }

    @Test("only the city office carries an enterprise over, once, into the campaign's own year")
    func carryGuards() throws {
        let world = World()
        let listed = world.enterprise(profile(code(2)))
        let next = nextYear(after: world)
        let county = try #require(next.refused(.carried(year: 2025), on: listed, by: Fixture.qingyuan, day: newYearDay))
        #expect(county.mentions(Fixture.city))
        let wrongYear = try #require(next.refused(.carried(year: 2026), on: listed, by: Fixture.city, day: newYearDay))
        #expect(wrongYear.mentions("2026") && wrongYear.mentions("2025"))
        next.must(.carried(year: 2025), on: listed, by: Fixture.city, day: newYearDay)
        let twice = try #require(next.refused(.carried(year: 2025), on: listed, by: Fixture.city, day: newYearDay))
        #expect(twice.mentions("2025"))
    }

    @Test("proposals: closed problem → normalized, accepted normalized in a key industry → standardized, none otherwise")
    func proposals() {
        let world = World()
        let closed = world.enterprise(profile(code(10), "清苑区东方化工厂", tier: .problem, industry: "危险化学品"), at: .closed)
        let announced = world.enterprise(profile(code(11), tier: .problem, industry: "食品加工"), at: .announced)
        let rectifying = world.enterprise(profile(code(12), tier: .problem, industry: "机械"), at: .inProgress)
        let acceptedKey = world.enterprise(profile(code(13), tier: .normalized, industry: "机械"), at: .accepted)
        let acceptedFood = world.enterprise(profile(code(14), tier: .normalized, industry: "食品加工"), at: .publicized)
        let helping = world.enterprise(profile(code(15), tier: .normalized, industry: "机械"), at: .applied)
        let standard = world.enterprise(profile(code(16), tier: .standardized, industry: "机械"), at: .awarded)
        let next = nextYear(after: world)
        for code in [closed, announced, rectifying, acceptedKey, acceptedFood, helping, standard] {
            next.must(.carried(year: 2025), on: code, by: Fixture.city, day: newYearDay)
        }
        let moves = Dictionary(uniqueKeysWithValues: RolloverPlanner.proposals(in: next.state).map { ($0.code, $0.move) })
        #expect(moves == [
            closed: .promote(to: .normalized),
            announced: .promote(to: .normalized),
            acceptedKey: .promote(to: .standardized),
        ])
        // Confirming is a roster edit by the city office: the proposal is gone and the checklist is the new tier's.
        var change = ProfileChange()
        change.tier = .standardized
        next.must(.edited(change), on: acceptedKey, by: Fixture.city, day: newYearDay)
        #expect(next[acceptedKey].profile.tier == .standardized)
        #expect(!RolloverPlanner.proposals(in: next.state).contains { $0.code == acceptedKey })
    }

    @Test("a revoked or blacklisted enterprise moves nowhere and stays under key supervision")
    func revokedAndBlacklistedStay() {
        let world = World()
        let revoked = world.enterprise(profile(code(20), tier: .normalized, industry: "机械"), at: .accepted)
        world.must(mark(.revoked, "09-01", revocation: .fatalAccident), on: revoked, by: Fixture.city)
        let blacklisted = world.enterprise(profile(code(21), tier: .problem, industry: "非煤矿山"), at: .closed)
        world.must(mark(.blacklisted, "09-02", blacklist: .resistingEnforcement), on: blacklisted, by: Fixture.city)
        let next = nextYear(after: world)
        for code in [revoked, blacklisted] { next.must(.carried(year: 2025), on: code, by: Fixture.city, day: newYearDay) }
        let proposals = RolloverPlanner.proposals(in: next.state)
        // The revoked one is under key supervision already (a revocation puts it there): nothing to confirm.
        #expect(proposals.map(\.code) == [blacklisted])
        #expect(proposals.first?.move == .keepUnderSupervision)
        next.must(mark(.supervised, "2025-01-06"), on: blacklisted, by: Fixture.city)
        #expect(RolloverPlanner.proposals(in: next.state).isEmpty)
    }

    @Test("the dry-run preview reads each enterprise's current stage as its finished year")
    func preview() {
        let world = World()
        let closed = world.enterprise(profile(code(30), tier: .problem, industry: "机械"), at: .closed)
        _ = world.enterprise(profile(code(31), tier: .normalized, industry: "机械"), at: .planned)
        let preview = RolloverPlanner.preview(in: world.state)
        #expect(preview.map(\.code) == [closed])
        #expect(preview.first?.finished.year == 2024)
    }

    @Test("the stage's `seen` after a carry is the carry itself, so the next step on another laptop is not a conflict")
    func seenAfterCarry() throws {
        let world = World()
        let listed = world.enterprise(profile(code(40)))
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: listed, by: Fixture.city, day: newYearDay)
        let carry = try #require(next.journal.last)
        #expect(next.state.lastEvent(for: listed, subject: .stage) == carry.id)
    }
}

/// How the next year meets the other features: a second carry, a re-listing, an offline laptop's old tick,
/// documents, and replaying the journal under a later year.
@Suite("The next campaign year with sync, documents and replays")
struct RolloverInteractionTests {
    @Test("a second carry into the same year (two offices rolled over apart) keeps the year's work and is flagged")
    func secondCarryKeepsTheYear() throws {
        let world = World()
        let subject = world.enterprise(profile(code(50), tier: .problem), at: .closed)
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: subject, by: Fixture.city, day: newYearDay)
        let firstCarry = try #require(next.journal.last)
        next.must(step(.commit, "2025-03-01", deadline: "2025-06-30"), on: subject, by: Fixture.qingyuan)
        // The other office's carry, made without seeing this one, arrives later by sync: folded, not judged.
        var state = next.state
        let other = makeEvent(.carried(year: 2025), on: subject, by: Fixture.city, day: d("2025-03-02"), sequence: 7,
                              replica: "laptop-2", seen: firstCarry.seen)
        state.apply(other)
        let record = try #require(state[subject])
        #expect(record.stage == .committed, "the year's step stays")
        #expect(record.pastYears.count == 1)
        #expect(record.pastYears.first?.stage == .closed, "the finished year is still how 2024 ended")
        #expect(!state.conflicts.conflicts(of: subject).isEmpty, "the two carries are a conflict on the stage")
    }

    @Test("an enterprise removed and listed again in the new year keeps its finished years and its title")
    func relistingKeepsHistory() {
        let world = World()
        let subject = world.enterprise(profile(code(51), tier: .normalized, industry: "机械"), at: .awarded)
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: subject, by: Fixture.city, day: newYearDay)
        next.must(.removed(reason: "搬迁"), on: subject, by: Fixture.qingyuan, day: d("2025-02-01"))
        next.must(.listed(profile(code(51), tier: .normalized, industry: "机械")), on: subject, by: Fixture.qingyuan, day: d("2025-02-10"))
        #expect(next[subject].pastYears.count == 1)
        #expect(next[subject].carriedInto == 2025)
        #expect(next[subject].holdsTitle)
    }

    @Test("a tick from a laptop that had not seen the carry is a conflict, not a silent new-year verdict")
    func staleTickAfterCarry() throws {
        let world = World()
        let subject = world.enterprise(profile(code(52)), at: .inProgress)
        world.must(tick("N01", .met), on: subject, by: Fixture.qingyuan)
        let lastTick = try #require(world.state.lastEvent(for: subject, subject: .criterion(cid("N01"), nil)))
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: subject, by: Fixture.city, day: newYearDay)
        var state = next.state
        let stale = makeEvent(tick("N01", .unmet), on: subject, by: Fixture.qingyuan, day: d("2025-01-07"), sequence: 9,
                              replica: "offline-laptop", seen: lastTick)
        state.apply(stale)
        #expect(state.conflicts[subject, .criterion(cid("N01"), nil)] != nil)
        // A laptop that had seen the carry ticks without a conflict.
        let fresh = World(config: next.state.config)
        fresh.state = next.state
        fresh.must(tick("N02", .met), on: subject, by: Fixture.qingyuan, day: d("2025-01-08"))
        #expect(fresh.state.conflicts.conflicts(of: subject).isEmpty)
    }

    @Test("the incentive notice keeps an enterprise whose title was won in the finished year")
    func incentivesKeepPastTitles() {
        let world = World()
        let subject = world.enterprise(profile(code(53), tier: .normalized, industry: "机械"), at: .awarded)
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: subject, by: Fixture.city, day: newYearDay)
        #expect(ListSelector(state: next.state).select(.incentives).members.map(\.code) == [subject])
    }

    @Test("replaying the journal under a later year does not judge the earlier carries as wrong")
    func replayUnderLaterYear() throws {
        let world = World()
        let subject = world.enterprise(profile(code(54)))
        let next = nextYear(after: world)
        next.must(.carried(year: 2025), on: subject, by: Fixture.city, day: newYearDay)
        let carry = try #require(next.journal.last)
        var config2026 = Fixture.config()
        config2026.year = 2026
        let state = fold(world.journal, config: config2026)
        // `anxin check` judges with no "today".
        #expect(Rulebook(config: config2026, catalog: Fixture.catalog).refusal(for: carry, in: state) == nil)
        // Recording (with a today), the carry must be into the campaign's own year.
        #expect(Rulebook(config: config2026, catalog: Fixture.catalog, today: d("2026-01-05")).refusal(for: carry, in: state) != nil)
    }
}
