import AnxinCore
import AnxinText
import Testing
@testable import AnxinTUI

@Suite("Key map: one table drives the keys, the hint bar and the help")
struct KeyMapTests {
    let keyMap = KeyMap.standard

    @Test("no two bindings share a key in the same pane", arguments: Pane.allCases)
    func keysAreUnique(_ pane: Pane) {
        var owner: [Key: Command] = [:]
        for binding in keyMap.bindings where binding.applies(in: pane) {
            for key in binding.keys {
                #expect(owner[key] == nil, "\(key.label) is bound to \(owner[key].map(\.rawValue) ?? "") and \(binding.command.rawValue)")
                owner[key] = binding.command
            }
        }
    }

    @Test("every command is bound to at least one key")
    func everyCommandIsBound() {
        let bound = Set((keyMap.bindings + keyMap.dashboardBindings).map(\.command))
        #expect(Set(Command.allCases).subtracting(bound).isEmpty)
        #expect(keyMap.bindings.allSatisfy { !$0.keys.isEmpty })
    }

    @Test("every binding's key runs its command in every pane it applies to", arguments: Pane.allCases)
    func lookupFindsTheBinding(_ pane: Pane) {
        for binding in keyMap.bindings where binding.applies(in: pane) {
            for key in binding.keys { #expect(keyMap.command(for: key, in: pane) == binding.command) }
        }
    }

    @Test("the keys users expect are bound: arrows and j/k, PgUp/PgDn, g/G/Home/End, Tab, 1/2/3, Space, /, n/N, f, s, ?, F1, Esc, q, Ctrl-C")
    func expectedKeys() {
        let expected: [(Key, Pane, Command)] = [
            (.up, .list, .moveUp), (.character("k"), .list, .moveUp), (.down, .list, .moveDown), (.character("j"), .list, .moveDown),
            (.pageUp, .list, .pageUp), (.pageDown, .list, .pageDown), (.character("g"), .list, .top), (.home, .list, .top),
            (.character("G"), .list, .bottom), (.end, .list, .bottom), (.tab, .list, .nextPane), (.backTab, .list, .previousPane),
            (.character("1"), .timeline, .focusList), (.character("2"), .list, .focusChecklist), (.character("3"), .list, .focusTimeline),
            (.enter, .list, .open), (.character(" "), .checklist, .cycleVerdict), (.character("/"), .list, .search),
            (.character("n"), .list, .searchNext), (.character("N"), .list, .searchPrevious), (.character("f"), .list, .filterMenu),
            (.character("s"), .list, .sortMenu), (.character("?"), .list, .help), (.function(1), .checklist, .help),
            (.escape, .checklist, .back), (.character("q"), .list, .quit), (.control("c"), .timeline, .forceQuit),
            (.character("y"), .checklist, .markMet), (.character("x"), .checklist, .markUnmet),
            (.character("-"), .checklist, .markNotApplicable), (.character("c"), .checklist, .clearVerdict),
            (.character("e"), .checklist, .editNote), (.character(">"), .list, .nextStep), (.character("m"), .list, .marksMenu),
            (.character("u"), .checklist, .undo),
        ]
        for (key, pane, command) in expected {
            #expect(keyMap.command(for: key, in: pane) == command, "\(key.label) in \(pane)")
        }
        // Ticking keys do nothing outside the checklist, so a stray y on the list records nothing.
        #expect(keyMap.command(for: .character("y"), in: .list) == nil)
        #expect(keyMap.command(for: .character(" "), in: .timeline) == nil)
    }

    @Test("the help overlay lists every binding's keys and help text, whole (scrolling where the screen is short)",
          arguments: Language.allCases)
    func helpListsEveryBinding(_ language: Language) {
        var session = Session.demo(language: language, width: 120, height: 40)
        session.press(.character("?"))
        var lines: [String] = []
        for _ in 0..<20 {
            let screen = session.render()
            ScreenInvariants.check(screen)
            lines += screen.textLines()
            session.press(.character("j"))
        }
        for binding in keyMap.bindings + keyMap.dashboardBindings {
            let line = lines.first { $0.contains(binding.command.help.text(language)) && $0.contains(KeyMap.keyLabel(binding)) }
            #expect(line != nil, "help misses \(KeyMap.keyLabel(binding)) \(binding.command.help.text(language))")
        }
        #expect(lines.contains { $0.contains(Catalog.tuiHelpMouse.text(language)) })
    }

    @Test("at 80×24 the help scrolls to show every binding")
    func helpScrollsAtTheSmallestUsualSize() {
        var session = Session.demo(width: 80, height: 24)
        session.press(.function(1))
        var seen = Set<String>()
        for _ in 0..<40 {
            let screen = session.render()
            ScreenInvariants.check(screen)
            seen.formUnion(screen.textLines())
            session.press(.character("j"))
        }
        let all = seen.joined(separator: "\n")
        for binding in keyMap.bindings + keyMap.dashboardBindings {
            #expect(all.contains(KeyMap.keyLabel(binding) + " ") && all.contains(binding.command.help.zh),
                    "help at 80×24 never shows \(KeyMap.keyLabel(binding))")
        }
    }

    @Test("the hint bar shows exactly the hint bindings of the focused pane when the width allows",
          arguments: Pane.allCases, Language.allCases)
    func hintBar(_ pane: Pane, _ language: Language) {
        var session = Session.demo(language: language, width: 240, height: 40)
        session.press(.character(Character(String(pane.rawValue + 1))))
        #expect(session.state.focus == pane)
        let hint = session.render().textLines()[38]
        let expected = keyMap.hints(for: pane).map { KeyMap.keyLabel($0) + " " + $0.command.hint.text(language) }
        #expect(hint.trimmingCharacters(in: .whitespaces) == expected.joined(separator: "  "))
        // Nothing that is not a hint binding appears.
        for binding in keyMap.bindings where !binding.inHintBar || !binding.applies(in: pane)
            || !(binding.hintPanes?.contains(pane) ?? true) {
            #expect(!hint.contains(" " + KeyMap.keyLabel(binding) + " " + binding.command.help.text(language) + " "),
                    "\(KeyMap.keyLabel(binding)) is not a hint of \(pane)")
        }
    }

    @Test("a narrow hint bar shows a prefix of the same hints, cut with an ellipsis", arguments: [120, 80, 60, 40])
    func narrowHintBar(_ width: Int) {
        var session = Session.demo(width: width, height: 24)
        session.press(.character("2"))
        let hint = session.render().textLines()[22]
        let full = " " + keyMap.hints(for: .checklist).map { KeyMap.keyLabel($0) + " " + $0.command.hint.zh }.joined(separator: "  ")
        #expect(DisplayWidth.of(hint) == width)
        if DisplayWidth.of(full) <= width {
            #expect(hint.trimmingCharacters(in: .whitespaces) == full.trimmingCharacters(in: .whitespaces))
        } else {
            let kept = hint.trimmingCharacters(in: .whitespaces)
            #expect(kept.hasSuffix("…"))
            #expect(full.hasPrefix(" " + kept.dropLast()))
        }
    }
}
