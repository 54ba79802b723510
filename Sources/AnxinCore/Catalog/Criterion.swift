/// The short stable id of a criterion: S01–S08 (standardized), N01–N12 (normalized), P01–P05 (problem),
/// industry extras numbered after them (S09, S10, …). Used on the command line and in events.
///
/// Ids are codes, compared, ordered and hashed by their bytes (upper-cased ASCII as written; an id in another
/// script must be written the same way in `criteria.yaml` and in the journal).
public struct CriterionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ value: String) { self.value = value.uppercasedASCII() }
    public var description: String { value }

    public static func == (lhs: CriterionID, rhs: CriterionID) -> Bool { lhs.value.utf8.elementsEqual(rhs.value.utf8) }
    public static func < (lhs: CriterionID, rhs: CriterionID) -> Bool {
        lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
    }

    /// The length and first seven bytes as one number (an id like `N05` entirely), then any further bytes:
    /// cheaper than hashing the `String`, which is Unicode-aware, and an enterprise's criteria are a dictionary
    /// looked up for every tick of the journal.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        for byte in value.utf8.dropFirst(7) { hasher.combine(byte) }
    }

    /// The length and first seven bytes as one number: ids that differ here differ.
    var key: UInt64 {
        var key = UInt64(value.utf8.count)
        for byte in value.utf8.prefix(7) { key = key << 8 | UInt64(byte) }
        return key
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
