/// The text form of a subject, as the journal's `resolved` events write it: `profile`, `stage`, `notes`,
/// `mark:<mark>`, `criterion:<id>` or `criterion:<id>/<level>` (the same as `description`).
extension Subject {
    public init?(journalText text: String) {
        switch text {
        case "profile": self = .profile
        case "stage": self = .stage
        case "notes": self = .notes
        default:
            if text.hasPrefix("mark:") {
                guard let mark = Mark(rawValue: String(text.dropFirst(5))) else { return nil }
                self = .mark(mark)
            } else if text.hasPrefix("criterion:") {
                let rest = text.dropFirst(10)
                let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                guard let id = parts.first, !id.isEmpty else { return nil }
                var level: CheckLevel?
                if parts.count == 2 {
                    guard let parsed = CheckLevel(rawValue: String(parts[1])) else { return nil }
                    level = parsed
                }
                self = .criterion(CriterionID(String(id)), level)
            } else {
                return nil
            }
        }
    }

    /// The criterion the subject is about, if any.
    public var criterion: CriterionID? {
        if case let .criterion(id, _) = self { return id }
        return nil
    }
}

extension Subject {
    /// How a user writes the subject to `anxin resolve`: `N05`, `N05/workshop`, `stage`, `profile`, `blacklist`.
    public var argumentText: String {
        switch self {
        case let .criterion(id, level): level.map { "\(id)/\($0.rawValue)" } ?? id.value
        case let .mark(mark): mark.rawValue
        default: description
        }
    }
}
