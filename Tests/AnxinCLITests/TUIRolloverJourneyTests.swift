import Foundation
import Testing

/// The next campaign year from the full-screen interface: Y, start the year, confirm the proposals.
@Suite("TUI: the next campaign year in tmux (end to end)", .timeLimit(.minutes(1)))
struct TUIRolloverJourneyTests {
    static let cityOffice = ["ANXIN_ACTOR": "李主任", "ANXIN_OFFICE": "市安委办"]

    @Test("city office: Y, start 2025 (confirmed), the header says 2025; Y again confirms every proposal; the CLI agrees")
    func startYearAndConfirm() throws {
        let sandbox = try Sandbox.demoCopy()
        try sandbox.ok(["whoami", "--name", "李主任", "--office", "市安委办"])
        let tui = try TUIJourneyTests.open(sandbox, environment: Self.cityOffice)
        try tui.waitUntil("the interface", TUIJourneyTests.drawn)
        try tui.send("Y")
        try tui.waitFor(text: "开始 2025 年度")
        try tui.send("G", "Enter")
        // The confirmation starts on 取消: Enter there changes nothing.
        try tui.waitFor(text: "确认开始 2025 年度")
        try tui.send("Up", "Enter")
        try tui.waitFor(text: "已开始 2025 年度", timeout: 20)
        try tui.waitFor(text: "保定市 2025")
        try tui.send("Y")
        let menu = try tui.waitFor(text: "全部确认")
        #expect(menu.contains("建议列为规范化企业"))
        try tui.send("Enter")
        try tui.waitForAbsence(of: "全部确认")
        try tui.send("Y")
        try tui.waitFor(text: "开始 2026 年度")
        #expect(!(try tui.capture()).contains("全部确认"))
        try tui.send("Escape", "q")
        try tui.waitForExit()

        let left = try #require(try sandbox.ok(["rollover", "--proposals", "--format", "json"]).json() as? [Any])
        #expect(left.isEmpty)
        #expect(try sandbox.anxin(["check"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.data + "/years/2024/campaign.yaml"))
    }

    @Test("an inspector of a county office is refused in place, and nothing changes")
    func countyRefused() throws {
        let sandbox = try Sandbox.demoCopy()
        try sandbox.ok(["whoami", "--name", "张伟", "--office", "清苑区"])
        let before = try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8)
        let tui = try TUIJourneyTests.open(sandbox)
        try tui.waitUntil("the interface", TUIJourneyTests.drawn)
        try tui.send("Y")
        try tui.waitFor(text: "开始 2025 年度")
        try tui.send("G", "Enter")
        try tui.waitFor(text: "确认开始 2025 年度")
        try tui.send("Up", "Enter")
        try tui.waitFor(text: "只能由市安委办办理")
        try tui.send("q")
        try tui.waitForExit()
        #expect(try String(contentsOfFile: sandbox.data + "/campaign.yaml", encoding: .utf8) == before)
    }
}
