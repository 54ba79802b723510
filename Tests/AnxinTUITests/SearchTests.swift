import AnxinCore
import Testing
@testable import AnxinTUI

@Suite("Reducer: / searches names, credit codes and pinyin; n and N cycle")
struct SearchTests {
    /// Sorted by name: 保定华丰食品, 北斗机械厂, 河北安泰化工 — "bd" is the initials of the first two.
    static func session() -> Session {
        Session.listing([Fixtures.profile(1, "河北安泰化工有限公司"), Fixtures.profile(2, "保定华丰食品有限公司"),
                         Fixtures.profile(3, "北斗机械厂")])
    }

    @Test("the rows are in name order")
    func order() {
        let session = Self.session()
        #expect(session.state.rows.map { session.state.campaign[$0]!.profile.name } == ["保定华丰食品有限公司", "北斗机械厂", "河北安泰化工有限公司"])
    }

    @Test("typing a part of a name jumps to it as you type; Enter keeps it")
    func byName() {
        var session = Self.session()
        session.press(.character("/"))
        session.type("安泰")
        #expect(session.selectedName == "河北安泰化工有限公司")
        #expect(session.render().textLines()[39].hasPrefix("/安泰"))
        session.press(.enter)
        #expect(session.state.mode == .normal)
        #expect(session.state.search == "安泰")
        #expect(session.selectedName == "河北安泰化工有限公司")
    }

    @Test("a credit code or part of it finds the enterprise, in either case")
    func byCode() {
        var session = Self.session()
        let code = Fixtures.code(3).value
        session.press(.character("/"))
        session.type(String(code.suffix(6)).lowercased())
        #expect(session.selectedName == "北斗机械厂")
        session.press(.escape)
        #expect(session.state.listCursor == 0, "Esc goes back to where the search began")
    }

    @Test("full pinyin finds an enterprise: \"baoding\"")
    func byFullPinyin() {
        var session = Self.session()
        session.press(.character("G"), .character("/"))
        session.type("baoding")
        #expect(session.selectedName == "保定华丰食品有限公司")
        session.press(.escape, .character("/"))
        session.type("anta")
        #expect(session.selectedName == "河北安泰化工有限公司")
    }

    @Test("pinyin initials find an enterprise: \"bd\"; n and N cycle through the matches, wrapping")
    func byInitials() {
        var session = Self.session()
        session.press(.character("G"), .character("/"))
        session.type("bd")
        #expect(session.selectedName == "保定华丰食品有限公司")
        session.press(.enter, .character("n"))
        #expect(session.selectedName == "北斗机械厂")
        session.press(.character("n"))
        #expect(session.selectedName == "保定华丰食品有限公司")
        session.press(.character("N"))
        #expect(session.selectedName == "北斗机械厂")
        session.press(.character("N"))
        #expect(session.selectedName == "保定华丰食品有限公司")
    }

    @Test("↓ and ↑ go to the next and previous match while typing")
    func arrowsWhileTyping() {
        var session = Self.session()
        session.press(.character("/"))
        session.type("bd")
        session.press(.down)
        #expect(session.selectedName == "北斗机械厂")
        session.press(.up)
        #expect(session.selectedName == "保定华丰食品有限公司")
        #expect(session.state.mode != .normal)
    }

    @Test("a search without a match says so and stays where it was")
    func noMatch() {
        var session = Self.session()
        session.press(.character("j"), .character("/"))
        session.type("zzq")
        #expect(session.state.listCursor == 1)
        #expect(session.state.notice?.message == Catalog.tuiNoMatch("zzq"))
        session.press(.enter)
        #expect(session.state.notice?.message == Catalog.tuiNoMatch("zzq"))
    }

    @Test("n before any search says how to search")
    func nWithoutSearch() {
        var session = Self.session()
        session.press(.character("n"))
        #expect(session.state.notice?.message == Catalog.tuiNoSearch)
    }

    @Test("searching moves the focus to the list and loads the found enterprise's timeline")
    func searchFocusesTheList() {
        var session = Self.session()
        session.press(.character("3"), .character("/"))
        session.type("北斗")
        #expect(session.state.focus == .list)
        #expect(session.state.timelineFor == Fixtures.code(3))
    }

    @Test("in the demo, pinyin and a code find the same enterprise as its name")
    func demoSearch() throws {
        var session = Session.demo()
        let target = try #require(session.state.rows.dropFirst(40).first)
        let name = session.state.campaign[target]!.profile.name
        session.press(.character("/"))
        session.type(target.value)
        #expect(session.state.selectedCode == target)
        session.press(.escape, .character("/"))
        session.type(name)
        #expect(session.state.selectedCode == target)
    }
}

@Suite("Line editor: moves and deletes by grapheme")
struct LineEditorTests {
    @Test("Chinese characters are one step each")
    func chinese() {
        var editor = LineEditor("安全生产")
        editor.deleteBackward()
        #expect(editor.text == "安全生")
        editor.moveLeft()
        editor.deleteBackward()
        #expect(editor.text == "安生")
        #expect(editor.cursor == 1)
        editor.insert("全")
        #expect(editor.text == "安全生")
        editor.moveHome()
        editor.deleteForward()
        #expect(editor.text == "全生")
    }

    @Test("an emoji with a skin tone and a gender sign, and a flag, are one step each")
    func emoji() {
        var editor = LineEditor("a👷🏽‍♀️🇨🇳b")
        #expect(editor.characters.count == 4)
        editor.moveLeft()
        editor.deleteBackward()
        #expect(editor.text == "a👷🏽‍♀️b")
        editor.deleteBackward()
        #expect(editor.text == "ab")
    }

    @Test("a letter with combining accents is one step")
    func combining() {
        var editor = LineEditor("Cafe\u{301}")
        editor.deleteBackward()
        #expect(editor.text == "Caf")
        var second = LineEditor("n\u{303}\u{301}x")
        second.moveHome()
        second.deleteForward()
        #expect(second.text == "x")
    }

    @Test("a grapheme typed one scalar at a time (as the terminal delivers it) is still one step", arguments: [
        "e\u{301}", "👷🏽\u{200D}♀\u{FE0F}", "🇨🇳", "n\u{303}",
    ])
    func typedScalarByScalar(_ grapheme: String) {
        var editor = LineEditor()
        _ = editor.handle(.character("a"))
        for scalar in grapheme.unicodeScalars { _ = editor.handle(.character(Character(scalar))) }
        #expect(editor.text == "a" + grapheme)
        #expect(editor.characters.count == 2, "\(grapheme.unicodeScalars.count) scalars became \(editor.characters.count - 1) steps")
        _ = editor.handle(.backspace)
        #expect(editor.text == "a", "one Backspace should delete the whole \(grapheme.debugDescription)")
    }

    @Test("a combining mark typed after a letter is drawn, and so is what follows it")
    func combiningTypedIsDrawn() {
        var session = Session.demo()
        session.press(.character("/"), .character("e"), .character("\u{301}"), .character("x"))
        let line = session.render().textLines()[39]
        #expect(line.hasPrefix("/e\u{301}x"), "the message line shows \(line.prefix(8).debugDescription)")
    }

    @Test("Home, End, Ctrl-A, Ctrl-E move; Del deletes forward; Ctrl-U clears; newlines are dropped")
    func keys() {
        var editor = LineEditor("保定")
        #expect(editor.handle(.home) && editor.cursor == 0)
        #expect(editor.handle(.end) && editor.cursor == 2)
        #expect(editor.handle(.control("a")) && editor.cursor == 0)
        #expect(editor.handle(.delete) && editor.text == "定")
        #expect(editor.handle(.control("e")) && editor.cursor == 1)
        #expect(editor.handle(.left) && editor.cursor == 0)
        #expect(editor.handle(.left) && editor.cursor == 0)
        #expect(editor.handle(.right) && editor.handle(.right) && editor.cursor == 1)
        editor.insert("市\n清苑")
        #expect(editor.text == "定市清苑")
        #expect(editor.handle(.control("u")) && editor.text.isEmpty && editor.cursor == 0)
        #expect(!editor.handle(.enter) && !editor.handle(.escape) && !editor.handle(.tab))
        editor.deleteBackward()
        editor.deleteForward()
        #expect(editor.text.isEmpty)
    }

    @Test("the editor scrolls so the cursor stays visible in a long text")
    func longTextScrolls() {
        var session = Session.demo(width: 40, height: 12)
        session.press(.character("/"))
        session.type(String(repeating: "安全生产", count: 20))
        let line = session.render().textLines()[11]
        ScreenInvariants.check(session.render())
        #expect(line.hasPrefix("/"))
        #expect(session.render().styleLines()[11].contains("#"), "the cursor cell is shown")
    }
}
