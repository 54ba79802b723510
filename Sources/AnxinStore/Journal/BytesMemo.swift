#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the values made from the few byte strings that repeat on almost every journal line (the actor,
/// the office, the criterion, a verdict…), so that a line's bytes are compared with what was seen before instead
/// of being validated and turned into a new value each time. A direct-mapped table: the bytes' hash picks one
/// slot, whose remembered bytes (in one arena) are compared with memcmp; a different text in the slot is
/// replaced. The arena stops growing at 64 KiB (then values are simply made). One per journal file, used by one
/// thread at a time.
final class BytesMemo<Value> {
    private var slots: [(start: Int32, count: Int32, value: Value)?]
    private var arena: [UInt8] = []
    private let shift: UInt64

    /// `capacity`: the number of slots, rounded up to a power of two.
    init(capacity: Int = 64) {
        var bits: UInt64 = 1
        while 1 << bits < capacity { bits += 1 }
        slots = Array(repeating: nil, count: 1 << bits)
        shift = 64 - bits
        arena.reserveCapacity(1024)
    }

    /// The value for these bytes: remembered, or made now (and remembered unless `make` gives nil).
    func value(_ bytes: UnsafeBufferPointer<UInt8>, orMake make: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)   // the product's top bits
        if let entry = slots[slot], Int(entry.count) == bytes.count,
           bytes.isEmpty || arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(entry.start), bytes.baseAddress!, bytes.count) == 0 }) {
            return entry.value
        }
        guard let value = make(bytes) else { return nil }
        if arena.count + bytes.count <= 1 << 16 {
            slots[slot] = (Int32(arena.count), Int32(bytes.count), value)
            arena.append(contentsOf: bytes)
        }
        return value
    }
}

extension BytesMemo where Value == String {
    /// The text of these (unescaped, UTF-8) bytes.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        value(bytes) { String(decoding: $0, as: UTF8.self) }!
    }
}
