import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One test's own temporary directory with an anxin data directory inside (`<root>/data`).
final class Sandbox: @unchecked Sendable {
    let root: String
    var data: String { "\(root)/data" }
    var events: String { "\(data)/events" }

    init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/anxin-clitest-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        root = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        Anxin.environment(extra, home: root)
    }

    /// Runs `anxin ARGS --data <data>` (the subcommand's own place for the global option).
    @discardableResult
    func anxin(_ arguments: [String], env: [String: String] = [:], directory: String? = nil) throws -> RunResult {
        try Anxin.run(arguments + ["--data", data], environment: environment(env), directory: directory)
    }

    @discardableResult
    func anxin(_ arguments: String..., env: [String: String] = [:]) throws -> RunResult {
        try anxin(arguments, env: env)
    }

    /// Runs anxin and expects exit 0, recording the whole run when it is not.
    @discardableResult
    func ok(_ arguments: [String], env: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let result = try anxin(arguments, env: env)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Runs anxin without adding --data (for init, or for placing --data elsewhere).
    @discardableResult
    func bare(_ arguments: [String], env: [String: String] = [:], directory: String? = nil) throws -> RunResult {
        try Anxin.run(arguments, environment: environment(env), directory: directory)
    }

    /// `anxin init <data> --city 保定市 --year 2024`, then `whoami` as the given person and office.
    static func store(name: String = "张伟", office: String = "清苑区", year: Int = 2024) throws -> Sandbox {
        let sandbox = try Sandbox()
        let created = try sandbox.bare(["init", sandbox.data, "--city", "保定市", "--year", String(year)])
        try #require(created.status == 0, "\(created)")
        let whoami = try sandbox.anxin(["whoami", "--name", name, "--office", office])
        try #require(whoami.status == 0, "\(whoami)")
        return sandbox
    }

    // MARK: Files

    /// The journal files under events/.
    func journalFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: events)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { "\(events)/\($0)" }
    }

    /// All journal bytes (every replica's file, by name).
    func journalBytes() -> [UInt8] {
        journalFiles().flatMap { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))) ?? [] }
    }

    func journalText() -> String { String(decoding: journalBytes(), as: UTF8.self) }

    /// The one journal this laptop writes.
    func journal() throws -> String { try #require(journalFiles().first) }

    // MARK: Roster helpers

    /// Lists an enterprise with sensible defaults for every required field.
    @discardableResult
    func add(code: String, name: String, jurisdiction: String = "清苑区", industry: String = "机械",
             tier: String = "规范化", level: String = "属地", dept: String? = nil, person: String = "李强",
             env: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try ok(["add", "--code", code, "--name", name, "--jurisdiction", jurisdiction, "--industry", industry,
                "--tier", tier, "--level", level, "--dept", dept ?? jurisdiction, "--person", person],
               env: env, sourceLocation: sourceLocation)
    }

    /// `show CODE --format json` as a dictionary.
    func card(_ code: String, _ extra: [String] = []) throws -> [String: Any] {
        let result = try anxin(["show", code, "--format", "json"] + extra)
        try #require(result.status == 0, "\(result)")
        return try #require(try result.json() as? [String: Any], "\(result)")
    }
}

/// Unified social credit codes (GB 32100-2015) with a correct check character, computed independently
/// of the code under test.
enum CreditCodes {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    static func checkCharacter(_ body: String) -> Character {
        let sum = zip(body, weights).map { character, weight in alphabet.firstIndex(of: character)! * weight }.reduce(0, +)
        let check = 31 - sum % 31
        return alphabet[check == 31 ? 0 : check]
    }

    /// A valid code: `9113` + region + a serial, with its check character.
    static func make(_ serial: Int, region: String = "0608") -> String {
        let body = "9113\(region)MA" + String(format: "%07d", serial)
        precondition(body.count == 17)
        return body + String(checkCharacter(body))
    }

    /// The same code with a wrong check character.
    static func corrupt(_ code: String) -> String {
        let right = code.last!
        let wrong = alphabet.first { $0 != right }!
        return String(code.dropLast()) + String(wrong)
    }
}

/// Days as the command line writes them (YYYY-MM-DD), with arithmetic.
enum Days {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }

    static func string(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func adding(_ days: Int, to text: String) -> String {
        string(parse(text)!.addingTimeInterval(TimeInterval(days * 86_400)))
    }
}

/// RFC 4180 CSV reader (quoted fields, doubled quotes, line breaks inside quotes): the oracle for `--format csv`.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" { field.append("\""); index = text.index(after: index) }
                    else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
