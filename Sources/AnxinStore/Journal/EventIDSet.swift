import AnxinCore
import CPrefetch

/// A set of event ids for finding duplicates among a million: open addressing over the full 128 bits, sized
/// to the expected count at a 3/4 load (not rounded up to a power of two), one 16-byte slot per id holding both
/// halves (a probe touches one cache line, not one per array), no hashing beyond one multiply (a ULID's low bits
/// are random; hand-made ids are mixed by the multiply). The all-zero id marks an empty slot, so it is kept aside.
struct EventIDSet {
    private var slots: [(high: UInt64, low: UInt64)]
    private var count = 0
    private var hasZero = false

    init(expected: Int) {
        slots = Array(repeating: (0, 0), count: max(16, expected * 4 / 3 + 1))
    }

    /// Inserts the id; false when it was already there.
    mutating func insert(_ id: EventID) -> Bool {
        if id.high == 0 && id.low == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let (slot, found) = probe(id)
        if found { return false }
        slots[slot] = (id.high, id.low)
        count += 1
        return true
    }

    /// Asks the processor for the id's first slot (a hint: the table is tens of megabytes, and each insert
    /// waited on memory; the decoding thread asks a dozen ids ahead).
    func prefetch(_ id: EventID) {
        let slot = firstSlot(of: id)
        slots.withUnsafeBufferPointer { anxin_prefetch_write($0.baseAddress! + slot) }
    }

    func contains(_ id: EventID) -> Bool {
        id.high == 0 && id.low == 0 ? hasZero : probe(id).found
    }

    /// Whether any id is in both sets.
    func sharesAny(with other: EventIDSet) -> Bool {
        if hasZero && other.hasZero { return true }
        return slots.contains { ($0.high != 0 || $0.low != 0) && other.contains(EventID(high: $0.high, low: $0.low)) }
    }

    /// The id's slot, or the empty slot where it would go: one multiply to mix, Lemire's range reduction (the
    /// high half of mixed × capacity), then the next slots in turn.
    @inline(__always)
    private func firstSlot(of id: EventID) -> Int {
        let mixed = (id.low ^ (id.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(mixed.multipliedFullWidth(by: UInt64(slots.count)).high)
    }

    private func probe(_ id: EventID) -> (slot: Int, found: Bool) {
        var slot = firstSlot(of: id)
        return slots.withUnsafeBufferPointer { slots in
            while slots[slot].high != 0 || slots[slot].low != 0 {
                if slots[slot].low == id.low && slots[slot].high == id.high { return (slot, true) }
                slot += 1
                if slot == slots.count { slot = 0 }
            }
            return (slot, false)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: (0, 0), count: old.count * 2)
        count = 0
        for slot in old where slot.high != 0 || slot.low != 0 {
            _ = insert(EventID(high: slot.high, low: slot.low))
        }
    }
}
