import AnxinCore
import AnxinStore
import Foundation
import Testing

/// A shared bare repository and laptops (replicas) that clone it, driven in-process through the store's API;
/// every sync runs real git.
final class SyncNetwork: @unchecked Sendable {
    let sandbox: Sandbox
    var remote: String { "\(sandbox.root)/remote.git" }
    /// A clock shared by every laptop, one second a tick, so the fold order is the order things were done.
    private var milliseconds: Int64 = Instant(day: Day("2024-06-03")!, hour: 9).millisecondsSinceEpoch
    private let lock = NSLock()

    init() throws {
        sandbox = try Sandbox()
        try git(["init", "-q", "--bare", "--initial-branch=main", remote])
    }

    func now() -> Instant {
        lock.lock()
        defer { lock.unlock() }
        milliseconds += 1000
        return Instant(millisecondsSinceEpoch: milliseconds, offsetMinutes: 480)
    }

    /// Runs git in the sandbox; fails the test when git fails.
    @discardableResult
    func git(_ arguments: [String], in directory: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> GitResult {
        let result = Git(directory: directory ?? sandbox.root, environment: Anxin.environment(home: sandbox.root)).run(arguments)
        try #require(result.succeeded, "git \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// The first laptop: makes the store, sets up sync and pushes.
    func founder(_ replica: String, name: String, office: String) throws -> Replica {
        let directory = "\(sandbox.root)/\(replica)"
        _ = try Store.create(directory: directory, city: "保定市", year: 2024)
        try LocalIdentity(replica: replica, name: name, office: office).write(localDirectory: "\(directory)/.local")
        let laptop = Replica(network: self, directory: directory, replica: replica)
        try Syncer(store: try Store(directory: directory), environment: laptop.environment).setUp(remote: remote)
        try laptop.sync()
        return laptop
    }

    /// Another laptop: clones the shared repository.
    func join(_ replica: String, name: String, office: String) throws -> Replica {
        let directory = "\(sandbox.root)/\(replica)"
        try git(["clone", "-q", remote, directory])
        try LocalIdentity(replica: replica, name: name, office: office).write(localDirectory: "\(directory)/.local")
        return Replica(network: self, directory: directory, replica: replica)
    }
}

/// One laptop's data directory.
final class Replica: @unchecked Sendable {
    let network: SyncNetwork
    let directory: String
    let replica: String
    var environment: [String: String] { Anxin.environment(home: network.sandbox.root) }

    init(network: SyncNetwork, directory: String, replica: String) {
        self.network = network
        self.directory = directory
        self.replica = replica
    }

    func store() throws -> Store { try Store(directory: directory) }

    /// Records one event as a user would (judged by the rules); nil when the rules refuse it.
    @discardableResult
    func record(_ payload: EventPayload, for code: CreditCode, at instant: Instant? = nil) throws -> Event? {
        let session = try store().beginWriting(environment: environment)
        defer { session.close() }
        let now = instant ?? network.now()
        do {
            return try session.record(payload, for: code, now: now, today: now.localDay)
        } catch {
            if case .refused = error { return nil }
            throw error
        }
    }

    @discardableResult
    func sync() throws -> SyncReport {
        try Syncer(store: try store(), environment: environment).sync(now: network.now())
    }

    /// Syncs, expecting it to fail: the failure, or nil when it succeeded.
    func failedSync() throws -> SyncFailure? {
        let syncer = Syncer(store: try store(), environment: environment)
        let now = network.now()
        do {
            _ = try syncer.sync(now: now)
            return nil
        } catch {
            return error
        }
    }

    /// The folded state and every event's id, as `anxin check` would read them.
    func load() throws -> JournalLoad {
        try store().load(LoadOptions(checkRules: true, collect: { _ in true }))
    }

    /// Every file of the data directory except git's own and `.local/`, with its bytes.
    func files() throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let path = enumerator?.nextObject() as? String {
            if path.hasPrefix(".git/") || path == ".git" || path.hasPrefix(".local") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(path)")))
            }
        }
        return result
    }
}

/// Roster lines for the tests' enterprises (normalized tier, 清苑区).
enum SyncFixtures {
    static func profile(_ serial: Int) -> EnterpriseProfile {
        let code = try! CreditCode(validating: CreditCodes.make(serial))
        return EnterpriseProfile(code: code, name: "清苑区测试企业\(serial)", jurisdiction: "清苑区", industry: "机械",
                                 tier: .normalized, level: .local, department: "清苑区", person: "李强")
    }
}
