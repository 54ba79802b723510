import AnxinCore
import Testing
@testable import AnxinTUI

/// The supervisors' dashboard (总览): the numbers of `anxin report progress`, reachable with D from every pane,
/// and a way to the enterprises behind a row.
@Suite("Dashboard")
struct DashboardTests {
    @Test("D opens the dashboard from every pane and again (or Esc) closes it")
    func opensFromEverywhere() {
        for pane in [Key.character("1"), .character("2"), .character("3")] {
            var session = Session.demo(width: 120, height: 40)
            session.press(pane, .character("D"))
            #expect(session.state.dashboard != nil)
            session.press(.character("D"))
            #expect(session.state.dashboard == nil)
        }
        var session = Session.demo(width: 80, height: 24)
        session.press(.character("D"), .escape)
        #expect(session.state.dashboard == nil)
    }

    @Test("its rows are the report's: every jurisdiction and department, adding up to the city")
    func rowsAreTheReport() throws {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("D"))
        let board = try #require(session.state.dashboard)
        let report = ProgressReport(state: session.state.campaign, today: session.state.today)
        #expect(board.report.rows.map(\.group) == report.rows.map(\.group))
        let config = session.state.campaign.config
        for jurisdiction in config.jurisdictions {
            #expect(board.report.rows.contains { $0.group == .jurisdiction(jurisdiction.name) })
        }
        #expect(board.report.rows.reduce(0) { $0 + $1.listed } == board.report.city.listed)
        #expect(board.report.city.listed == session.state.campaign.activeCount)
    }

    @Test("the three jurisdictions furthest behind their quota, and their overdue enterprises, in a few keys")
    func furthestBehindThenOverdue() throws {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("D"), .character("s"))
        let board = try #require(session.state.dashboard)
        #expect(board.order == .furthestBehind)
        let shares = board.shown.compactMap { board.report.rows[$0].finishedShare }
        #expect(shares == shares.sorted(), "lowest finished share first")
        let worst = board.shown.prefix(3).map { board.report.rows[$0] }
        session.press(.character(" "), .character(" "), .character(" "), .character("o"))
        #expect(session.state.dashboard == nil)
        #expect(session.state.focus == .list)
        #expect(session.state.filter.overdueOnly)
        #expect(session.state.filter.owners == Set(worst.map(\.group)))
        // The list shows exactly the overdue enterprises the three rows counted.
        #expect(session.state.rows.count == worst.reduce(0) { $0 + $1.count(.overdue) })
        let calendar = session.state.campaign.config.calendar
        for code in session.state.rows {
            let record = try #require(session.state.campaign[code])
            #expect(calendar.isOverdue(record, on: session.state.today))
            #expect(worst.map(\.group).contains(ReportGroup.owner(of: record.profile, in: session.state.campaign.config)))
        }
    }

    @Test("Enter on a row opens all of its enterprises; the list title says the filter")
    func enterOpensRow() throws {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("D"), .down, .enter)
        let row = try #require(ProgressReport(state: session.state.campaign, today: session.state.today).rows.dropFirst().first)
        #expect(session.state.rows.count == row.listed)
        #expect(session.state.filter.owners == [row.group])
        #expect(session.state.filterSummary.contains(row.group.name(.zh)))
    }

    @Test("the criteria view lists, per tier, the criteria with unmet verdicts, worst first")
    func criteriaView() throws {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("D"), .tab)
        let board = try #require(session.state.dashboard)
        #expect(board.view == .criteria)
        for failures in board.report.failures {
            let shares = failures.failing.compactMap(\.share)
            #expect(shares == shares.sorted(by: >))
        }
        let text = Snapshot.text(of: session.render())
        #expect(text.contains("不符合最多的条款"))
    }

    @Test("dashboard screens", arguments: [SnapshotTests.Size(width: 80, height: 24), SnapshotTests.Size(width: 120, height: 40)])
    func snapshots(_ size: SnapshotTests.Size) {
        var session = Session.demo(width: size.width, height: size.height)
        session.press(.character("D"))
        ScreenInvariants.check(session.render(), "dashboard \(size.name)")
        Snapshot.assert(session.render(), named: "dashboard-\(size.name)")
        session.press(.character("s"), .down, .character(" "))
        Snapshot.assert(session.render(), named: "dashboard-behind-\(size.name)")
        session.press(.tab)
        Snapshot.assert(session.render(), named: "dashboard-criteria-\(size.name)")
        var ascii = Session.demo(width: size.width, height: size.height)
        ascii.state.glyphs = .ascii
        ascii.press(.character("D"))
        ScreenInvariants.check(ascii.render(), "ascii dashboard \(size.name)")
        let drawn = Snapshot.text(of: ascii.render())
        #expect(!drawn.contains { "█▏▎▍▌▋▊▉░─│┌┐└┘⚑".contains($0) }, "the ASCII dashboard draws its bars and lines with ASCII")
        #expect(drawn.contains("#"), "bars are drawn with #")
    }
}

@Suite("Dashboard keys come from the key map")
struct DashboardKeyMapTests {
    @Test("every dashboard binding runs its command, and the hint bar and help overlay show them")
    func keysAreData() {
        let keyMap = KeyMap.standard
        #expect(keyMap.dashboardCommand(for: .character("s")) == .dashboardOrder)
        #expect(keyMap.dashboardCommand(for: .escape) == .back)
        #expect(keyMap.dashboardCommand(for: .down) == .moveDown, "moving is the general key map's")
        #expect(keyMap.dashboardCommand(for: .character("y")) == nil, "checklist keys do nothing here")
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("D"))
        let screen = Snapshot.text(of: session.render())
        for binding in keyMap.dashboardBindings where binding.inHintBar {
            #expect(screen.contains(KeyMap.keyLabel(binding) + " " + binding.command.hint.zh))
        }
        session.press(.character("?"))
        let help = Snapshot.text(of: session.render())
        #expect(help.contains(Command.dashboardOrder.help.zh), "in the dashboard, its keys head the help")
        session.press(.escape)
        #expect(session.state.dashboard != nil, "closing the help goes back to the dashboard")
    }
}

@Suite("Owner rows and the list filter agree")
struct OwnerRuleTests {
    @Test("every demo enterprise is owned by exactly its report row, as the list filter reads it")
    func ownsAgreesWithOwner() {
        let state = Fixtures.demo.state
        let rows = ProgressReport(state: state, today: Fixtures.today).rows.map(\.group)
        for record in state.records {
            let owner = ReportGroup.owner(of: record.profile, in: state.config)
            #expect(rows.filter { $0.owns(record.profile) } == [owner], "\(record.profile.name)")
        }
    }
}
