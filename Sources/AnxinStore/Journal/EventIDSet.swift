import AnxinCore

/// A set of event ids for finding duplicates among a million: open addressing over the full 128 bits, sized
/// to the expected count at a 3/4 load (not rounded up to a power of two), 17 bytes a slot, no hashing beyond
/// one multiply (a ULID's low bits are random; hand-made ids are mixed by the multiply).
struct EventIDSet {
    private var highs: [UInt64]
    private var lows: [UInt64]
    private var used: [Bool]
    private var count = 0

    init(expected: Int) {
        let capacity = max(16, expected * 4 / 3 + 1)
        highs = Array(repeating: 0, count: capacity)
        lows = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
    }

    /// Inserts the id; false when it was already there.
    mutating func insert(_ id: EventID) -> Bool {
        if (count + 1) * 4 > used.count * 3 { grow() }
        let mixed = (id.low ^ (id.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        // Lemire's range reduction: the high half of mixed × capacity.
        var slot = Int(mixed.multipliedFullWidth(by: UInt64(used.count)).high)
        while used[slot] {
            if lows[slot] == id.low && highs[slot] == id.high { return false }
            slot += 1
            if slot == used.count { slot = 0 }
        }
        used[slot] = true
        highs[slot] = id.high
        lows[slot] = id.low
        count += 1
        return true
    }

    private mutating func grow() {
        let old = (highs, lows, used)
        let capacity = used.count * 2
        highs = Array(repeating: 0, count: capacity)
        lows = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
        count = 0
        for slot in old.2.indices where old.2[slot] {
            _ = insert(EventID(high: old.0[slot], low: old.1[slot]))
        }
    }
}
