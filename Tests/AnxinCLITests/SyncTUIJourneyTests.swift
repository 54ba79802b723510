import Foundation
import Testing

/// The interface open on a laptop that syncs: the real binary in tmux, real git.
@Suite("Sync: the interface's sync key in tmux", .serialized, .timeLimit(.minutes(1)))
struct SyncTUIJourneyTests {
    @Test("with the interface open, anxin sync is refused cleanly; S syncs in place; no write is lost, no file damaged")
    func syncWhileOpen() throws {
        let (first, second) = try SyncCommandTests.office()
        let code = SyncCommandTests.code
        try second.ok(["tick", code, "N02", "unmet"])
        try second.ok(["sync"])

        let tui = try TUIJourneyTests.open(first, ["--today", "2024-07-20"], width: 160)
        defer { tui.kill() }
        try tui.waitUntil("the interface", TUIJourneyTests.drawn)
        try tui.waitFor(text: "待发送 0")
        try tui.send("Enter")
        try tui.send("y")
        try tui.waitFor(text: "待发送 1")

        let refused = try first.anxin(["sync", "--lang", "en"])
        #expect(refused.status == 1 && refused.stderr.contains("is writing to this data directory"), "\(refused)")

        try tui.send("S")
        let synced = try tui.waitFor(text: "收到 1 条")
        #expect(synced.contains("发出本机 1 条事件"), "\(TmuxSession.framed(synced))")
        try tui.waitFor(text: "待发送 0 · 上次同步")
        // Still writable after the sync: one more verdict, saved at once.
        try tui.send("x")
        try tui.waitFor(text: "待发送 1")
        try tui.send("q")
        #expect(try tui.waitForExit() == 0)

        let check = try first.ok(["check", "--format", "json"])
        let report = try #require(try check.json() as? [String: Any])
        #expect(report["errors"] as? Int == 0 && report["warnings"] as? Int == 0, "\(check)")
        #expect(report["events"] as? Int == 4, "listed, two verdicts of this laptop, one of the other")
        try first.ok(["sync"])
        try second.ok(["sync"])
        #expect(try SyncCommandTests.verdict(of: "N01", on: second) == "unmet", "the other laptop received both of the interface's verdicts")
        #expect(try SyncCommandTests.verdict(of: "N02", on: first) == "unmet")
    }
}
