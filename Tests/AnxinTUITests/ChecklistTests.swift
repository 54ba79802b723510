import AnxinCore
import Testing
@testable import AnxinTUI

@Suite("Reducer: ticking, notes and undo in the checklist")
struct ChecklistTests {
    /// One normalized enterprise (its checklist has N05 with four levels) and a second one.
    static func session(access: Access = Fixtures.cityInspector, width: Int = 120, height: Int = 40) -> Session {
        Session.listing([Fixtures.profile(1, "保定华丰食品有限公司"), Fixtures.profile(2, "保定金源机械有限公司")],
                        access: access, width: width, height: height)
    }

    func lastPayload(_ session: Session) -> EventPayload? { session.recorded.last?.payload }

    func recordEffect(_ session: Session) -> EventPayload? {
        for effect in session.lastEffects { if case let .record(payload, _, _) = effect { return payload } }
        return nil
    }

    @Test("Space cycles unchecked → met → unmet → not applicable → unchecked, recording each verdict")
    func spaceCycles() {
        var session = Self.session()
        session.selectRow("N01")
        let expected: [(EventPayload, Verdict)] = [
            (.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), .met),
            (.ticked(Tick(criterion: CriterionID("N01"), verdict: .unmet)), .unmet),
            (.ticked(Tick(criterion: CriterionID("N01"), verdict: .notApplicable)), .notApplicable),
            (.cleared(criterion: CriterionID("N01"), level: nil), .unchecked),
        ]
        for (payload, verdict) in expected {
            session.press(.character(" "))
            #expect(recordEffect(session) == payload)
            #expect(lastPayload(session) == payload)
            #expect(session.verdict("N01") == verdict)
            #expect(session.state.notice?.kind == .info, "a saved change is confirmed on the message line")
        }
        #expect(session.recorded.count == 4)
        #expect(session.recorded.allSatisfy { $0.enterprise == Fixtures.code(1) && $0.office == Fixtures.config.cityOffice })
    }

    @Test("y, x, - and c record met, unmet, not applicable and clear")
    func directVerdicts() {
        var session = Self.session()
        session.selectRow("N03")
        session.press(.character("y"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N03"), verdict: .met)))
        session.press(.character("x"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N03"), verdict: .unmet)))
        session.press(.character("-"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N03"), verdict: .notApplicable)))
        session.press(.character("c"))
        #expect(lastPayload(session) == .cleared(criterion: CriterionID("N03"), level: nil))
        #expect(session.verdict("N03") == .unchecked)
        #expect(session.recorded.count == 4)
        // Clearing an unchecked row has nothing to record.
        session.press(.character("c"))
        #expect(session.lastEffects.isEmpty)
        #expect(session.recorded.count == 4)
    }

    @Test("a verdict keeps the row's note")
    func verdictKeepsTheNote() {
        var session = Self.session()
        session.selectRow("N02")
        session.press(.character("y"), .character("e"))
        session.type("持证上岗")
        session.press(.enter, .character("x"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N02"), verdict: .unmet, note: "持证上岗")))
    }

    @Test("N05's levels are separate rows under it, ticked one by one; the criterion is met when all are")
    func levelsAreRows() {
        var session = Self.session()
        let rows = session.state.checklistRows
        let n05 = rows.firstIndex { $0.criterion.id.value == "N05" && $0.level == nil }!
        #expect(rows[(n05 + 1)...(n05 + 4)].map(\.level) == [.plant, .workshop, .team, .post])
        #expect(rows.filter { $0.level != nil }.allSatisfy { $0.criterion.id.value == "N05" })
        let screen = session.render().textLines().joined(separator: "\n")
        for label in ["厂级", "车间", "班组", "岗位"] { #expect(screen.contains(label)) }

        session.selectRow("N05", level: .workshop)
        session.press(.character("y"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N05"), level: .workshop, verdict: .met)))
        #expect(session.verdict("N05", level: .workshop) == .met)
        #expect(session.verdict("N05", level: .plant) == .unchecked)
        #expect(session.verdict("N05") == .unchecked)
        for level in [CheckLevel.plant, .team, .post] {
            session.selectRow("N05", level: level)
            session.press(.character("y"))
        }
        #expect(session.verdict("N05") == .met)
        session.selectRow("N05", level: .post)
        session.press(.character("x"))
        #expect(session.verdict("N05") == .unmet)
    }

    @Test("a verdict on the N05 row itself applies to every level")
    func wholeN05() {
        var session = Self.session()
        session.selectRow("N05")
        session.press(.character("-"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N05"), verdict: .notApplicable)))
        for level in CheckLevel.allCases { #expect(session.verdict("N05", level: level) == .notApplicable) }
    }

    @Test("c on the N05 row clears every level, also when only some levels are ticked")
    func clearPartlyTickedN05() {
        var session = Self.session()
        session.selectRow("N05", level: .plant)
        session.press(.character("y"))
        session.selectRow("N05")
        #expect(session.verdict("N05") == .unchecked)
        let before = session.recorded.count
        session.press(.character("c"))
        #expect(session.recorded.count == before + 1, "c on a partly ticked N05 records nothing: its plant level stays met")
        #expect(session.verdict("N05", level: .plant) == .unchecked)
    }

    @Test("e on an unchecked row is refused with the reason, and opens no editor")
    func noteNeedsAVerdict() {
        var session = Self.session()
        session.selectRow("N01")
        session.press(.character("e"))
        #expect(session.state.mode == .normal)
        #expect(session.state.notice == Notice(kind: .error, message: Catalog.tuiNoteNeedsVerdict))
        #expect(session.render().textLines()[39].contains(Catalog.tuiNoteNeedsVerdict.zh))
    }

    @Test("e on the N05 row asks for one of its levels")
    func noteNeedsALevel() {
        var session = Self.session()
        session.selectRow("N05")
        session.press(.character("y"), .character("e"))
        #expect(session.state.mode == .normal)
        #expect(session.state.notice?.message == Catalog.tuiNoteNeedsLevel)
    }

    @Test("e opens the note editor; Chinese text typed and Enter record the tick with that note")
    func writeANote() {
        var session = Self.session()
        session.selectRow("N05", level: .team)
        session.press(.character("x"), .character("e"))
        guard case .note(_, let criterion, let level) = session.state.mode else {
            Issue.record("no note editor")
            return
        }
        #expect(criterion == CriterionID("N05") && level == .team)
        session.type("班组隐患台账缺失，限期补齐")
        #expect(session.render().textLines()[39].contains("班组隐患台账缺失，限期补齐"))
        session.press(.enter)
        #expect(session.state.mode == .normal)
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N05"), level: .team, verdict: .unmet,
                                                       note: "班组隐患台账缺失，限期补齐")))
        // The checklist shows the note mark and, for the selected row, the note itself.
        let screen = session.render().textLines().joined(separator: "\n")
        #expect(screen.contains("✎ 班组隐患台账缺失"))
    }

    @Test("Esc in the note editor cancels and records nothing")
    func cancelANote() {
        var session = Self.session()
        session.selectRow("N02")
        session.press(.character("y"))
        let before = session.recorded.count
        session.press(.character("e"))
        session.type("不要保存")
        session.press(.escape)
        #expect(session.state.mode == .normal)
        #expect(session.recorded.count == before)
        #expect(session.state.notice?.message == Catalog.tuiCancelled)
        // Enter without a change records nothing either.
        session.press(.character("e"), .enter)
        #expect(session.recorded.count == before)
    }

    @Test("keys typed in the note editor are text, not commands")
    func editorTakesTheKeys() {
        var session = Self.session()
        session.selectRow("N02")
        session.press(.character("y"), .character("e"))
        session.type("qyx/?")
        session.press(.enter)
        #expect(session.quit == false)
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N02"), verdict: .met, note: "qyx/?")))
    }

    @Test("Ctrl-U then Enter removes a note")
    func removeANote() {
        var session = Self.session()
        session.selectRow("N02")
        session.press(.character("y"), .character("e"))
        session.type("旧备注")
        session.press(.enter, .character("e"), .control("u"), .enter)
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N02"), verdict: .met, note: nil)))
    }

    @Test("u undoes your last tick by recording its inverse, newest first")
    func undo() {
        var session = Self.session()
        session.selectRow("N01")
        session.press(.character("y"))
        session.selectRow("N02")
        session.press(.character("y"), .character("x"))
        session.press(.character("u"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N02"), verdict: .met)))
        #expect(session.verdict("N02") == .met)
        session.press(.character("u"))
        #expect(lastPayload(session) == .cleared(criterion: CriterionID("N02"), level: nil))
        session.press(.character("u"))
        #expect(lastPayload(session) == .cleared(criterion: CriterionID("N01"), level: nil))
        #expect(session.verdict("N01") == .unchecked)
        let count = session.recorded.count
        session.press(.character("u"))
        #expect(session.recorded.count == count)
        #expect(session.state.notice == Notice(kind: .error, message: Catalog.tuiNothingToUndo))
    }

    @Test("u restores the note a note edit replaced")
    func undoANote() {
        var session = Self.session()
        session.selectRow("N04")
        session.press(.character("y"), .character("e"))
        session.type("第一次")
        session.press(.enter, .character("e"), .control("u"))
        session.type("第二次")
        session.press(.enter, .character("u"))
        #expect(lastPayload(session) == .ticked(Tick(criterion: CriterionID("N04"), verdict: .met, note: "第一次")))
    }

    @Test("u with nothing to undo says so and records nothing")
    func nothingToUndo() {
        var session = Self.session()
        session.press(.character("u"))
        #expect(session.recorded.isEmpty)
        #expect(session.state.notice?.message == Catalog.tuiNothingToUndo)
    }

    @Test("read-only access refuses every change with a notice naming the reason", arguments: [
        [Key.character("2"), .character(" ")], [.character("2"), .character("y")], [.character("2"), .character("x")],
        [.character("2"), .character("-")], [.character("2"), .character("c")], [.character("2"), .character("e")],
        [.character(">")], [.character("m")], [.character("u")],
    ])
    func readOnly(_ keys: [Key]) {
        var session = Self.session(access: Fixtures.readOnly)
        session.press(keys)
        #expect(session.state.mode == .normal)
        #expect(session.recorded.isEmpty)
        #expect(!session.lastEffects.contains { if case .record = $0 { true } else { false } })
        #expect(session.state.notice == Notice(kind: .error, message: Catalog.tuiReadOnly(Catalog.tuiLockedByOther)))
        let screen = session.render().textLines()
        #expect(screen[0].contains("只读"))
        #expect(screen[39].contains("只读"))
    }

    @Test("read-only access still moves, searches, filters and shows help")
    func readOnlyBrowses() {
        var session = Self.session(access: Fixtures.readOnly)
        session.press(.character("/"), .character("j"), .character("i"), .character("n"), .enter)
        #expect(session.selectedName == "保定金源机械有限公司")
        session.press(.character("f"))
        #expect(session.state.mode == .menu(Menu(.filterDimensions)))
        session.press(.escape, .character("?"))
        #expect(session.state.mode == .help(scroll: 0))
    }

    @Test("a tick the rules refuse shows the rule's reason and changes nothing")
    func refusedTick() throws {
        // An office that does not manage the enterprise.
        let outsider = Access.readWrite(actor: "赵六", office: Fixtures.secondJurisdiction)
        var session = Self.session(access: outsider)
        session.selectRow("N01")
        session.press(.character("y"))
        let refusal = try #require(session.refusals.last)
        #expect(session.recorded.isEmpty)
        #expect(session.verdict("N01") == .unchecked)
        #expect(session.state.notice == Notice(kind: .error, message: refusal))
        #expect(session.state.undoStack.isEmpty, "a refused change leaves nothing to undo")
        #expect(session.render().textLines()[39].contains(String(refusal.zh.prefix(10))))
    }
}
