import AnxinCore
import Yams
#if canImport(Glibc)
import Glibc
#endif

/// Who acts on this laptop and which replica (journal file) it writes: kept in `.local/identity.yaml`,
/// untracked, set with `anxin whoami`. `ANXIN_ACTOR` and `ANXIN_OFFICE` override name and office for scripts.
public struct LocalIdentity: Sendable, Equatable {
    public var replica: String
    public var name: String?
    public var office: String?

    public init(replica: String, name: String? = nil, office: String? = nil) {
        self.replica = replica
        self.name = name
        self.office = office
    }

    static let fileName = "identity.yaml"

    /// Reads the identity of a data directory, or nil when none was made yet.
    public static func read(localDirectory: String) -> LocalIdentity? {
        let path = "\(localDirectory)/\(fileName)"
        // Read scalars as text: an id like 0123 must not become the number 83.
        guard let bytes = try? POSIXFile.readAll(path),
              let node = try? Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)),
              case let .mapping(mapping) = node else { return nil }
        func text(_ key: String) -> String? {
            mapping.first { $0.key.string == key }.flatMap { $0.value.scalar?.string }
        }
        guard let replica = text("replica"), isValidReplica(replica) else { return nil }
        return LocalIdentity(replica: replica, name: text("name"), office: text("office"))
    }

    public func write(localDirectory: String) throws(FileError) {
        try POSIXFile.makeDirectory(localDirectory)
        var text = "# Who acts on this laptop (anxin whoami). Not shared: .local/ is never committed.\n"
        text += "replica: \(LocalIdentity.quoted(replica))\n"
        if let name { text += "name: \(LocalIdentity.quoted(name))\n" }
        if let office { text += "office: \(LocalIdentity.quoted(office))\n" }
        try AtomicFile.write(text, to: "\(localDirectory)/\(LocalIdentity.fileName)")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The name and office in force: the environment first, then the file.
    public func acting(environment: [String: String]) -> (name: String, office: String)? {
        let name = environment["ANXIN_ACTOR"].flatMap { $0.isEmpty ? nil : $0 } ?? self.name
        let office = environment["ANXIN_OFFICE"].flatMap { $0.isEmpty ? nil : $0 } ?? self.office
        guard let name, let office else { return nil }
        return (name, office)
    }

    /// A new replica id: this host's name (letters, digits and '-') and four random hex digits.
    public static func newReplicaID() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, 255)
        let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let cleaned = String(host.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }.prefix(24))
        var random = SystemRandomNumberGenerator()
        let suffix = String(UInt16.random(in: 0...UInt16.max, using: &random), radix: 16)
        let base = cleaned.trimmingDashes().isEmpty ? "laptop" : cleaned.trimmingDashes()
        return "\(base)-\(String(repeating: "0", count: 4 - suffix.count))\(suffix)"
    }

    /// Replica ids name files: ASCII letters, digits, '-', '_' and '.', not starting with '.'.
    public static func isValidReplica(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && !id.hasPrefix(".")
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSetLite.isAlnum($0) || "-_.".unicodeScalars.contains($0)) }
    }
}

enum CharacterSetLite {
    static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
}

extension String {
    func trimmingDashes() -> String {
        var text = Substring(self)
        while text.first == "-" { text.removeFirst() }
        while text.last == "-" { text.removeLast() }
        return String(text)
    }
}
