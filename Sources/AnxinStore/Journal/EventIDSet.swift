import AnxinCore

/// A set of event ids for finding duplicates among a million: open addressing over the 80 random bits of
/// each ULID (its low 64 bits and the low 16 of the high word): ten bytes an entry, no hashing needed.
/// Two different ids with the same 80 random bits would need a 1-in-2^80 coincidence.
struct EventIDSet {
    private var lows: [UInt64]
    private var extras: [UInt16]
    private var used: [Bool]
    private var count = 0
    private var mask: Int

    init(expected: Int) {
        var capacity = 16
        while capacity * 3 < expected * 4 { capacity <<= 1 }
        lows = Array(repeating: 0, count: capacity)
        extras = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
        mask = capacity - 1
    }

    /// Inserts the id; false when it was already there.
    mutating func insert(_ id: EventID) -> Bool {
        if (count + 1) * 4 > used.count * 3 { grow() }
        let low = id.low, extra = UInt16(truncatingIfNeeded: id.high)
        var slot = Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while used[slot] {
            if lows[slot] == low && extras[slot] == extra { return false }
            slot = (slot + 1) & mask
        }
        used[slot] = true
        lows[slot] = low
        extras[slot] = extra
        count += 1
        return true
    }

    private mutating func grow() {
        let old = (lows, extras, used)
        let capacity = used.count * 2
        lows = Array(repeating: 0, count: capacity)
        extras = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
        mask = capacity - 1
        count = 0
        for slot in old.2.indices where old.2[slot] {
            _ = insert(EventID(high: UInt64(old.1[slot]), low: old.0[slot]))
        }
    }
}
