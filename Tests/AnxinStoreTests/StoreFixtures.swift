// Shared fixtures for the store's tests: scratch directories, stores made with `Store.create`, sample
// enterprises and events, journals written by hand, and a seeded PRNG.
// Names avoid the `JSON`/`json` prefix, which belongs to the JSON scanner's tests in JSON/.

import AnxinCore
@testable import AnxinStore
import Foundation
import Testing
import AnxinTestSupport

// MARK: Scratch directories and stores

/// Runs `body` with a new, unique directory under the system's temporary directory, removed afterwards.
func withScratchDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("anxin-store-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// A store made with `Store.create` inside a scratch directory.
struct StoreFixture {
    /// The scratch directory holding the data directory.
    let root: String
    let store: Store

    var directory: String { store.directory }

    func journalPath(_ replica: String) -> String { "\(store.eventsDirectory)/\(replica).jsonl" }

    /// The name diagnostics give a journal: the data directory as named, then `events/<replica>.jsonl`.
    func journalDisplay(_ replica: String) -> String { "\(directory)/events/\(replica).jsonl" }

    func writeJournal(_ replica: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: journalPath(replica)))
    }

    func writeJournal(_ replica: String, _ text: String) throws {
        try writeJournal(replica, Array(text.utf8))
    }

    /// Writes events as the encoder would, one line each.
    func writeJournal(_ replica: String, events: [Event]) throws {
        try writeJournal(replica, events.flatMap(EventEncoder.line))
    }

    func journalBytes(_ replica: String) throws -> [UInt8] {
        try storeFileBytes(journalPath(replica))
    }

    /// Sets this laptop's identity file (replica, name, office).
    func setIdentity(replica: String = Sample.replica, name: String? = nil, office: String? = nil) throws {
        try LocalIdentity(replica: replica, name: name, office: office).write(localDirectory: store.localDirectory)
    }
}

/// Runs `body` with a new store (保定市 2024 by default) in a scratch directory.
func withStore<T>(city: String = "保定市", year: Int = 2024, _ body: (StoreFixture) throws -> T) throws -> T {
    try withScratchDirectory { root in
        let store = try Store.create(directory: "\(root)/data", city: city, year: year)
        return try body(StoreFixture(root: root, store: store))
    }
}

func storeFileBytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

func storeFileExists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
}

/// The identity inspectors act with in these tests: 张伟 of 清苑区's office.
let inspectorEnvironment = ["ANXIN_ACTOR": "张伟", "ANXIN_OFFICE": "清苑区"]

// MARK: Sample values

enum Sample {
    static let replica = "lap-1"

    /// A valid credit code numbered `n` (Baoding's area code, then the number, then the check character).
    static func code(_ n: Int) -> CreditCode {
        let prefix = "91130608" + String(repeating: "0", count: 9 - String(n).count) + String(n)
        return CreditCode(unchecked: prefix + String(CreditCode.checkCharacter(forPrefix: prefix)!))
    }

    /// The same code with a wrong check character, and the right one.
    static func codeWithWrongCheck(_ n: Int) -> (text: String, expected: Character) {
        let valid = code(n).value
        let expected = valid.last!
        let wrong: Character = expected == "0" ? "1" : "0"
        return (String(valid.dropLast()) + String(wrong), expected)
    }

    static func instant(_ text: String) -> Instant {
        guard let instant = Instant(text) else { fatalError("bad instant in a test: \(text)") }
        return instant
    }

    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { fatalError("bad day in a test: \(text)") }
        return day
    }

    /// A normalized, locally supervised enterprise of 清苑区 (its office may do everything to it).
    static func profile(_ n: Int, name: String? = nil, jurisdiction: String = "清苑区",
                        tier: Tier = .normalized, level: SupervisionLevel = .local) -> EnterpriseProfile {
        EnterpriseProfile(code: code(n), name: name ?? "保定安信机械有限公司\(n)号", jurisdiction: jurisdiction,
                          industry: "机械", tier: tier, level: level, department: "市工信局", person: "李四",
                          phone: "0312-5550\(n % 10)", address: "保定市清苑区东闾乡\(n)号")
    }

    /// An event with fixed, readable fields; `sequence` makes the id unique among events of one instant.
    static func event(_ payload: EventPayload, code: CreditCode = Sample.code(1), at: String = "2024-05-12T10:31:07+08:00",
                      replica: String = Sample.replica, actor: String = "张伟", office: String = "清苑区",
                      sequence: UInt64 = 1, seen: EventID? = nil) -> Event {
        let instant = instant(at)
        return Event(id: EventID.make(millisecondsSinceEpoch: instant.millisecondsSinceEpoch, random: (sequence, 0)),
                     at: instant, replica: replica, actor: actor, office: office, enterprise: code, seen: seen,
                     payload: payload)
    }

    static func listing(_ n: Int, at: String = "2024-05-01T09:00:00+08:00", replica: String = Sample.replica,
                        sequence: UInt64 = 1) -> Event {
        event(.listed(profile(n)), code: code(n), at: at, replica: replica, sequence: sequence)
    }

    static func note(_ text: String, _ n: Int = 1, at: String, replica: String = Sample.replica,
                     sequence: UInt64 = 1) -> Event {
        event(.noted(text: text), code: code(n), at: at, replica: replica, sequence: sequence)
    }

    static func tick(_ criterion: String, _ verdict: Verdict, _ n: Int = 1, at: String,
                     replica: String = Sample.replica, office: String = "清苑区", sequence: UInt64 = 1) -> Event {
        event(.ticked(Tick(criterion: CriterionID(criterion), verdict: verdict)), code: code(n), at: at,
              replica: replica, office: office, sequence: sequence)
    }

    /// The encoded line of an event, without its newline.
    static func line(_ event: Event) -> String {
        String(decoding: EventEncoder.line(event).dropLast(), as: UTF8.self)
    }
}

// MARK: Places in lines

/// The 1-based column, counted in characters, at which `needle` first starts in `line`.
func characterColumn(of needle: String, in line: String) -> Int {
    guard let range = line.range(of: needle) else { fatalError("\(needle) is not in \(line)") }
    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
}

/// The 1-based column at which the value of `key` starts on an encoded line (at its opening quote).
func valueColumn(of key: String, in line: String) -> Int {
    characterColumn(of: "\"\(key)\":", in: line) + key.count + 3
}

/// `file:line:column` of a diagnostic, for readable expectations.
func place(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

// MARK: Seeded randomness

/// The store tests' conveniences on the shared seeded generator.
extension SeededGenerator {
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &self)] }
}
