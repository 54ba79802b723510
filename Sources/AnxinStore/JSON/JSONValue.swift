/// A parsed JSON value; objects keep members in order (duplicates kept).
///
/// Order and duplicates are kept because the journal is read by people and repaired by hand: a reader that
/// wants "last one wins" can fold the members itself, but a reader that reports duplicates needs to see them.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The literal text, validated per RFC 8259. Kept as text so no precision is lost before the caller
    /// decides whether it wants an Int, a Double or a Decimal.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
