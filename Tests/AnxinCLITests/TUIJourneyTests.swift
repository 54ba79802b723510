import Foundation
import Testing

extension Sandbox {
    /// The repository's demo store (`data/`, frozen today 2024-09-15), copied into a fresh sandbox: the
    /// repository's own data/ is only read. Its `.local/` (a developer's identity and lock) is not copied.
    static func demoCopy(sourceLocation: SourceLocation = #_sourceLocation) throws -> Sandbox {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let source = repository.appendingPathComponent("data").path
        let fm = FileManager.default
        try #require(fm.fileExists(atPath: "\(source)/campaign.yaml"), "the demo store is missing at \(source)",
                     sourceLocation: sourceLocation)
        let sandbox = try Sandbox()
        try fm.createDirectory(atPath: sandbox.events, withIntermediateDirectories: true)
        for file in ["campaign.yaml", "criteria.yaml"] {
            try fm.copyItem(atPath: "\(source)/\(file)", toPath: "\(sandbox.data)/\(file)")
        }
        for file in try fm.contentsOfDirectory(atPath: "\(source)/events") where file.hasSuffix(".jsonl") {
            try fm.copyItem(atPath: "\(source)/events/\(file)", toPath: "\(sandbox.events)/\(file)")
        }
        return sandbox
    }
}

/// The full-screen interface driven end to end: the real binary in tmux, each session on its own tmux server,
/// keys in with send-keys, the screen out with capture-pane, every wait a poll against a deadline.
@Suite("TUI journeys in tmux (end to end)", .timeLimit(.minutes(1)))
struct TUIJourneyTests {
    static let inspector = ["ANXIN_ACTOR": "张伟", "ANXIN_OFFICE": "清苑区"]

    /// `anxin --data DIR …` in a new tmux server, as the inspector unless told otherwise.
    static func open(_ sandbox: Sandbox, _ arguments: [String] = [], environment: [String: String] = inspector,
                     width: Int = 120, height: Int = 40,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        try TmuxSession.anxin(["--data", sandbox.data] + arguments, environment: environment, width: width, height: height,
                              home: sandbox.root, sourceLocation: sourceLocation)
    }

    /// The interface is up: the list pane and the hint bar are drawn.
    static func drawn(_ screen: String) -> Bool {
        screen.contains("企业名单") && screen.contains("Tab 窗格")
    }

    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: (1) The inspector

    @Test("inspector: / pinyin initials finds the enterprise, y ticks all 16 rows, e writes a Chinese note, > applies; reopened, it is all there and show agrees")
    func inspectorJourney() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(1)
        let name = "恒达机械有限公司"   // short: the checklist pane's title shows it whole
        // 安泰 sorts first (by pinyin and by code point alike), so the search has to move the selection;
        // 宏达 shares the initials "hd", so "hdjx" has to match the whole run of initials.
        try sandbox.add(code: CreditCodes.make(2), name: "安泰机械有限公司")
        try sandbox.add(code: CreditCodes.make(3), name: "宏达纺织有限公司", industry: "纺织")
        try sandbox.add(code: code, name: name)
        try sandbox.add(code: CreditCodes.make(4), name: "鑫源食品有限公司", industry: "食品加工")
        // 签订承诺书, 制定方案, 开始实施 by command line; the TUI takes it on to 申请验收.
        try sandbox.ok(["step", code, "commit", "--date", "2024-04-10"])
        try sandbox.ok(["step", code, "plan", "--date", "2024-04-25", "--ref", "清安帮〔2024〕12号", "--expert", "王建国"])
        try sandbox.ok(["step", code, "start", "--date", "2024-05-08"])
        let title = "检查表 · " + name
        let note = "现场核查台账齐全"

        let tui = try Self.open(sandbox, ["--today", "2024-07-20"])
        defer { tui.kill() }
        let first = try tui.waitUntil("the interface", Self.drawn)
        #expect(first.contains("张伟 · 清苑区"), "the header names who acts\n\(TmuxSession.framed(first))")
        #expect(!first.contains(title), "the enterprise must not be selected before the search\n\(TmuxSession.framed(first))")

        // `/` and the pinyin initials of 恒达机械.
        try tui.send("/")
        try tui.waitFor(text: "输入名称、代码或拼音")
        try tui.sendLiteral("hdjx")
        try tui.waitFor(text: title + " 0/12")
        try tui.send("Enter")
        try tui.waitForAbsence(of: "输入名称、代码或拼音")

        // `2` to the checklist; `y` on every row, `j` to the next: N01–N12, and N05's four levels under it.
        try tui.send("2")
        var rows: [String] = []
        for number in 1...12 {
            let id = String(format: "N%02d", number)
            rows.append(id)
            if number == 5 { rows += ["厂级", "车间", "班组", "岗位"].map { "N05 " + $0 } }
        }
        #expect(rows.count == 16)
        for (index, row) in rows.enumerated() {
            if index > 0 { try tui.send("j") }
            try tui.send("y")
            try tui.waitFor(text: "已保存：\(row) 符合")
        }
        try tui.waitFor(text: title + " 12/12")

        // `e` on N12 (the cursor is there), the note typed as Chinese text, Enter.
        try tui.send("e")
        try tui.waitFor(text: "备注 N12：")
        try tui.sendLiteral(note)
        try tui.waitFor(text: "备注 N12：" + note)
        try tui.send("Enter")
        try tui.waitFor(text: "已保存：N12 符合：" + note)
        try tui.waitFor(text: "✎ " + note)

        // `>`: the step form offers the next step first (申请验收, from 帮扶中); Enter records it.
        try tui.send(">")
        let form = try tui.waitFor(text: "记录下一步 · " + name)
        let actionLine = Self.lines(form).first { $0.contains("◀ ") && $0.contains(" ▶") } ?? "(no action field)"
        #expect(actionLine.contains("◀ 申请验收 ▶"), "the first action offered is the next step\n\(TmuxSession.framed(form))")
        try tui.send("Enter")
        try tui.waitFor(text: "已保存：申请验收")

        try tui.send("q")
        #expect(try tui.waitForExit() == 0, "q quits with status 0")
        tui.kill()

        // Reopened: find it again; the checklist shows ✓ on every row and the note; the list shows the stage.
        let again = try Self.open(sandbox, ["--today", "2024-07-20"])
        defer { again.kill() }
        try again.waitUntil("the interface", Self.drawn)
        try again.send("/")
        try again.waitFor(text: "输入名称、代码或拼音")
        try again.sendLiteral("hdjx")
        try again.waitFor(text: title + " 12/12")
        try again.send("Enter")
        try again.waitForAbsence(of: "输入名称、代码或拼音")
        // The checklist pane may be shorter than its 16 rows: read it at the top, then at the bottom (G, on N12).
        try again.send("2")
        let top = try again.waitFor(text: "✓ N01 ")
        try again.send("G")
        let screen = try again.waitFor(text: "✎ " + note)
        let shown = Self.lines(top) + Self.lines(screen)
        for number in 1...12 {
            let id = String(format: "N%02d", number)
            #expect(shown.contains { $0.contains("✓ \(id) ") }, "\(id) shows ✓\n\(TmuxSession.framed(top))\n\(TmuxSession.framed(screen))")
        }
        for level in ["厂级", "车间", "班组", "岗位"] {
            #expect(shown.contains { $0.contains("    ✓ \(level)") }, "N05 \(level) shows ✓\n\(TmuxSession.framed(top))\n\(TmuxSession.framed(screen))")
        }
        #expect(!shown.contains { $0.contains("· N") || $0.contains("未检查") },
                "nothing is left unchecked\n\(TmuxSession.framed(top))\n\(TmuxSession.framed(screen))")
        #expect(shown.contains { $0.contains("恒达机械") && $0.contains("申请验收") && $0.contains("12/12") },
                "the list row shows 申请验收 and 12/12\n\(TmuxSession.framed(screen))")
        #expect(screen.contains("N12 符合：" + note), "the timeline has the note\n\(TmuxSession.framed(screen))")
        try again.send("q")
        #expect(try again.waitForExit() == 0)
        again.kill()

        // The command line agrees.
        let card = try sandbox.card(code)
        #expect(card["stage"] as? String == "applied", "\(card)")
        let progress = try #require(card["progress"] as? [String: Any])
        #expect(progress["met"] as? Int == 12 && progress["applicable"] as? Int == 12, "\(progress)")
        #expect(progress["unchecked"] as? Int == 0 && progress["unmet"] as? Int == 0, "\(progress)")
        let checklist = try #require(card["checklist"] as? [[String: Any]])
        #expect(checklist.allSatisfy { $0["verdict"] as? String == "met" }, "\(checklist)")
        let n12 = checklist.first { $0["id"] as? String == "N12" }
        #expect(n12?["note"] as? String == note, "\(String(describing: n12))")
        #expect(n12?["actor"] as? String == "张伟" && n12?["office"] as? String == "清苑区")
        let levels = checklist.first { $0["id"] as? String == "N05" }?["levels"] as? [[String: Any]] ?? []
        #expect(levels.count == 4 && levels.allSatisfy { $0["verdict"] as? String == "met" }, "\(levels)")
        let steps = try #require(card["steps"] as? [[String: Any]])
        #expect(steps.last?["action"] as? String == "apply" && steps.last?["date"] as? String == "2024-07-20", "\(steps)")
        #expect(try sandbox.anxin(["check"]).status == 0, "the store the TUI wrote is clean")
    }

    // MARK: (2) The supervisor's filter

    /// Moves a menu's cursor from its first item to the row showing `marker` and presses Enter. The menu is the
    /// dialog titled `title` ("┌─ 筛选 ─", "┌─ 筛选 · 县区 ─"); its cursor is on the first item when it opens.
    static func choose(_ marker: String, inMenu title: String, _ tui: TmuxSession,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let top = "┌─ \(title) ─"
        let screen = try tui.waitUntil("the menu “\(title)” with “\(marker)”", sourceLocation: sourceLocation) {
            $0.contains(top) && $0.contains(marker)
        }
        let rows = lines(screen)
        let titleRow = try #require(rows.firstIndex { $0.contains(top) }, sourceLocation: sourceLocation)
        let itemRow = try #require(rows.firstIndex { $0.contains(marker) }, sourceLocation: sourceLocation)
        try #require(itemRow > titleRow, "“\(marker)” is not inside the menu\n\(TmuxSession.framed(screen))",
                     sourceLocation: sourceLocation)
        try tui.send("Down", times: itemRow - titleRow - 1, sourceLocation: sourceLocation)
        try tui.send("Enter", sourceLocation: sourceLocation)
    }

    @Test("supervisor: f → 县区 清苑区, 类别 规范化企业, 只看逾期 shows as many as anxin list --jurisdiction 清苑区 --tier 规范化 --overdue")
    func supervisorFilter() throws {
        let sandbox = try Sandbox.demoCopy()
        let cli = try #require(try sandbox.ok(["list", "--jurisdiction", "清苑区", "--tier", "规范化", "--overdue", "--format", "json"])
            .json() as? [[String: Any]])
        let all = try #require(try sandbox.ok(["list", "--format", "json"]).json() as? [[String: Any]])
        #expect(cli.count > 0, "the demo store must have overdue 规范化 enterprises in 清苑区 for this journey to mean something")

        let tui = try Self.open(sandbox, environment: ["ANXIN_ACTOR": "周局长", "ANXIN_OFFICE": "市安委办"])
        defer { tui.kill() }
        try tui.waitUntil("the interface", Self.drawn)
        try tui.send("f")
        try Self.choose("│     县区", inMenu: "筛选", tui)
        try Self.choose("[ ] 清苑区", inMenu: "筛选 · 县区", tui)
        try tui.waitFor(text: "[x] 清苑区")
        try tui.send("Escape")
        try Self.choose("│     类别", inMenu: "筛选", tui)
        try Self.choose("[ ] 规范化企业", inMenu: "筛选 · 类别", tui)
        try tui.waitFor(text: "[x] 规范化企业")
        try tui.send("Escape")
        try Self.choose("[ ] 只看逾期", inMenu: "筛选", tui)
        try tui.waitFor(text: "[x] 只看逾期")
        try tui.send("Escape")
        let screen = try tui.waitForAbsence(of: "清除全部筛选")

        // The list pane's title: 企业名单 shown/total · 筛选 清苑区 · 规范化企业 · 逾期.
        let titleLine = try #require(Self.lines(screen).first { $0.contains("企业名单 ") }, "\(TmuxSession.framed(screen))")
        let regex = try Regex(#"企业名单 ([0-9]+)/([0-9]+) · 筛选 (.+?) · 排序"#, as: (Substring, Substring, Substring, Substring).self)
        let match = try #require(titleLine.firstMatch(of: regex), "no count in the title: \(titleLine)")
        #expect(Int(match.output.1) == cli.count, "the TUI shows \(match.output.1), the command line lists \(cli.count)\n\(TmuxSession.framed(screen))")
        #expect(Int(match.output.2) == all.count, "the total \(match.output.2) is the roster's \(all.count)")
        #expect(match.output.3 == "清苑区 · 规范化企业 · 逾期", "the filter in words: \(match.output.3)")
        // Every enterprise the command line lists is on screen (the list pane has room for all of them).
        if cli.count <= 30 {
            for row in cli {
                let name = row["name"] as? String ?? ""
                #expect(screen.contains(String(name.prefix(8))), "\(name) is listed\n\(TmuxSession.framed(screen))")
            }
        }
        try tui.send("q")
        #expect(try tui.waitForExit() == 0)
    }

    // MARK: (3) Resizing

    /// A fresh session at a size, with the fourth enterprise selected (j j j): its steady screen with attributes.
    static func freshScreen(_ sandbox: Sandbox, width: Int, height: Int) throws -> String {
        let tui = try open(sandbox, width: width, height: height)
        defer { tui.kill() }
        try select(tui)
        let screen = try tui.capture(escapes: true)
        try tui.send("q")
        _ = try tui.waitForExit()
        return screen
    }

    /// Moves the selection three rows down and waits for the screen to change and settle.
    static func select(_ tui: TmuxSession) throws {
        try tui.waitUntil("the interface", drawn)
        try tui.waitForStableScreen("the first enterprise selected", drawn)
        let beforeWithAttributes = try tui.capture(escapes: true)
        try tui.send("j", times: 3)
        try tui.waitUntil("the selection to move", escapes: true) { $0 != beforeWithAttributes }
        try tui.waitForStableScreen("the fourth enterprise selected")
    }

    @Test("resize 120×40 → 60×20 → 120×40: each time laid out again, as a fresh session at that size shows it, with no leftovers")
    func resize() throws {
        let sandbox = try Sandbox.demoCopy()
        let wide = try Self.freshScreen(sandbox, width: 120, height: 40)
        let narrow = try Self.freshScreen(sandbox, width: 60, height: 20)
        let widePlain = TmuxSession.plain(wide)
        for pane in ["┌─ 企业名单", "┌─ 检查表", "┌─ 时间线"] {
            #expect(widePlain.contains(pane), "the fresh 120×40 screen shows \(pane)\n\(TmuxSession.framed(widePlain))")
        }

        let tui = try Self.open(sandbox, width: 120, height: 40)
        defer { tui.kill() }
        try Self.select(tui)
        try tui.waitForScreen(equalTo: wide, "120×40 at the start")

        try tui.resize(width: 60, height: 20)
        try tui.waitForScreen(equalTo: narrow, "after resizing to 60×20")
        let small = try tui.capture()
        let rows = Self.lines(small)
        #expect(rows.count <= 21, "at most 20 rows\n\(TmuxSession.framed(small))")
        #expect(rows.contains { $0.contains("1 企业名单") && $0.contains("2 检查表") && $0.contains("3 时间线") },
                "the tabs row shows\n\(TmuxSession.framed(small))")
        for (index, row) in rows.enumerated() {
            #expect(Columns.of(row) <= 60, "row \(index) is \(Columns.of(row)) columns wide: \(row)")
        }
        #expect(!small.contains("┌─ 检查表") && !small.contains("┌─ 时间线"), "one pane at a time\n\(TmuxSession.framed(small))")

        try tui.resize(width: 120, height: 40)
        try tui.waitForScreen(equalTo: wide, "after resizing back to 120×40")
        let big = try tui.capture()
        for pane in ["┌─ 企业名单", "┌─ 检查表", "┌─ 时间线"] {
            #expect(big.contains(pane), "\(pane) shows again\n\(TmuxSession.framed(big))")
        }
        #expect(!big.contains("1 企业名单"), "the tabs row of the narrow layout is gone\n\(TmuxSession.framed(big))")
        try tui.send("q")
        #expect(try tui.waitForExit() == 0)
    }

    // MARK: (4) NO_COLOR

    /// The rows of the list pane whose first cell (after the border) is in reverse video.
    static func reversedListRows(_ capture: String) -> [Int] {
        CapturedScreen.cells(capture).enumerated().compactMap { index, row in
            row.count > 1 && row[0].character == "│" && row[1].reverse ? index : nil
        }
    }

    @Test("NO_COLOR=1: no colour in any SGR sequence, the selection still in reverse video; without it, colours")
    func noColor() throws {
        let sandbox = try Sandbox.demoCopy()
        for noColor in [true, false] {
            let environment = noColor ? Self.inspector.merging(["NO_COLOR": "1"]) { $1 } : Self.inspector
            let tui = try Self.open(sandbox, environment: environment)
            defer { tui.kill() }
            try tui.waitUntil("the interface", Self.drawn)
            let screen = try tui.waitForStableScreen("the interface", Self.drawn)
            let capture = try tui.capture(escapes: true)
            let colours = CapturedScreen.colourAttributes(capture)
            let label = noColor ? "NO_COLOR=1" : "colours"
            if noColor {
                #expect(colours.isEmpty, "NO_COLOR=1 but the screen has colour attributes \(Set(colours).sorted())")
            } else {
                #expect(!colours.isEmpty, "without NO_COLOR the screen has colours")
            }
            #expect(CapturedScreen.sgrAttributes(capture).contains("7"), "\(label): reverse video (SGR 7) is used")
            // The selected enterprise (the first row, under the headings) is the one reversed row of the list.
            let reversed = Self.reversedListRows(capture)
            #expect(reversed == [3], "\(label): the list's selected row is shown in reverse video, and only it: rows \(reversed)\n\(TmuxSession.framed(screen))")
            try tui.send("q")
            #expect(try tui.waitForExit() == 0)
            tui.kill()
        }
    }

    // MARK: (5) A second anxin

    @Test("a second anxin while the first holds the store opens read-only (只读), refuses a tick with a message, and writes nothing")
    func secondReadOnly() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(21)
        try sandbox.add(code: code, name: "保定市清苑区双开测试机械有限公司")
        let writer = try Self.open(sandbox)
        defer { writer.kill() }
        let first = try writer.waitUntil("the interface", Self.drawn)
        #expect(first.contains("张伟 · 清苑区") && !first.contains("只读"), "the first opens for writing\n\(TmuxSession.framed(first))")
        let files = sandbox.journalFiles(), bytes = sandbox.journalBytes()

        let reader = try Self.open(sandbox, environment: ["ANXIN_ACTOR": "李娜", "ANXIN_OFFICE": "清苑区"])
        defer { reader.kill() }
        let header = try reader.waitUntil("the read-only notice") { Self.drawn($0) && $0.contains("只读") }
        #expect(Self.lines(header).first?.contains("只读") == true, "the notice is in the header\n\(TmuxSession.framed(header))")
        #expect(header.contains("另一个 anxin 正在写入"), "it says why\n\(TmuxSession.framed(header))")
        try reader.send("2")
        try reader.waitUntil("the checklist focused") { $0.contains("空格") || $0.contains("y 符合") }
        try reader.send("y")
        let refused = try reader.waitFor(text: "只读：另一个 anxin 正在写入")
        #expect(Self.lines(refused).contains { $0.contains("0/12") }, "nothing was ticked\n\(TmuxSession.framed(refused))")
        #expect(!refused.contains("已保存"))
        #expect(sandbox.journalFiles() == files && sandbox.journalBytes() == bytes, "the journal is unchanged")
        try reader.send("q")
        #expect(try reader.waitForExit() == 0)
        reader.kill()

        // The first one is the writer: its tick is saved.
        try writer.send("2")
        try writer.send("y")
        try writer.waitFor(text: "已保存：N01 符合")
        #expect(sandbox.journalBytes().count > bytes.count)
        try writer.send("q")
        #expect(try writer.waitForExit() == 0)
        #expect((try sandbox.card(code)["progress"] as? [String: Any])?["met"] as? Int == 1)
    }

    // MARK: (6) Not a terminal

    @Test("without a terminal (anxin < /dev/null | cat) it exits non-zero and points to the command-line commands")
    func notATerminal() throws {
        let sandbox = try Sandbox.store()
        for arguments in [["--data", sandbox.data], ["tui", "--data", sandbox.data]] {
            let result = try sandbox.bare(arguments)   // stdin /dev/null, stdout and stderr pipes
            #expect(result.status != 0 && !result.signaled, "\(result)")
            #expect(result.stderr.contains("终端"), "it says a terminal is needed\n\(result)")
            #expect(result.stderr.contains("anxin list") && result.stderr.contains("anxin --help"), "it names the commands\n\(result)")
            #expect(!result.stdoutBytes.contains(0x1B) && !result.stderrBytes.contains(0x1B), "no terminal control sequences\n\(result)")
        }

        // One side a terminal, the other not: stdin from /dev/null, then stdout into a pipe (| cat).
        let script = """
            "$1" --data "$2" < /dev/null; echo "stdin-redirected: exit $?"
            { "$1" --data "$2"; echo "stdout-piped: exit $?" >&2; } | cat
            """
        let tui = try TmuxSession.start(TmuxSession.command("/bin/sh", ["-c", script, "sh", Anxin.binary, sandbox.data],
                                                            environment: Self.inspector, home: sandbox.root),
                                        width: 220, height: 20, home: sandbox.root)
        defer { tui.kill() }
        #expect(try tui.waitForExit() == 0)
        let screen = try tui.capture(history: true)
        #expect(screen.contains("stdin-redirected: exit 1"), "\(TmuxSession.framed(screen))")
        #expect(screen.contains("stdout-piped: exit 1"), "\(TmuxSession.framed(screen))")
        let messages = Self.lines(screen).filter { $0.contains("anxin list") && $0.contains("终端") }
        #expect(messages.count == 2, "the message is shown both times\n\(TmuxSession.framed(screen))")
    }

    // MARK: (7) Escape sequences in data

    @Test("a name holding ESC [31m shows as inert text (␛[31m) and colours nothing red")
    func inertName() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(31)
        try sandbox.add(code: code, name: "恶意\u{1B}[31m红字\u{1B}[0m公司")
        try sandbox.ok(["note", code, "注意\u{1B}[2J\u{1B}[H清屏"])
        let tui = try Self.open(sandbox)
        defer { tui.kill() }
        let screen = try tui.waitUntil("the interface with the name") { Self.drawn($0) && $0.contains("红字") }
        #expect(screen.contains("恶意␛[31m红字␛[0m公司"), "the name shows its escape as text\n\(TmuxSession.framed(screen))")
        let settled = try tui.waitFor(text: "␛[2J␛[H清屏")   // the note in the timeline, inert: the screen was not cleared
        #expect(Self.drawn(settled))
        let capture = try tui.capture(escapes: true)
        var seen = 0
        for row in CapturedScreen.cells(capture) {
            for index in row.indices.dropLast() where row[index].character == "红" && row[index + 1].character == "字" {
                seen += 1
                #expect(!CapturedScreen.isRed(row[index].foreground) && !CapturedScreen.isRed(row[index + 1].foreground),
                        "红字 is drawn red (\(String(describing: row[index].foreground))): the name's ESC [31m reached the terminal")
            }
        }
        #expect(seen >= 2, "the name is on screen (list, checklist, timeline): seen \(seen) times\n\(TmuxSession.framed(screen))")
        try tui.send("q")
        #expect(try tui.waitForExit() == 0)
    }
}
