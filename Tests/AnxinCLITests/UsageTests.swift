import Foundation
import Testing

/// Usage errors exit 2 with a message on stderr; no input makes any command crash.
@Suite("Usage errors exit 2 and never crash")
struct UsageTests {
    /// A usage error: exit 2, not a signal, something on stderr, nothing on stdout, no Swift runtime trap.
    static func expectUsageError(_ result: RunResult, mentioning words: [String] = [],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(!result.signaled, sourceLocation: sourceLocation)
        #expect(!result.stderr.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), "\(result)", sourceLocation: sourceLocation)
        for word in words { #expect(result.stderr.contains(word), "expected \(word)\n\(result)", sourceLocation: sourceLocation) }
    }

    @Test("unknown subcommand, unknown option, bad --today, bad verdict, bad --lang: exit 2 naming the argument")
    func usageErrors() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(201)
        try sandbox.add(code: code, name: "用法测试公司")
        let journal = sandbox.journalBytes()

        Self.expectUsageError(try sandbox.anxin(["frobnicate"]), mentioning: ["frobnicate"])
        Self.expectUsageError(try sandbox.anxin(["list", "--frob"]), mentioning: ["--frob"])
        Self.expectUsageError(try sandbox.bare(["--data", sandbox.data, "--today", "2024-02-30", "list"]),
                              mentioning: ["--today", "2024-02-30"])
        Self.expectUsageError(try sandbox.anxin(["list", "--today", "2024-02-30"]), mentioning: ["--today", "2024-02-30"])
        Self.expectUsageError(try sandbox.anxin(["show", code, "--today", "yesterday"]), mentioning: ["--today"])
        Self.expectUsageError(try sandbox.anxin(["tick", code, "N01", "maybe"]), mentioning: ["maybe", "met", "unmet", "na"])
        Self.expectUsageError(try sandbox.bare(["--lang", "fr", "list", "--data", sandbox.data]), mentioning: ["--lang", "fr"])
        Self.expectUsageError(try sandbox.anxin(["list", "--lang", "fr"]), mentioning: ["--lang", "fr"])
        Self.expectUsageError(try sandbox.anxin(["step", code, "commit", "--date", "2024-13-01"]), mentioning: ["--date", "2024-13-01"])
        Self.expectUsageError(try sandbox.anxin(["step", code, "sign"]), mentioning: ["sign", "commit"])
        Self.expectUsageError(try sandbox.anxin(["tick", code, "N05", "met", "--level", "车间主任"]), mentioning: ["--level", "车间主任"])
        Self.expectUsageError(try sandbox.anxin(["mark", code, "gold", "--reason", "x"]), mentioning: ["gold", "blacklist"])
        Self.expectUsageError(try sandbox.anxin(["list", "--sort", "size"]), mentioning: ["--sort", "size"])
        Self.expectUsageError(try sandbox.anxin(["list", "--tier", "big"]), mentioning: ["--tier"])
        Self.expectUsageError(try sandbox.anxin(["list", "--format", "xml"]), mentioning: ["xml"])
        Self.expectUsageError(try sandbox.anxin(["log", "--since", "2024-04-31"]), mentioning: ["--since"])
        #expect(sandbox.journalBytes() == journal, "usage errors write nothing")
    }

    @Test("the message for a bad verdict offers clear (not the refused 'unchecked')")
    func badVerdictOffersClear() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(202)
        try sandbox.add(code: code, name: "判定用法测试公司")
        let bad = try sandbox.anxin(["tick", code, "N01", "maybe"])
        Self.expectUsageError(bad, mentioning: ["clear"])
        let unchecked = try sandbox.anxin(["tick", code, "N01", "unchecked"])
        Self.expectUsageError(unchecked, mentioning: ["clear"])
        #expect(!bad.stderr.contains("unchecked"), "the choices offered must all be accepted\n\(bad)")
    }

    @Test("missing required options and arguments: exit 2 naming what is missing")
    func missingRequired() throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(203)
        try sandbox.add(code: code, name: "缺参数测试公司")
        Self.expectUsageError(try sandbox.anxin(["add", "--code", code]), mentioning: ["--name"])
        Self.expectUsageError(try sandbox.anxin(["add", "--name", "无代码"]), mentioning: ["--code"])
        Self.expectUsageError(try sandbox.bare(["init", sandbox.root + "/other", "--year", "2024"]), mentioning: ["--city"])
        Self.expectUsageError(try sandbox.bare(["init", sandbox.root + "/other", "--city", "保定市"]), mentioning: ["--year"])
        Self.expectUsageError(try sandbox.bare(["init", "--city", "保定市", "--year", "2024"]))
        Self.expectUsageError(try sandbox.bare(["init", sandbox.root + "/other", "--city", "保定市", "--year", "twenty"]), mentioning: ["--year"])
        Self.expectUsageError(try sandbox.anxin(["remove", code]), mentioning: ["--reason"])
        Self.expectUsageError(try sandbox.anxin(["tick", code, "N01"]), mentioning: ["VERDICT"])
        Self.expectUsageError(try sandbox.anxin(["tick"]))
        Self.expectUsageError(try sandbox.anxin(["step", code]), mentioning: ["ACTION"])
        Self.expectUsageError(try sandbox.anxin(["mark", code, "supervise"]), mentioning: ["--reason"])
        Self.expectUsageError(try sandbox.anxin(["note", code]))
        Self.expectUsageError(try sandbox.bare(["list", "--data"]), mentioning: ["--data"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/other"))
    }

    @Test("global options before the subcommand work like after it: anxin --data DIR list")
    func globalOptionsBeforeSubcommand() throws {
        let sandbox = try Sandbox.store()
        try sandbox.add(code: CreditCodes.make(204), name: "全局选项测试甲公司")
        try sandbox.add(code: CreditCodes.make(205), name: "全局选项测试乙公司", tier: "问题型")
        let after = try sandbox.bare(["list", "--data", sandbox.data])
        let before = try sandbox.bare(["--data", sandbox.data, "list"])
        #expect(after.status == 0 && before.status == 0, "\(after)\n\(before)")
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("全局选项测试甲公司"))
        let inline = try sandbox.bare(["--data=\(sandbox.data)", "--lang=en", "--today", "2024-04-01", "list", "--format", "json"])
        let plain = try sandbox.bare(["list", "--format", "json", "--data", sandbox.data, "--lang", "en", "--today", "2024-04-01"])
        #expect(inline.status == 0, "\(inline)")
        #expect(inline.stdout == plain.stdout)
        let english = try sandbox.bare(["--lang", "en", "--data", sandbox.data, "list"])
        #expect(english.status == 0 && english.stdout.contains("credit code"), "\(english)")
    }

    @Test("plain anxin without a terminal says what to do instead (help, or a polite refusal naming --help); --help lists every command")
    func help() throws {
        let sandbox = try Sandbox.store()
        // Plain `anxin` opens the terminal interface; stdin is /dev/null and stdout a pipe here, so it must not
        // hang or crash: either it prints the help (exit 0) or it refuses politely (exit 1) and points to --help.
        let plain = try sandbox.bare(["--data", sandbox.data])
        #expect(!plain.signaled, "\(plain)")
        if plain.status == 0 {
            #expect(plain.stdout.contains("USAGE") || plain.stdout.contains("SUBCOMMANDS"), "\(plain)")
        } else {
            #expect(plain.status == 1, "\(plain)")
            #expect(plain.stderr.contains("--help"), "the refusal says what to do instead\n\(plain)")
            #expect(!plain.stdoutBytes.contains(0x1B), "no terminal control sequences were written to a pipe")
        }
        let long = try sandbox.bare(["--help"])
        #expect(long.status == 0 && long.stdout.contains("USAGE"), "\(long)")
        for word in ["init", "whoami", "check", "repair", "add", "edit", "remove", "list", "show", "tick", "step", "mark", "note", "log"] {
            #expect(long.stdout.contains("  \(word) ") || long.stdout.contains("  \(word)\n"), "help lists \(word)")
        }
        let tick = try sandbox.bare(["tick", "--help"])
        #expect(tick.status == 0 && tick.stdout.contains("VERDICT"), "\(tick)")
    }

    @Test("odd input never crashes: every exit is 0, 1 or 2 with a message", arguments: [
        ["show", ""], ["show", "   "], ["tick", "", "", ""], ["tick", "X", "N01", "met"], ["log", "不存在的企业"],
        ["show", "91130608MA0A00001"], ["show", "91130608MA0A0000IO"], ["show", "LONG"],
        ["list", "--as-of", "2024-02-29"], ["list", "--as-of", "0000-00-00"], ["list", "--search", "\u{7}"],
        ["list", "--search", ""], ["list", "--jurisdiction", "", "--sort", "due", "--desc"],
        ["step", "CODE", "commit", "--date", "99999-01-01"], ["step", "CODE", "commit", "--date", "-2024-01-01"],
        ["step", "CODE", "commit", "--deadline", "2024-04-01"], ["edit", "CODE"], ["edit", "CODE", "--tier", "问题型", "--phone", ""],
        ["edit", "CODE", "--jurisdiction", "火星区"], ["mark", "CODE", "supervise", "--remove", "--reason", "整改完成"],
        ["mark", "CODE", "revoke", "--reason", "亡人事故", "--cause", "fatal-accident"],
        ["mark", "CODE", "blacklist", "--reason", "x", "--cause", "weather"],
        ["whoami", "--name", ""], ["whoami", "--name", "\u{1B}[2J"], ["note", "CODE", "LONG"],
        ["log", "CODE", "--since", "2030-01-01", "--until", "2020-01-01"], ["check", "--format", "yaml"], ["repair", "extra"],
        ["--today", "2024-02-29", "show", "CODE"], ["--lang", "en", "--lang", "zh", "list"], ["--data"], ["--", "list"],
        ["list", "--", "--data"], ["-x"], ["tui"],
    ])
    func oddInput(_ arguments: [String]) throws {
        let sandbox = try Sandbox.store()
        let code = CreditCodes.make(206)
        try sandbox.add(code: code, name: "边界输入测试公司")
        // CODE: the listed enterprise; LONG: 20,000 Chinese characters (kept out of the test's name).
        let resolved = arguments.map { $0 == "CODE" ? code : $0 == "LONG" ? String(repeating: "企", count: 20_000) : $0 }
        let result = try sandbox.anxin(resolved)
        #expect(!result.signaled, "crashed\n\(result)")
        #expect([0, 1, 2].contains(result.status), "\(result)")
        #expect(!result.stderr.contains("Fatal error"), "\(result)")
        if result.status != 0 { #expect(!result.stderr.isEmpty, "a refusal says why\n\(result)") }
        let check = try sandbox.anxin(["check"])
        #expect(check.status == 0, "the store stays valid\n\(check)")
    }
}
