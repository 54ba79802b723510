import AnxinCore
import Testing
@testable import AnxinTUI

@Suite("Reducer: the filter, sort and marks menus")
struct MenuTests {
    func expectRowsMatchTheQuery(_ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        let state = session.state
        let query = RosterQuery(filter: state.filter, sort: state.sort, descending: state.descending)
        let expected = query.run(on: state.campaign, today: state.today).map(\.code)
        #expect(state.rows == expected, sourceLocation: sourceLocation)
        // The list's title shows the same count.
        let title = session.render().textLines()[1]
        #expect(title.contains("\(expected.count)/\(state.campaign.activeEnterprises.count)"), "\(title)", sourceLocation: sourceLocation)
    }

    func dimensionIndex(_ dimension: FilterDimension) -> Int { FilterDimension.allCases.firstIndex(of: dimension)! }

    @Test("f opens the filter menu; 县区 values toggle with Space; the rows are the roster query's")
    func jurisdictionFilter() {
        var session = Session.demo()
        session.press(.character("f"))
        #expect(session.state.mode == .menu(Menu(.filterDimensions)))
        session.press(.enter)
        #expect(session.state.mode == .menu(Menu(.filterValues(.jurisdiction))))
        session.press(.character(" "))
        let first = Fixtures.config.jurisdictions[0].name
        #expect(session.state.filter.jurisdictions == [first])
        expectRowsMatchTheQuery(session)
        #expect(session.state.rows.allSatisfy { session.state.campaign[$0]!.profile.jurisdiction == first })
        session.press(.character("j"), .character(" "))
        #expect(session.state.filter.jurisdictions.count == 2)
        expectRowsMatchTheQuery(session)
        // Space again takes a value off.
        session.press(.character(" "))
        #expect(session.state.filter.jurisdictions == [first])
        session.press(.escape)
        #expect(session.state.mode == .menu(Menu(.filterDimensions)))
        #expect(session.render().textLines().joined().contains(first), "the menu shows the chosen value")
        session.press(.escape)
        #expect(session.state.mode == .normal)
        #expect(session.render().textLines()[1].contains("筛选 " + first))
    }

    @Test("类别 filters by tier, 逾期 toggles in place, and they combine as the roster query does")
    func tierAndOverdue() {
        var session = Session.demo()
        session.press(.character("f"))
        session.press(Array(repeating: .character("j"), count: dimensionIndex(.tier)))
        session.press(.enter, .character("j"), .character(" "))
        #expect(session.state.filter.tiers == [Tier.allCases[1]])
        expectRowsMatchTheQuery(session)
        let tierOnly = session.state.rows.count
        session.press(.left)
        #expect(session.state.mode == .menu(Menu(.filterDimensions)))
        session.press(.character("g"))
        session.press(Array(repeating: .character("j"), count: dimensionIndex(.overdue)))
        session.press(.enter)
        #expect(session.state.filter.overdueOnly)
        #expect(session.state.mode == .menu(Menu(.filterDimensions, cursor: dimensionIndex(.overdue))), "the toggle keeps the menu open")
        expectRowsMatchTheQuery(session)
        #expect(session.state.rows.count < tierOnly)
        #expect(session.state.rows.allSatisfy {
            Fixtures.config.calendar.isOverdue(session.state.campaign[$0]!, on: Fixtures.today)
        })
        session.press(.enter)
        #expect(!session.state.filter.overdueOnly)
        expectRowsMatchTheQuery(session)
    }

    @Test("clear all filters resets them and closes the menu")
    func clearFilters() {
        var session = Session.demo()
        session.press(.character("f"), .enter, .character(" "), .escape, .character("G"), .character("k"), .enter)
        #expect(session.state.filter.overdueOnly)
        session.press(.character("G"), .enter)
        #expect(session.state.filter == EnterpriseFilter())
        #expect(session.state.mode == .normal)
        expectRowsMatchTheQuery(session)
        #expect(session.state.rows.count == session.state.campaign.activeEnterprises.count)
    }

    @Test("a filter that matches nothing says so in the list")
    func emptyFilter() {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character("f"), .enter, .character("j"), .character(" "), .escape, .escape)
        #expect(session.state.rows.isEmpty)
        #expect(session.screenText.contains(Catalog.tuiNoRows.zh))
        // Keys that need a selection do nothing rather than fail.
        session.press(.enter, .character("2"), .character("y"), .character(">"), .character("m"), .character("j"), .character("G"))
        #expect(session.recorded.isEmpty)
        ScreenInvariants.check(session.render())
    }

    @Test("the filter keeps the selection on the same enterprise when it is still shown")
    func filterKeepsSelection() throws {
        var session = Session.demo()
        session.press(.character("G"))
        let code = try #require(session.state.selectedCode)
        let jurisdiction = session.state.campaign[code]!.profile.jurisdiction
        let index = Fixtures.config.jurisdictions.firstIndex { $0.name == jurisdiction }!
        session.press(.character("f"), .enter)
        session.press(Array(repeating: .character("j"), count: index))
        session.press(.character(" "))
        #expect(session.state.selectedCode == code)
    }

    @Test("s opens the sort menu; Enter sorts by a key and closes it; 倒序 toggles in place")
    func sortMenu() throws {
        var session = Session.demo()
        session.press(.character("j"), .character("j"))
        let code = try #require(session.state.selectedCode)
        session.press(.character("s"))
        #expect(session.state.mode == .menu(Menu(.sort)))
        session.press(.character("j"), .enter)
        #expect(session.state.sort == SortKey.allCases[1])
        #expect(session.state.mode == .normal)
        #expect(session.state.selectedCode == code, "sorting keeps the selected enterprise")
        expectRowsMatchTheQuery(session)
        session.press(.character("s"), .character("G"), .enter)
        #expect(session.state.descending)
        #expect(session.state.mode == .menu(Menu(.sort, cursor: SortKey.allCases.count)))
        expectRowsMatchTheQuery(session)
        session.press(.escape)
        #expect(session.render().textLines()[1].contains(SortKey.allCases[1].label.zh + " ↓"))
        for (index, key) in SortKey.allCases.enumerated() {
            session.press(.character("s"), .character("g"))
            session.press(Array(repeating: .character("j"), count: index))
            session.press(.enter)
            #expect(session.state.sort == key)
            expectRowsMatchTheQuery(session)
        }
    }

    @Test("m lists the marks of the selected enterprise; setting one records it, u removes it again")
    func marks() throws {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character("m"))
        #expect(session.state.mode == .menu(Menu(.marks)))
        #expect(session.state.menuItems(.marks).map(\.checked) == Mark.allCases.map { _ in false })
        let supervised = Mark.allCases.firstIndex(of: .supervised)!
        session.press(Array(repeating: .character("j"), count: supervised))
        session.press(.enter)
        guard case let .form(form) = session.state.mode else {
            Issue.record("no mark form")
            return
        }
        #expect(form.purpose == .mark(Fixtures.code(1), .supervised, removing: false))
        // No reason yet: the rule's reason shows, Enter records nothing.
        session.press(.enter)
        #expect(session.recorded.isEmpty)
        #expect(session.state.notice?.kind == .error)
        session.type("隐患较多")
        session.press(.enter)
        #expect(session.recorded.last?.payload == .marked(MarkDetails(mark: .supervised, reason: "隐患较多", date: Fixtures.today)))
        #expect(session.state.campaign[Fixtures.code(1)]!.has(.supervised))
        #expect(session.render().textLines()[3].contains("重"), "the list shows the badge")
        session.press(.character("m"))
        #expect(session.state.menuItems(.marks)[supervised].checked == true)
        session.press(.escape, .character("u"))
        #expect(session.recorded.last?.payload == .unmarked(mark: .supervised, reason: Catalog.tuiUndoReason.zh, date: Fixtures.today))
        #expect(!session.state.campaign[Fixtures.code(1)]!.has(.supervised))
    }

    @Test("the blacklist form asks for the cause and the accident grade")
    func blacklistForm() {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character("m"), .character("G"), .enter)
        guard case let .form(form) = session.state.mode else {
            Issue.record("no mark form")
            return
        }
        #expect(form.fields.map(\.id) == [.reason, .cause, .grade, .date])
    }
}

@Suite("Reducer: the step form shows the next action, explains refusals and records valid steps")
struct StepFormTests {
    func openForm(_ session: Session) -> Form? {
        if case let .form(form) = session.state.mode { form } else { nil }
    }

    @Test("> proposes the next action; Enter records it")
    func commit() throws {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character(">"))
        let form = try #require(openForm(session))
        #expect(form.value(.action) == StepAction.commit.rawValue)
        #expect(form.value(.date) == Fixtures.today.description)
        let screen = session.screenText
        #expect(screen.contains(Catalog.tuiStepTitle.zh + " · 保定华丰食品有限公司"))
        #expect(screen.contains(Catalog.tuiWillRecord.zh))
        session.press(.enter)
        #expect(session.state.mode == .normal)
        #expect(session.recorded.last?.payload == .step(StepDetails(action: .commit, date: Fixtures.today)))
        #expect(session.state.campaign[Fixtures.code(1)]!.stage == .committed)
        #expect(session.state.timeline.last?.payload == session.recorded.last?.payload, "the timeline shows the new step")
    }

    @Test("a step the rules refuse shows the rule's reason in the form and records nothing; filling it in records it")
    func planNeedsReferenceAndExperts() throws {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character(">"), .enter, .character(">"))
        let form = try #require(openForm(session))
        #expect(form.value(.action) == StepAction.plan.rawValue)
        #expect(form.fields.map(\.id) == [.action, .date, .reference, .experts, .note])
        let problem = try #require(session.state.preview(form).problem)
        #expect(session.screenText.contains(Catalog.tuiCannotRecord.zh))
        session.press(.enter)
        #expect(session.recorded.count == 1)
        #expect(openForm(session) != nil, "the form stays open")
        #expect(session.state.notice == Notice(kind: .error, message: problem))
        session.press(.tab, .tab)
        session.type("清安帮〔2024〕12号")
        session.press(.tab)
        session.type("张专家、李专家")
        session.press(.enter)
        #expect(session.recorded.last?.payload == .step(StepDetails(action: .plan, date: Fixtures.today, reference: "清安帮〔2024〕12号",
                                                                   experts: ["张专家", "李专家"])))
    }

    @Test("in the demo, applying with unchecked criteria is refused with the blocking criteria named")
    func applyBlocked() throws {
        var session = Session.demo()
        let code = try #require(session.state.rows.first { code in
            let record = session.state.campaign[code]!
            return record.stage == .inProgress && !record.progress(in: session.state.campaign.catalog).isComplete
        })
        session.select(code)
        session.press(.character(">"))
        let form = try #require(openForm(session))
        #expect(form.value(.action) == StepAction.apply.rawValue)
        let problem = try #require(session.state.preview(form).problem)
        session.press(.enter)
        #expect(session.recorded.isEmpty)
        #expect(session.state.notice?.message == problem)
        #expect(session.screenText.contains(String(problem.zh.prefix(6))))
    }

    @Test("an invalid or future date is refused before anything is recorded", arguments: ["2024-13-40", "2024-09-16", ""])
    func badDate(_ date: String) throws {
        var session = Session.listing([Fixtures.profile(1, "保定华丰食品有限公司")])
        session.press(.character(">"), .tab, .control("u"))
        session.type(date)
        let form = try #require(openForm(session))
        #expect(form.value(.date) == date)
        #expect(session.state.preview(form).problem != nil)
        session.press(.enter)
        #expect(session.recorded.isEmpty)
        #expect(session.state.notice?.kind == .error)
    }

    @Test("←/→ choose another allowed action and the fields follow it; Esc cancels")
    func chooseAction() throws {
        var session = Session.demo()
        let code = try #require(session.state.rows.first { session.state.campaign[$0]!.stage == .applied
            && session.state.campaign[$0]!.profile.tier == .normalized })
        session.select(code)
        session.press(.character(">"))
        #expect(openForm(session)?.value(.action) == StepAction.accept.rawValue)
        session.press(.right)
        let form = try #require(openForm(session))
        #expect(form.value(.action) == StepAction.reject.rawValue)
        #expect(form.fields.last?.label == Catalog.tuiFieldReasons)
        session.press(.left)
        #expect(openForm(session)?.value(.action) == StepAction.accept.rawValue)
        session.press(.escape)
        #expect(session.state.mode == .normal)
        #expect(session.state.notice?.message == Catalog.tuiCancelled)
        #expect(session.recorded.isEmpty)
    }

    @Test("a problem enterprise's commitment asks for the rectification deadline")
    func problemDeadline() throws {
        var session = Session.listing([Fixtures.profile(1, "保定问题企业有限公司", tier: .problem)])
        session.press(.character(">"))
        let form = try #require(openForm(session))
        #expect(form.fields.map(\.id) == [.action, .date, .deadline, .note])
        session.press(.enter)
        #expect(session.recorded.isEmpty)
        session.press(.tab, .tab)
        session.type("2024-12-31")
        session.press(.enter)
        #expect(session.recorded.last?.payload == .step(StepDetails(action: .commit, date: Fixtures.today,
                                                                   deadline: Day(year: 2024, month: 12, day: 31))))
    }
}
