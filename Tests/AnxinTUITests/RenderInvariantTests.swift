import AnxinCore
import AnxinText
import Testing
@testable import AnxinTUI
import AnxinTestSupport

/// Whatever the data, the size and the mode, a rendered screen is sound: every row exactly as wide as the
/// screen, no control character in any cell, every wide character followed by its continuation cell.
@Suite("Rendering invariants")
struct RenderInvariantTests {
    static let sizes: [(Int, Int)] = [(0, 0), (1, 1), (10, 5), (30, 8), (39, 12), (40, 11), (40, 12), (47, 14),
                                      (53, 15), (61, 17), (81, 25), (119, 40), (120, 12), (200, 60)]

    /// Key sequences that open every mode and pane.
    static let modes: [(String, [Key])] = [
        ("list", []),
        ("checklist", [.enter, .character("j"), .character("j"), .character("j"), .character("j"), .character("j")]),
        ("timeline", [.character("3")]),
        ("help", [.character("?")]),
        ("help scrolled", [.character("?")] + Array(repeating: .pageDown, count: 5)),
        ("filter", [.character("f")]),
        ("filter values", [.character("f"), .enter, .character(" "), .character("G")]),
        ("sort", [.character("s")]),
        ("marks", [.character("m")]),
        ("mark form", [.character("m"), .character("G"), .enter]),
        ("step form", [.character(">")]),
        ("search", [.character("/"), .character("b"), .character("d")]),
        ("note", [.enter, .character("y"), .character("e")] + "备注\u{301}👷🏽‍♀️".map { Key.character($0) }),
        ("unbound key", [.character("z")]),
    ]

    /// The sessions every mode is tried on, made once per size (sessions are values: each test works on a copy).
    static let sessions: [[(String, Session)]] = sizes.map { width, height in
        [("demo", Session.demo(width: width, height: height)),
         ("demo en", Session.demo(language: .en, width: width, height: height)),
         ("read-only", Session.demo(access: Fixtures.readOnly, width: width, height: height)),
         ("hostile", Fixtures.hostileSession(width: width, height: height))]
    }

    @Test("every mode renders soundly at every size, from 0×0 to 200×60", arguments: modes.map(\.0))
    func everyModeAtEverySize(_ mode: String) throws {
        let keys = try #require(Self.modes.first { $0.0 == mode }?.1)
        for bases in Self.sessions {
            for (name, base) in bases {
                var session = base
                session.press(keys)
                ScreenInvariants.check(session.render(), "\(name) \(mode)")
                if name == "hostile", ["list", "checklist", "timeline"].contains(mode) {
                    // Every hostile enterprise, selected in turn.
                    for _ in session.state.rows.indices.dropFirst() {
                        session.press(.down)
                        ScreenInvariants.check(session.render(), "\(name) \(mode) row \(session.state.listCursor)")
                    }
                }
            }
        }
    }

    @Test("below 40×12 only the notice shows, in both languages, centred, and never a crash", arguments: Self.sizes.filter {
        $0.0 < Layout.minimumWidth || $0.1 < Layout.minimumHeight
    }.map { [$0.0, $0.1] })
    func tooSmall(_ size: [Int]) {
        for language in Language.allCases {
            var session = Session.demo(language: language, width: size[0], height: size[1])
            session.press(.character("?"))
            let screen = session.render()
            ScreenInvariants.check(screen)
            let text = screen.textLines().joined()
            #expect(!text.contains("┌") && !text.contains("│"), "no pane is drawn below the minimum")
            if size[0] >= 30 && size[1] >= 3 {
                #expect(text.contains("40") && text.contains("12"), "the notice names the minimum size")
            }
        }
    }

    @Test("resizing through every size keeps the state consistent and the screen sound")
    func resizing() {
        var session = Fixtures.hostileSession()
        session.press(.character("G"), .enter, .character("G"))
        for (width, height) in Self.sizes + Self.sizes.reversed() {
            session.resize(width: width, height: height)
            ScreenInvariants.check(session.render(), "after resizing to \(width)×\(height)")
            #expect(session.state.listCursor < session.state.rows.count)
        }
    }

    @Test("random key presses, clicks and resizes never break the screen", arguments: [1, 2, 3] as [UInt64])
    func randomSessions(_ seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
                           .delete, .left, .right, .function(1), .control("u")]
            + "jkgG123 yx-ce>m/nNfsu?q安全👷🏽‍♀️\u{1B}\u{7}é\u{301}".map { Key.character($0) }
        let sizes: [(Int, Int)] = [(120, 40), (80, 24), (60, 20), (40, 12), (30, 8), (150, 45)]
        var session = seed % 2 == 0 ? Session.demo(width: 80, height: 24) : Fixtures.hostileSession(width: 80, height: 24)
        for step in 0..<300 {
            switch random.next() % 20 {
            case 0:
                let (width, height) = sizes[Int(random.next() % UInt64(sizes.count))]
                session.resize(width: width, height: height)
            case 1:
                let kind: MouseEvent.Kind = [.click, .wheelUp, .wheelDown][Int(random.next() % 3)]
                session.press(.mouse(MouseEvent(kind, x: Int(random.next() % 130), y: Int(random.next() % 45))))
            default:
                session.press(keys[Int(random.next() % UInt64(keys.count))])
            }
            if step % 6 == 0 { ScreenInvariants.check(session.render(), "seed \(seed) step \(step)") }
            #expect(session.state.rows.isEmpty || session.state.rows.indices.contains(session.state.listCursor))
            #expect(session.state.checklistRows.isEmpty || session.state.checklistRows.indices.contains(session.state.checklistCursor))
        }
        ScreenInvariants.check(session.render(), "seed \(seed) at the end")
    }
}

@Suite("Hostile names are shown inert and cut cleanly")
struct HostileTextTests {
    func row(_ screen: ScreenBuffer, containing prefix: String) -> String? {
        screen.textLines().first { $0.contains("│" + prefix) }
    }

    @Test("a name holding escape sequences, a newline, a tab and a bell shows them as visible pictures")
    func escapesAreInert() throws {
        let session = Fixtures.hostileSession(width: 120, height: 40)
        let screen = session.render()
        let line = try #require(row(screen, containing: "红色"))
        #expect(line.contains("红色␛[31m警告␛[0m⏎换行"))
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                #expect(!screen[x, y].text.unicodeScalars.contains(where: ScreenInvariants.isControl))
            }
        }
    }

    @Test("a wide character on the cut column of the name cell is dropped whole; the cut ends with … and is padded")
    func wideCharacterAtTheCut() throws {
        // Names of one, two and three ASCII letters before the Chinese: whatever the name cell's width, one of
        // them puts a wide character across the cut column. Each cell must still be exactly the cell's width,
        // end with "…" (padded with one blank when a wide character had to go), and split no character.
        for (width, height) in [(120, 40), (80, 24), (60, 20)] {
            let screen = Fixtures.hostileSession(width: width, height: height).render()
            let inner = (screen.width >= Layout.sideBySideWidth ? screen.width * 3 / 5 : screen.width) - 2
            let nameWidth = ListPane.columns(for: inner).name
            var paddedCuts = 0
            for prefix in ["A宽", "AB宽", "ABC宽"] {
                let line = try #require(row(screen, containing: prefix))
                let cell = cellText(line.dropFirst(), columns: nameWidth)
                #expect(DisplayWidth.of(cell) == nameWidth, "\(width)×\(height): \(cell)")
                #expect(cell.hasSuffix("…") || cell.hasSuffix("… "), "\(width)×\(height): \(cell)")
                if cell.hasSuffix("… ") { paddedCuts += 1 }
            }
            #expect(paddedCuts >= 1, "\(width)×\(height): one of the names must put a wide character on the cut")
        }
    }

    /// The first `columns` display columns of a line.
    func cellText(_ line: Substring, columns: Int) -> String {
        var text = "", used = 0
        for character in line {
            let width = DisplayWidth.of(character)
            if used + width > columns { break }
            text.append(character)
            used += width
        }
        return text
    }

    @Test("emoji with modifiers and joiners, flags and combining marks keep the columns aligned")
    func emojiAndCombiningMarks() {
        let screen = Fixtures.hostileSession(width: 80, height: 24).render()
        // Every data row puts the jurisdiction at the same column.
        let columns = screen.textLines().filter { $0.contains("竞秀区") }.map { line -> Int in
            let prefix = line[..<line.range(of: "竞秀区")!.lowerBound]
            return DisplayWidth.of(prefix)
        }
        #expect(columns.count == Fixtures.hostileNames.count)
        #expect(Set(columns).count == 1, "jurisdictions start at columns \(columns)")
        #expect(screen.textLines().contains { $0.contains("Café Société 组合字符ñ公司") })
        #expect(screen.textLines().contains { $0.contains("🏭工厂👷🏽‍♀️女工🇨🇳安全有限公司") })
    }

    @Test("bidirectional overrides are removed, so a name cannot reorder what follows it")
    func bidiRemoved() {
        let screen = Fixtures.hostileSession(width: 80, height: 24).render()
        #expect(screen.textLines().contains { $0.contains("RTL反转覆盖公司") })
    }

    @Test("a note with escape sequences is shown inert in the checklist, the timeline and the message line")
    func notesAreInert() {
        var session = Fixtures.hostileSession(width: 120, height: 40)
        session.select(Fixtures.hostileProfiles[3].code)
        session.press(.enter)
        let text = session.screenText
        #expect(text.contains("✎ 备注␛]0;hacked␇标题"))
        #expect(text.contains("N01 符合：备注␛]0;hacked␇"))
        // Saving a tick echoes its note on the message line: inert there too.
        session.press(.character("e"), .end)
        session.type("\u{1B}[5m")
        session.press(.enter)
        let message = session.render().textLines()[39]
        #expect(message.contains("␛[5m"))
        ScreenInvariants.check(session.render())
    }

    @Test("a pane title holding control characters is measured as it is shown, so it is not cut early")
    func titleMeasuredInert() throws {
        // At 80×24 the checklist box is 80 wide: "检查表 · <name> 1/12" is 50 columns once inert and fits.
        var session = Fixtures.hostileSession(width: 80, height: 24)
        session.select(Fixtures.hostileProfiles[3].code)
        session.press(.enter)
        let title = session.render().textLines()[2]
        #expect(title.contains("响铃公司 1/12 ─"), "title reads \(title)")
    }

    @Test("the header keeps the read-only notice visible at every width")
    func readOnlyBadge() {
        var session = Session.demo(access: Fixtures.readOnly, width: 40, height: 12)
        for width in 40...130 {
            session.resize(width: width, height: 12)
            let screen = session.render()
            ScreenInvariants.check(screen, "read-only header at \(width)")
            #expect(screen.textLines()[0].hasSuffix(" 只读 "))
        }
    }
}

@Suite("Screen buffer: wide characters are never left half-drawn")
struct ScreenBufferTests {
    @Test("writing over the right half of a wide character blanks its left half")
    func overwriteRightHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.write("中文", x: 0, y: 0)
        screen.write("a", x: 1, y: 0)
        #expect(screen.textLines() == [" a文  "])
        #expect(ScreenInvariants.problems(screen).isEmpty)
    }

    @Test("writing over the left half of a wide character blanks its right half")
    func overwriteLeftHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.write("中文", x: 0, y: 0)
        screen.write("a", x: 2, y: 0)
        #expect(screen.textLines() == ["中a   "])
        #expect(ScreenInvariants.problems(screen).isEmpty)
    }

    @Test("a wide character written one column off over other wide characters leaves no half behind")
    func wideOverWideShifted() {
        var screen = ScreenBuffer(width: 8, height: 1)
        screen.write("中文中文", x: 0, y: 0)
        screen.write("只读", x: 1, y: 0)
        #expect(ScreenInvariants.problems(screen).isEmpty, "\(ScreenInvariants.problems(screen))")
        #expect(screen.textLines() == [" 只读 文"])
    }

    @Test("a wide character that does not fit before the limit becomes a blank")
    func clipAtLimit() {
        var screen = ScreenBuffer(width: 6, height: 1)
        let written = screen.write("ab中文", x: 0, y: 0, limit: 5)
        #expect(written == 5)
        #expect(screen.textLines() == ["ab中  "])
        #expect(ScreenInvariants.problems(screen).isEmpty)
    }

    @Test("writes outside the screen are ignored")
    func outside() {
        var screen = ScreenBuffer(width: 4, height: 2)
        screen.write("中文中文", x: -1, y: 0)
        screen.write("x", x: 9, y: 1)
        screen.write("x", x: 0, y: 5)
        screen.fill(Rect(x: -3, y: -3, width: 100, height: 4))
        #expect(ScreenInvariants.problems(screen).isEmpty, "\(ScreenInvariants.problems(screen)) \(screen.textLines())")
        let empty = ScreenBuffer(width: 0, height: 0)
        #expect(empty.textLines().isEmpty && empty.styleLines().isEmpty)
    }

    // Run in a child process: the failure is a crash, which would otherwise end the whole test run.
    @Test("filling a rectangle that lies wholly outside the screen does nothing (no crash)")
    func fillOutside() async {
        await #expect(processExitsWith: .success) {
            var screen = ScreenBuffer(width: 4, height: 2)
            screen.fill(Rect(x: 0, y: 5, width: 4, height: 1))
            screen.fill(Rect(x: 9, y: 0, width: 2, height: 2))
            screen.fill(Rect(x: -3, y: -3, width: 100, height: 1))
        }
    }

    @Test("control characters written to the buffer become visible pictures")
    func inert() {
        var screen = ScreenBuffer(width: 10, height: 1)
        screen.write("a\u{1B}[1m\n\tb", x: 0, y: 0)
        #expect(screen.textLines() == ["a␛[1m⏎ b  "])
    }
}

@Suite("The English interface")
struct EnglishTests {
    @Test("the English help uses no Chinese punctuation around the pane names")
    func helpPunctuation() {
        var session = Session.demo(language: .en, width: 120, height: 40)
        session.press(.character("?"))
        let text = session.screenText
        #expect(text.contains("open (Enterprises)"), "the help reads \(text.components(separatedBy: "\n").first { $0.contains("open") } ?? "")")
        // The help's own lines (the campaign's Chinese data elsewhere on screen may hold any punctuation).
        let helpLines = text.components(separatedBy: "\n").filter { $0.contains("(Enterprises") || $0.contains("(Checklist") }
        #expect(!helpLines.isEmpty)
        for line in helpLines {
            for mark in ["（", "）", "、"] { #expect(!line.contains(mark), "English help shows \(mark): \(line)") }
        }
    }

    @Test("the English note prompt uses an ASCII colon")
    func notePrompt() {
        var session = ChecklistTests.session()
        session.state.language = .en
        session.selectRow("N01")
        session.press(.character("y"), .character("e"))
        let line = session.render().textLines()[39]
        #expect(line.hasPrefix("note N01: "), "the prompt reads \(line.prefix(16))")
    }
}
