#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the values made from the few byte strings that repeat on almost every journal line (the actor,
/// the office, the criterion, a verdict…), so that a line's bytes are compared with what was seen before instead
/// of being validated and turned into a new value each time. A direct-mapped table: the bytes' hash picks one
/// slot; a different text in the slot is replaced. Each slot keeps the first and last eight bytes of its text as
/// two words (for texts of up to sixteen bytes, the whole text: compared without a call), and longer texts in
/// one arena, compared with memcmp; the arena stops growing at 64 KiB (then values are simply made). One per
/// journal file, used by one thread at a time. A value kept inline in its decoder (a class here was retained and
/// released around each of the half-dozen lookups of every line).
struct BytesMemo<Value> {
    private struct Slot {
        /// The first eight bytes (fewer: in the low bytes, the rest zero) and, for more than eight, the last
        /// eight: for up to sixteen bytes, together with the count, the whole text.
        var head: UInt64 = 0
        var tail: UInt64 = 0
        /// -1: an empty slot.
        var count: Int32 = -1
        /// Where a text of more than sixteen bytes is kept in the arena.
        var start: Int32 = 0
        var value: Value?
    }

    private var slots: [Slot]
    private var arena: [UInt8] = []
    private let shift: UInt64

    /// `capacity`: the number of slots, rounded up to a power of two.
    init(capacity: Int = 64) {
        var bits: UInt64 = 1
        while 1 << bits < capacity { bits += 1 }
        slots = Array(repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
        arena.reserveCapacity(1024)
    }

    /// The first and last eight bytes as words (see `Slot`).
    @inline(__always)
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (head: UInt64, tail: UInt64) {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return (0, 0) }
        if count >= 8 {
            let raw = UnsafeRawPointer(base)
            return (UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)))
        }
        var head: UInt64 = 0
        for index in 0..<count { head |= UInt64(base[index]) << UInt64(8 * index) }
        return (head, 0)
    }

    /// The value for these bytes: remembered, or made now (and remembered unless `make` gives nil).
    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, orMake make: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        let count = bytes.count
        let (head, tail) = BytesMemo.words(bytes)
        let hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        let slot = Int(truncatingIfNeeded: (hash &* 0xFF51_AFD7_ED55_8CCD) >> shift)   // the product's top bits
        let found: Value?? = slots.withUnsafeBufferPointer { slots in
            let entry = slots[slot]
            guard Int(entry.count) == count, entry.head == head, entry.tail == tail else { return nil }
            if count > 16, !arena.withUnsafeBufferPointer({
                memcmp($0.baseAddress! + Int(entry.start), bytes.baseAddress!, count) == 0
            }) {
                return nil
            }
            return .some(entry.value)
        }
        if let found { return found }
        guard let value = make(bytes) else { return nil }
        if count <= 16 {
            slots[slot] = Slot(head: head, tail: tail, count: Int32(count), start: 0, value: value)
        } else if arena.count + count <= 1 << 16 {
            slots[slot] = Slot(head: head, tail: tail, count: Int32(count), start: Int32(arena.count), value: value)
            arena.append(contentsOf: bytes)
        }
        return value
    }
}

extension BytesMemo where Value == String {
    /// The text of these (unescaped, UTF-8) bytes.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        value(bytes) { String(decoding: $0, as: UTF8.self) }!
    }
}
