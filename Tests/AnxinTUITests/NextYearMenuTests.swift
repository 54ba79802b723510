import AnxinCore
import Testing
@testable import AnxinTUI

/// The next-year menu (key Y) on the reducer: starting the year asks for a confirmation, read-only refuses.
@Suite("Next-year menu")
struct NextYearMenuTests {
    @Test("Y lists no proposals in a year not yet rolled over, and starting 2025 needs a second yes")
    func startNeedsConfirmation() {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("Y"))
        let items = session.state.menuItems(.nextYear)
        #expect(items.map(\.label) == ["开始 2025 年度…"])
        session.press(.enter)
        #expect(session.state.mode == .menu(Menu(.confirmYear(2025), cursor: 1)))
        session.press(.enter)   // 取消
        #expect(session.startedYears.isEmpty)
        #expect(session.state.mode == .normal)
        session.press(.character("Y"), .enter, .up, .enter)
        #expect(session.startedYears == [2025])
    }

    @Test("read-only, Y is refused with the reason")
    func readOnly() {
        var session = Session.demo(access: Fixtures.readOnly, width: 120, height: 40)
        session.press(.character("Y"))
        #expect(session.state.mode == .normal)
        #expect(session.state.notice?.kind == .error)
    }

    @Test("in a rolled-over year, 'confirm all' records every proposal and the menu then offers only the next year")
    func confirmAll() throws {
        // The demo's journal, then every enterprise carried into 2025 by the city office.
        var config = Fixtures.demo.state.config
        config.year = 2025
        var state = CampaignState(config: config, catalog: Fixtures.demo.state.catalog)
        for event in Fixtures.demoJournal { state.apply(event) }
        var sequence: UInt64 = 0
        for record in state.records where record.isActive {
            sequence += 1
            let at = Instant(millisecondsSinceEpoch: Instant(day: Day("2025-01-06")!).millisecondsSinceEpoch + Int64(sequence),
                             offsetMinutes: 480)
            state.apply(Event(id: EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch, random: (sequence, 0)),
                              at: at, replica: "city", actor: "李主任", office: config.cityOffice, enterprise: record.code,
                              payload: .carried(year: 2025)))
        }
        let proposals = RolloverPlanner.proposals(in: state)
        try #require(!proposals.isEmpty)
        var session = Session(campaign: state, journal: [], language: .zh, access: .readWrite(actor: "李主任", office: config.cityOffice),
                              width: 120, height: 40)
        session.state.today = try #require(Day("2025-01-06"))
        session.press(.character("Y"))
        #expect(session.state.menuItems(.nextYear).first?.label == "全部确认（\(proposals.count) 项建议）")
        ScreenInvariants.check(session.render(), "next-year menu")
        session.press(.enter)
        #expect(session.refusals.isEmpty, "\(session.refusals.map(\.zh))")
        #expect(RolloverPlanner.proposals(in: session.state.campaign).isEmpty)
        for proposal in proposals {
            if case let .promote(tier) = proposal.move {
                #expect(session.state.campaign[proposal.code]?.profile.tier == tier)
            }
        }
        #expect(session.state.menuItems(.nextYear).map(\.label) == ["开始 2026 年度…"])
    }
}
