/// A sortable unique event id: a ULID (26 Crockford base-32 characters: 48 bits of milliseconds, 80 random bits),
/// so ids sort by creation time and two laptops never make the same one. Held as 128 bits, not as text.
public struct EventID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    /// Each byte's Crockford base-32 value (either case), or -1. Written out as a literal so that the compiler
    /// lays it out at build time: a table built by code is read through a lazy-initialisation check, on every
    /// character of every id of the journal (and arithmetic with branches was slower still).
    static let crockfordValue: [Int8] = [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, -1, 20, 21, -1,
        22, 23, 24, 25, 26, -1, 27, 28, 29, 30, 31, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, -1, 20, 21, -1,
        22, 23, 24, 25, 26, -1, 27, 28, 29, 30, 31, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ]

    /// Parses the 26-character text form; nil when it is not a ULID.
    public init?(_ text: some StringProtocol) {
        var copy = String(text)
        guard let id = copy.withUTF8({ EventID(utf8: $0) }) else { return nil }
        self = id
    }

    /// The same, from bytes (the journal's hot path).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 26 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for index in 0..<26 {
            let value = EventID.crockfordValue[Int(bytes[index])]
            guard value >= 0 else { return nil }
            if index == 0 && value > 7 { return nil }   // 26 × 5 bits = 130: the first character carries 3
            high = (high << 5) | (low >> 59)
            low = (low << 5) | UInt64(value)
        }
        self.init(high: high, low: low)
    }

    /// The milliseconds the id was made at.
    public var milliseconds: Int64 { Int64(bitPattern: high >> 16) }

    public var description: String {
        var bytes = [UInt8](repeating: 0, count: 26)
        var high = self.high, low = self.low
        for index in stride(from: 25, through: 0, by: -1) {
            bytes[index] = EventID.crockford[Int(low & 31)]
            low = (low >> 5) | ((high & 31) << 59)
            high >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: EventID, rhs: EventID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }

    /// Makes an id from a time and 80 bits of randomness (the caller supplies both: no clock in the core).
    public static func make(millisecondsSinceEpoch: Int64, random: (UInt64, UInt16)) -> EventID {
        let time = UInt64(max(0, millisecondsSinceEpoch)) & 0xFFFF_FFFF_FFFF
        return EventID(high: (time << 16) | UInt64(random.1), low: random.0)
    }
}
