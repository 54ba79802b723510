import Foundation
import Testing

/// Names and notes come from data: whatever they hold, text output shows them and never lets them drive
/// the terminal (architecture.md: "Never write control characters from data to the terminal").
@Suite("Control characters from data are printed inert")
struct InertOutputTests {
    static let esc: UInt8 = 0x1B
    static let name = "恶意\u{1B}[31m红字\u{1B}[0m公司"
    static let person = "李\u{1B}]0;pwned\u{07}四"
    static let note = "注意\u{1B}[2J\u{1B}[H清屏\u{9B}31m"

    static func expectInert(_ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let rawESC = bytes.contains(esc), rawBEL = bytes.contains(0x07)
        let rawC1 = text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
        #expect(!rawESC, "raw ESC in \(what): \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(!rawBEL, "raw BEL in \(what): \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(!rawC1, "raw C1 control in \(what): \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    static func store() throws -> (Sandbox, String) {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(601)
        try sandbox.add(code: code, name: name, person: person)
        try sandbox.ok(["tick", code, "N01", "unmet", "--note", note])
        try sandbox.ok(["tick", code, "N05", "met", "--level", "班组", "--note", note])
        try sandbox.ok(["note", code, note])
        return (sandbox, code)
    }

    @Test("show, log and list (table) print ESC sequences in names and notes as visible text")
    func showLogList() throws {
        let (sandbox, code) = try Self.store()
        let show = try sandbox.ok(["show", code])
        Self.expectInert(show.stdoutBytes, "show")
        #expect(show.stdout.contains("恶意␛[31m红字␛[0m公司"), "\(show.stdout)")
        #expect(show.stdout.contains("注意␛[2J␛[H清屏"), "\(show.stdout)")
        let log = try sandbox.ok(["log", code])
        Self.expectInert(log.stdoutBytes, "log CODE")
        #expect(log.stdout.contains("␛[2J"), "\(log.stdout)")
        let logAll = try sandbox.ok(["log"])
        Self.expectInert(logAll.stdoutBytes, "log")
        let list = try sandbox.ok(["list"])
        Self.expectInert(list.stdoutBytes, "list")
        let english = try sandbox.ok(["show", code, "--lang", "en"])
        Self.expectInert(english.stdoutBytes, "show --lang en")

        // Data formats keep the data: JSON escapes the control characters and gives them back exactly.
        let card = try sandbox.card(code)
        #expect(card["name"] as? String == Self.name)
        #expect(card["person"] as? String == Self.person)
        let json = try sandbox.ok(["show", code, "--format", "json"])
        #expect(!json.stdoutBytes.contains(Self.esc), "JSON writes ESC as \\u001b")
        let events = try #require(try sandbox.ok(["log", code, "--format", "json"]).json() as? [[String: Any]])
        #expect(events.last?["text"] as? String == Self.note || events.last?.values.contains { $0 as? String == Self.note } == true)
    }

    @Test("confirmations and refusals that echo a name or note print it inert too")
    func confirmationsAndRefusals() throws {
        let (sandbox, code) = try Self.store()
        let other = CreditCodes.make(602)
        let added = try sandbox.add(code: other, name: Self.name + "二号")
        Self.expectInert(added.stdoutBytes, "add's confirmation")
        let ticked = try sandbox.ok(["tick", code, "N02", "met"])
        Self.expectInert(ticked.stdoutBytes, "tick's confirmation")
        let noted = try sandbox.ok(["note", code, "复查"])
        Self.expectInert(noted.stdoutBytes, "note's confirmation")
        let stepped = try sandbox.ok(["step", code, "commit"])
        Self.expectInert(stepped.stdoutBytes, "step's confirmation")
        let refused = try sandbox.anxin(["step", code, "apply"])
        #expect(refused.status == 1)
        Self.expectInert(refused.stderrBytes, "a refusal naming the enterprise")
        let ambiguous = try sandbox.anxin(["show", "恶意"])
        #expect(ambiguous.status == 1)
        Self.expectInert(ambiguous.stderrBytes, "the list of matching enterprises")
        let whoami = try sandbox.anxin(["whoami"], env: ["ANXIN_ACTOR": "王\u{1B}[5m五"])
        Self.expectInert(whoami.stdoutBytes, "whoami")
    }
}
