/// The short stable id of a criterion: S01–S08 (standardized), N01–N12 (normalized), P01–P05 (problem),
/// industry extras numbered after them (S09, S10, …). Used on the command line and in events.
///
/// Ids are codes, compared, ordered and hashed by their bytes (upper-cased ASCII as written; an id in another
/// script must be written the same way in `criteria.yaml` and in the journal).
public struct CriterionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    /// The length (at most 255) and first seven bytes as one number (an id like `N05` entirely), made once: ids
    /// that differ here differ, and an id of up to seven bytes equals exactly the ids with its key. Comparing and hashing this instead
    /// of the `String` (which is Unicode-aware) matters: ids are compared for every tick of the journal.
    let key: UInt64

    public init(_ value: String) {
        self.value = value.uppercasedASCII()
        // The length saturates at 255, so that a long id's key never looks like a short one's (a length
        // wrapping round 256 would put a 263-byte id's length where a 7-byte id keeps its own).
        var key = UInt64(min(self.value.utf8.count, 255))
        for byte in self.value.utf8.prefix(7) { key = key << 8 | UInt64(byte) }
        self.key = key
    }

    public var description: String { value }

    public static func == (lhs: CriterionID, rhs: CriterionID) -> Bool {
        lhs.key == rhs.key && (lhs.value.utf8.count <= 7 || lhs.value.utf8.elementsEqual(rhs.value.utf8))
    }

    public static func < (lhs: CriterionID, rhs: CriterionID) -> Bool {
        lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        for byte in value.utf8.dropFirst(7) { hasher.combine(byte) }
    }
}

/// One criterion of a tier's checklist.
/// Immutable and shared: a reference, so that looking a criterion up for every journal tick costs one retain,
/// not a copy of its texts.
public final class Criterion: Sendable, Equatable {
    public let id: CriterionID
    public let tier: Tier
    /// A short title for narrow columns (e.g. 隐患排查治理).
    public let title: String
    /// The full text, verbatim from the seed for normalized and problem criteria.
    public let text: String
    /// The levels that must each be met (厂级/车间/班组/岗位 for N05); empty for ordinary criteria.
    public let levels: [CheckLevel]
    /// nil: applies to every enterprise of the tier; otherwise an industry-specific extra.
    public let industry: String?

    public init(id: CriterionID, tier: Tier, title: String, text: String, levels: [CheckLevel] = [], industry: String? = nil) {
        self.id = id
        self.tier = tier
        self.title = title
        self.text = text
        self.levels = levels
        self.industry = industry
    }

    public var isLevelled: Bool { !levels.isEmpty }

    public static func == (lhs: Criterion, rhs: Criterion) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.tier == rhs.tier && lhs.title == rhs.title && lhs.text == rhs.text
                        && lhs.levels == rhs.levels && lhs.industry == rhs.industry)
    }
}
