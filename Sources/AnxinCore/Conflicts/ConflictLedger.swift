/// The conflicts found while folding: kept small (conflicts are rare) and checked only when an event's `seen`
/// differs from the event in force, so the fold's hot path pays one comparison.
public struct ConflictLedger: Sendable {
    public private(set) var entries: [ConflictKey: Conflict] = [:]
    /// How many open conflicts each enterprise has (the list's badge reads this on every frame).
    public private(set) var countByEnterprise: [CreditCode: Int] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// Open conflicts in a stable order: by enterprise code, then subject.
    public var sorted: [Conflict] {
        entries.values.sorted { ($0.enterprise.value, $0.subject.description) < ($1.enterprise.value, $1.subject.description) }
    }

    public func conflicts(of code: CreditCode) -> [Conflict] {
        guard countByEnterprise[code] != nil else { return [] }
        // Only this enterprise's, then sorted (the interface asks on every key press of its conflicts menu).
        return entries.values.filter { $0.enterprise == code }.sorted { $0.subject.description < $1.subject.description }
    }

    public subscript(code: CreditCode, subject: Subject) -> Conflict? {
        entries[ConflictKey(enterprise: code, subject: subject)]
    }

    /// Judges an event against the event in force for its subject (`current`), before it is applied.
    mutating func observe(_ event: Event, subject: Subject, current: EventID?) {
        let seen = event.seen
        if let seen, seen.milliseconds > event.at.millisecondsSinceEpoch {
            record(Conflict(kind: .clockSkew, enterprise: event.enterprise, subject: subject,
                            overridden: event.id, kept: seen))
            return
        }
        guard seen != current, let current else { return }
        let key = ConflictKey(enterprise: event.enterprise, subject: subject)
        // The event a skewed one was based on arrives after it in the fold: that pair is already flagged.
        if let existing = entries[key], existing.kind == .clockSkew, existing.kept == event.id { return }
        record(Conflict(kind: .concurrent, enterprise: event.enterprise, subject: subject, overridden: current, kept: event.id))
    }

    /// A `resolved` event settles the open conflict on its subject when it names one of the pair.
    mutating func settle(_ code: CreditCode, subject: Subject, other: EventID) {
        let key = ConflictKey(enterprise: code, subject: subject)
        guard let open = entries[key], open.involves(other) else { return }
        entries[key] = nil
        let left = (countByEnterprise[code] ?? 1) - 1
        countByEnterprise[code] = left > 0 ? left : nil
    }

    private mutating func record(_ conflict: Conflict) {
        if entries.updateValue(conflict, forKey: conflict.key) == nil {
            countByEnterprise[conflict.enterprise, default: 0] += 1
        }
    }
}
