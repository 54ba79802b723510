/// A closed set of domain words that are written in events as a stable English token and shown to
/// users in Chinese or English. Users may type either the token or the Chinese label.
public protocol Term: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    var label: Message { get }
    /// Other spellings a user may type (e.g. a short Chinese form).
    var aliases: [String] { get }
}

extension Term {
    public var aliases: [String] { [] }

    /// Accepts the token, the Chinese or English label, or an alias; case-insensitive for ASCII.
    public init?(token: String) {
        let wanted = token.trimmingSpaces()
        let lowered = wanted.lowercased()
        for candidate in Self.allCases {
            if candidate.rawValue == lowered || candidate.label.zh == wanted
                || candidate.label.en.lowercased() == lowered || candidate.aliases.contains(wanted) {
                self = candidate
                return
            }
        }
        return nil
    }

    /// The accepted spellings, for error messages: `standardized (标准化企业)`.
    public static var choices: String {
        allCases.map { "\($0.rawValue) (\($0.label.zh))" }.joined(separator: ", ")
    }
}
