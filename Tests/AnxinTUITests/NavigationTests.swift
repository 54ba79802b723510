import AnxinCore
import Testing
@testable import AnxinTUI

@Suite("Reducer: moving, focusing, help, quitting and the mouse")
struct NavigationTests {
    @Test("j/↓ move down and k/↑ move up, clamped at both ends")
    func moveAndClamp() {
        var session = Session.demo()
        #expect(session.state.listCursor == 0)
        session.press(.character("k"), .up)
        #expect(session.state.listCursor == 0)
        session.press(.character("j"), .down, .down)
        #expect(session.state.listCursor == 3)
        session.press(.character("k"), .up)
        #expect(session.state.listCursor == 1)
        session.press(.character("G"))
        let last = session.state.rows.count - 1
        #expect(session.state.listCursor == last)
        session.press(.character("j"), .down, .pageDown)
        #expect(session.state.listCursor == last)
        session.press(.character("g"))
        #expect(session.state.listCursor == 0)
        session.press(.end)
        #expect(session.state.listCursor == last)
        session.press(.home)
        #expect(session.state.listCursor == 0)
    }

    @Test("PgDn and PgUp move by a page of the list (its visible rows less one) and clamp", arguments: [(120, 40), (80, 24), (60, 20)])
    func pages(_ size: (Int, Int)) {
        var session = Session.demo(width: size.0, height: size.1)
        let page = session.state.layout.visibleRows(.list) - 1
        session.press(.pageDown)
        #expect(session.state.listCursor == page)
        session.press(.pageDown)
        #expect(session.state.listCursor == 2 * page)
        session.press(.pageUp)
        #expect(session.state.listCursor == page)
        session.press(.pageUp, .pageUp)
        #expect(session.state.listCursor == 0)
        session.press(Array(repeating: .pageDown, count: 100))
        #expect(session.state.listCursor == session.state.rows.count - 1)
    }

    @Test("the selected row always stays on screen, also after a resize", arguments: [(120, 40), (80, 24), (60, 20), (40, 12)])
    func selectionStaysVisible(_ size: (Int, Int)) {
        var session = Session.demo(width: size.0, height: size.1)
        func check(_ context: String) {
            let visible = session.state.layout.visibleRows(.list)
            #expect(session.state.listTop <= session.state.listCursor, "\(context)")
            #expect(session.state.listCursor < session.state.listTop + visible, "\(context)")
        }
        session.press(.character("G"))
        check("after G")
        session.press(.pageUp, .pageUp, .character("k"))
        check("after PgUp")
        session.resize(width: 120, height: 40)
        check("after growing")
        session.press(.character("G"))
        session.resize(width: size.0, height: size.1)
        check("after shrinking")
        session.press(.character("g"))
        check("after g")
        #expect(session.state.listTop == 0)
    }

    @Test("Tab and Shift-Tab cycle the panes; 1, 2 and 3 focus one; Esc goes back to the list")
    func focus() {
        var session = Session.demo(width: 80, height: 24)
        #expect(session.state.focus == .list)
        session.press(.tab)
        #expect(session.state.focus == .checklist)
        session.press(.tab)
        #expect(session.state.focus == .timeline)
        session.press(.tab)
        #expect(session.state.focus == .list)
        session.press(.backTab)
        #expect(session.state.focus == .timeline)
        session.press(.backTab)
        #expect(session.state.focus == .checklist)
        session.press(.character("1"))
        #expect(session.state.focus == .list)
        session.press(.character("3"))
        #expect(session.state.focus == .timeline)
        session.press(.character("2"))
        #expect(session.state.focus == .checklist)
        session.press(.escape)
        #expect(session.state.focus == .list)
        // Narrow screens show the focused pane under the tabs.
        session.press(.character("3"))
        #expect(session.screenText.contains("时间线"))
        #expect(Array(session.state.layout.panes.keys) == [.timeline])
    }

    @Test("Enter on the list opens the selected enterprise's checklist at its first row")
    func enterOpensTheChecklist() {
        var session = Session.demo()
        session.press(.character("j"), .character("j"))
        let code = session.state.selectedCode
        session.press(.enter)
        #expect(session.state.focus == .checklist)
        #expect(session.state.selectedCode == code)
        #expect(session.state.checklistCursor == 0)
        let title = session.render().textLines()[1]
        #expect(title.contains(String(session.selectedName!.prefix(6))))
    }

    @Test("moving to another enterprise asks for its timeline and resets the checklist cursor")
    func selectionLoadsTheTimeline() {
        var session = Session.demo()
        session.press(.enter, .character("j"), .character("j"))
        #expect(session.state.checklistCursor == 2)
        session.press(.character("1"), .character("j"))
        let code = session.state.selectedCode!
        #expect(session.lastEffects.contains(.loadTimeline(code)))
        #expect(session.state.timelineFor == code)
        #expect(session.state.timeline == session.events(of: code))
        #expect(session.state.checklistCursor == 0)
        // Moving within the checklist does not reload anything.
        session.press(.character("2"), .character("j"))
        #expect(session.lastEffects.isEmpty)
    }

    @Test("j/k move the checklist cursor within its rows, clamped")
    func checklistCursor() {
        var session = Session.demo()
        session.press(.enter)
        let count = session.state.checklistRows.count
        #expect(count > 0)
        session.press(.character("k"))
        #expect(session.state.checklistCursor == 0)
        session.press(Array(repeating: .character("j"), count: count + 5))
        #expect(session.state.checklistCursor == count - 1)
        session.press(.character("g"))
        #expect(session.state.checklistCursor == 0)
        session.press(.end)
        #expect(session.state.checklistCursor == count - 1)
    }

    @Test("k in the timeline scrolls up at the first press (the timeline opens scrolled to the newest events)")
    func timelineScrollsAtOnce() throws {
        // An enterprise with a long history, so that the timeline does not fit.
        var session = Session.demo()
        let busiest = try #require(session.state.rows.max { session.events(of: $0).count < session.events(of: $1).count })
        session.select(busiest)
        session.press(.character("3"))
        let before = session.render().textLines()
        session.press(.character("k"))
        let after = session.render().textLines()
        let changed = before != after
        #expect(changed, "the first k in the timeline changes nothing on screen (timelineTop \(session.state.timelineTop))")
    }

    @Test("at 80×24 a whole task is done with the keys the screen shows")
    func usableAt80x24() {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司"), Fixtures.profile(2, "保定金源机械有限公司")],
                                      width: 80, height: 24)
        func screen() -> [String] {
            let buffer = session.render()
            ScreenInvariants.check(buffer)
            return buffer.textLines()
        }
        #expect(screen()[22].contains("Enter 打开") && screen()[22].contains("?/F1"))
        #expect(screen()[4].contains("保定华丰食品有限公司"))
        session.press(.enter)
        #expect(screen()[2].contains("检查表 · 保定华丰食品有限公司"))
        #expect(screen()[22].contains("y 符合") && screen()[22].contains("e 备注") && screen()[22].contains("?/F1 帮助"))
        session.press(.character("y"))
        #expect(screen()[23].contains("已保存"))
        #expect(screen()[3].hasPrefix("│✓ N01"))
        session.press(.character("e"))
        session.type("现场核查")
        #expect(screen()[23].hasPrefix("备注 N01：现场核查"))
        #expect(screen()[22].contains("Enter 保存"))
        session.press(.enter, .character(">"))
        #expect(screen().joined().contains("记录下一步"))
        #expect(screen()[22].contains("Enter 确认记录"))
        session.press(.enter)
        #expect(session.state.campaign[Fixtures.code(1)]!.stage == .committed)
        session.press(.character("3"))
        #expect(screen().joined().contains("签订承诺书"))
        session.press(.character("?"))
        #expect(screen().joined().contains("帮助 · 全部按键"))
        session.press(.escape, .character("q"))
        #expect(session.quit)
    }

    @Test("? and F1 open the help; Esc, q, ? and F1 close it without quitting")
    func help() {
        var session = Session.demo()
        for open in [Key.character("?"), .function(1)] {
            for close in [Key.escape, .character("q"), .character("?"), .function(1)] {
                session.press(open)
                #expect(session.state.mode == .help(scroll: 0))
                session.press(.character("j"), .down)
                #expect(session.state.mode == .help(scroll: 2))
                session.press(.character("k"))
                #expect(session.state.mode == .help(scroll: 1))
                session.press(close)
                #expect(session.state.mode == .normal)
                #expect(!session.quit)
            }
        }
        // Keys pressed in the help move nothing behind it.
        #expect(session.state.listCursor == 0)
    }

    @Test("q quits from the normal mode")
    func quit() {
        var session = Session.demo()
        session.press(.character("q"))
        #expect(session.lastEffects == [.quit])
        #expect(session.quit)
    }

    static let modes: [(String, [Key])] = [
        ("normal", []),
        ("search", [.character("/"), .character("b")]),
        ("step form", [.character(">")]),
        ("filter menu", [.character("f")]),
        ("filter values", [.character("f"), .enter]),
        ("sort menu", [.character("s")]),
        ("marks menu", [.character("m")]),
        ("help", [.character("?")]),
        ("checklist", [.enter, .character("y")]),
        ("note editor", [.enter, .character("y"), .character("e"), .character("备")]),
        ("timeline", [.character("3")]),
    ]

    @Test("Ctrl-C quits from any mode", arguments: modes.map(\.0))
    func controlCQuits(_ name: String) throws {
        let keys = try #require(Self.modes.first { $0.0 == name }?.1)
        var session = Session.demo()
        session.press(keys)
        if !keys.isEmpty, name != "checklist", name != "timeline" { #expect(session.state.mode != .normal, "\(name) did not open") }
        let recorded = session.recorded.count
        session.press(.control("c"))
        #expect(session.lastEffects == [.quit])
        #expect(session.quit)
        #expect(session.recorded.count == recorded, "Ctrl-C must not record anything")
    }

    @Test("an unbound key says so and suggests the help")
    func unboundKey() {
        var session = Session.demo()
        session.press(.character("z"))
        #expect(session.state.notice?.kind == .error)
        #expect(session.notice?.contains("z") == true)
        #expect(session.notice?.contains("?") == true)
        session.press(.character("j"))
        #expect(session.state.notice == nil, "the next key clears the message")
    }

    @Test("a click on a list row selects it and focuses the list")
    func clickSelectsARow() {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("2"), .character("1"), .character("j"), .character("2"))
        let list = session.state.layout.panes[.list]!
        // The first data row is under the border and the column headings.
        session.press(.mouse(MouseEvent(.click, x: 5, y: list.y + 2 + 4)))
        #expect(session.state.listCursor == 4)
        #expect(session.state.focus == .list)
        // A click on the headings selects nothing.
        session.press(.mouse(MouseEvent(.click, x: 5, y: list.y + 1)))
        #expect(session.state.listCursor == 4)
    }

    @Test("a click on a checklist row selects that row")
    func clickSelectsAChecklistRow() {
        var session = Session.demo(width: 120, height: 40)
        let checklist = session.state.layout.panes[.checklist]!
        session.press(.mouse(MouseEvent(.click, x: checklist.x + 3, y: checklist.y + 1 + 2)))
        #expect(session.state.focus == .checklist)
        #expect(session.state.checklistCursor == 2)
    }

    @Test("a click on the checklist's summary lines selects no hidden criterion")
    func clickBelowTheChecklistRows() throws {
        // 80×24: the checklist of a normalized enterprise (16 rows) does not fit above the summary.
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")], width: 80, height: 24)
        session.press(.character("2"))
        let pane = try #require(session.state.layout.panes[.checklist])
        let screen = session.render()
        let summaryRow = try #require((pane.y..<pane.maxY).first { screen.textLines()[$0].contains("进度 0/12") })
        session.press(.mouse(MouseEvent(.click, x: 4, y: summaryRow)))
        #expect(session.state.checklistCursor == 0, "a click on the summary line moved the cursor to a criterion not shown there")
    }

    @Test("a click on a tab focuses that pane on narrow screens")
    func clickOnATab() {
        var session = Session.demo(width: 80, height: 24)
        session.press(.mouse(MouseEvent(.click, x: 70, y: 1)))
        #expect(session.state.focus == .timeline)
        session.press(.mouse(MouseEvent(.click, x: 40, y: 1)))
        #expect(session.state.focus == .checklist)
        session.press(.mouse(MouseEvent(.click, x: 0, y: 1)))
        #expect(session.state.focus == .list)
    }

    @Test("the wheel scrolls the pane under the pointer by three rows without moving the focus")
    func wheel() {
        var session = Session.demo(width: 120, height: 40)
        let list = session.state.layout.panes[.list]!
        session.press(.mouse(MouseEvent(.wheelDown, x: 10, y: list.y + 5)))
        #expect(session.state.listCursor == 3)
        session.press(.mouse(MouseEvent(.wheelDown, x: 10, y: list.y + 5)))
        #expect(session.state.listCursor == 6)
        session.press(.mouse(MouseEvent(.wheelUp, x: 10, y: list.y + 5)))
        #expect(session.state.listCursor == 3)
        let checklist = session.state.layout.panes[.checklist]!
        session.press(.mouse(MouseEvent(.wheelDown, x: checklist.x + 5, y: checklist.y + 3)))
        #expect(session.state.checklistCursor == 3)
        #expect(session.state.focus == .list)
        // Outside every pane (the header) nothing happens.
        session.press(.mouse(MouseEvent(.wheelDown, x: 10, y: 0)))
        #expect(session.state.listCursor == 3)
    }

    @Test("the mouse does nothing while a dialog is open")
    func mouseUnderADialog() {
        var session = Session.demo(width: 120, height: 40)
        session.press(.character("f"))
        session.press(.mouse(MouseEvent(.click, x: 5, y: 8)))
        #expect(session.state.listCursor == 0)
        #expect(session.state.mode == .menu(Menu(.filterDimensions)))
    }
}
