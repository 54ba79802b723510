/// A sortable unique event id: a ULID (26 Crockford base-32 characters: 48 bits of milliseconds, 80 random bits),
/// so ids sort by creation time and two laptops never make the same one.
public struct EventID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ value: String) { self.value = value }
    public var description: String { value }
    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.value < rhs.value }

    static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// Makes an id from a time and 80 bits of randomness (the caller supplies both: no clock in the core).
    public static func make(millisecondsSinceEpoch: Int64, random: (UInt64, UInt16)) -> EventID {
        var bytes = [UInt8](repeating: 0, count: 26)
        var time = UInt64(max(0, millisecondsSinceEpoch))
        for index in stride(from: 9, through: 0, by: -1) {
            bytes[index] = crockford[Int(time & 31)]
            time >>= 5
        }
        // 80 random bits as 16 characters.
        var high = UInt64(random.1)   // 16 bits
        var low = random.0            // 64 bits
        for index in stride(from: 25, through: 10, by: -1) {
            bytes[index] = crockford[Int(low & 31)]
            low = (low >> 5) | ((high & 31) << 59)
            high >>= 5
        }
        return EventID(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether a text has the shape of an id written by anxin (26 Crockford characters).
    public static func isWellFormed(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 26 else { return false }
        return utf8.allSatisfy { crockford.contains($0) }
    }
}
