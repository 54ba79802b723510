import AnxinCore

/// Reads the SUBJECT a user names on the command line: a criterion id (`N05`, `N05/workshop`, `N05/车间`),
/// `stage`, `profile`, a mark (`blacklist`, `mark:blacklist`, `黑名单`), or the journal's form
/// (`criterion:N05/workshop`).
enum SubjectArgument {
    static func parse(_ text: String, catalog: CriteriaCatalog) -> Subject? {
        let trimmed = text.trimmed
        if let subject = Subject(journalText: trimmed) { return subject }
        switch trimmed.lowercased() {
        case "stage", "阶段": return .stage
        case "profile", "名录", "档案": return .profile
        default: break
        }
        if let mark = Mark(token: trimmed.hasPrefix("mark:") ? String(trimmed.dropFirst(5)) : trimmed) { return .mark(mark) }
        let parts = trimmed.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, catalog[CriterionID(first)] != nil else { return nil }
        var level: CheckLevel?
        if parts.count == 2 {
            guard let parsed = CheckLevel(token: parts[1]) else { return nil }
            level = parsed
        }
        return .criterion(CriterionID(first), level)
    }
}
