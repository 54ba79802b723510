import AnxinCore
import Testing
@testable import AnxinTUI

/// The interface's side of sync: the header's sharing status, the sync key, conflict badges and the filter.
@Suite("TUI: sync and conflicts")
struct SyncTUITests {
    static let first = Fixtures.profile(11, "保定市恒远机械有限公司")
    static let second = Fixtures.profile(12, "保定市清河食品有限公司")

    /// Two enterprises; the first has two ticks of N01 made apart (neither saw the other): a conflict.
    static func conflicted() -> Session {
        let (campaign, journal) = Fixtures.campaign(listing: [first, second], then: [
            (first.code, .ticked(Tick(criterion: CriterionID("N01"), verdict: .met))),
            (first.code, .ticked(Tick(criterion: CriterionID("N01"), verdict: .unmet))),
        ])
        return Session(campaign: campaign, journal: journal)
    }

    @Test("the sync key asks the runner to sync and says so; the header shows what is not shared and the last sync")
    func syncKey() {
        var session = Session.listing([Self.first])
        session.state.syncStatus = SyncStatus(unshared: 2, lastSync: Instant("2024-06-03T17:20:00+08:00"))
        #expect(session.screenText.contains("待发送 2 · 上次同步 06-03 17:20"))
        session.press(.character("S"))
        #expect(session.syncRequests == 1)
        #expect(session.notice?.hasPrefix("正在同步") == true)
        #expect(session.state.syncStatus?.running == true)
    }

    @Test("a recorded change counts as not shared until the next sync")
    func unsharedCount() {
        var session = Session.listing([Self.first])
        session.state.syncStatus = SyncStatus(unshared: 0, lastSync: nil)
        session.select(Self.first.code)
        session.selectRow("N01")
        session.press(.character("y"))
        #expect(session.recorded.count == 1)
        #expect(session.state.syncStatus?.unshared == 1)
        #expect(session.screenText.contains("待发送 1 · 未同步"))
    }

    @Test("without sync set up, the key says how to set it up and asks for nothing")
    func notSetUp() {
        var session = Session.listing([Self.first])
        session.press(.character("S"))
        #expect(session.syncRequests == 0)
        #expect(session.notice?.contains("anxin sync --setup") == true)
    }

    @Test("a finished sync replaces the campaign with the merged one and shows the result")
    func finished() {
        var session = Session.listing([Self.first])
        session.state.syncStatus = SyncStatus(unshared: 3, lastSync: nil)
        session.press(.character("S"))
        let merged = Self.conflicted().state.campaign
        let done = Notice(kind: .info, message: Catalog.syncDone(sent: 3, received: 2, remote: "origin"))
        session.send(.synced(SyncOutcome(notice: done, status: SyncStatus(unshared: 0, lastSync: Instant("2024-06-03T18:00:00+08:00")),
                                         campaign: merged)))
        #expect(session.state.rows.count == 2, "the enterprise listed on the other laptop is in the list")
        #expect(session.notice == "已与 origin 同步：发出本机 3 条事件，收到 2 条")
        #expect(session.state.syncStatus?.running == false)
        #expect(session.screenText.contains("待发送 0 · 上次同步 06-03 18:00"))
    }

    @Test("an enterprise with a conflict carries the 冲 badge in the list, and the criterion in the checklist")
    func badges() {
        var session = Self.conflicted()
        let lines = session.screenText.split(separator: "\n")
        #expect(lines.contains { $0.contains("恒远机械") && $0.contains("冲") })
        #expect(!lines.contains { $0.contains("清河食品") && $0.contains("冲") })
        session.select(Self.first.code)
        // The checklist pane is on the right of the list: look only at what follows the criterion's id.
        func row(_ id: String) -> Substring? {
            session.screenText.split(separator: "\n").compactMap { line in line.range(of: id).map { line[$0.lowerBound...] } }.first
        }
        #expect(row("N01")?.contains("冲") == true, "\(String(describing: row("N01")))")
        #expect(row("N02")?.contains("冲") == false)
    }

    @Test("the filter menu's conflicts toggle shows only enterprises with conflicts")
    func filter() {
        var session = Self.conflicted()
        #expect(session.state.rows.count == 2)
        session.press(.character("f"))
        let index = FilterDimension.allCases.firstIndex(of: .conflicts)!
        session.press(Array(repeating: Key.down, count: index))
        session.press(.enter)
        #expect(session.state.rows == [Self.first.code])
        #expect(session.screenText.contains("只看冲突"))
        session.press(.enter)
        #expect(session.state.rows.count == 2)
    }
}

extension SyncTUITests {
    @Test("R on a conflicted criterion records a settlement: the badge goes, the verdict in force stays")
    func resolveFromChecklist() {
        var session = Self.conflicted()
        session.select(Self.first.code)
        session.selectRow("N02")
        session.press(.character("R"))
        #expect(session.recorded.isEmpty, "no conflict on N02: nothing recorded")
        #expect(session.state.mode == .menu(Menu(.conflicts)), "the menu of the enterprise's conflicts opens instead")
        session.press(.escape)
        session.selectRow("N01")
        session.press(.character("R"))
        #expect(session.recorded.count == 1)
        guard case let .resolved(subject, _)? = session.recorded.first?.payload else {
            Issue.record("expected a resolved event, got \(String(describing: session.recorded.first?.payload))")
            return
        }
        #expect(subject == .criterion(CriterionID("N01"), nil))
        #expect(session.state.campaign.conflicts.isEmpty)
        #expect(session.verdict("N01") == .unmet, "the later tick stays in force")
        let rowN01 = session.screenText.split(separator: "\n").compactMap { line in line.range(of: "N01 ").map { line[$0.lowerBound...] } }.first
        #expect(rowN01?.contains("冲") == false, "\(String(describing: rowN01))")
        #expect(!session.screenText.split(separator: "\n").contains { $0.contains("恒远机械") && $0.contains("冲") })
    }
}

extension SyncTUITests {
    @Test("R in the list opens the enterprise's conflicts; Enter keeps what is in force on the chosen one")
    func resolveFromList() {
        var session = Self.conflicted()
        session.select(Self.first.code)
        session.press(.character("1"), .character("R"))
        #expect(session.state.mode == .menu(Menu(.conflicts)))
        #expect(session.state.menuItems(.conflicts).map(\.label) == ["N01"])
        #expect(session.screenText.contains("并发修改；回车保留生效的一方"))
        session.press(.enter)
        #expect(session.state.mode == .normal)
        #expect(session.state.campaign.conflicts.isEmpty)
        guard case let .resolved(subject, _)? = session.recorded.first?.payload else {
            Issue.record("expected a resolved event")
            return
        }
        #expect(subject == .criterion(CriterionID("N01"), nil))
        // An enterprise without conflicts says so.
        session.press(.character("R"))
        #expect(session.notice?.contains("没有冲突") == true)
    }
}

