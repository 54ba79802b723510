import CPrefetch

/// Where each enterprise's record is in the roster: an open-addressing table from a credit code's packed bits to
/// a position, at most half full (a search rarely passes a collision, which at three quarters full sent a
/// third of them into a cache line not fetched ahead), one 32-byte slot per enterprise holding both (a lookup
/// touches one cache line; a `Dictionary` keeps keys and values apart and hashes with SipHash). The fold looks
/// an enterprise up for every journal event.
struct RosterIndex: Sendable {
    private var slots: [Slot]
    private(set) var count = 0

    private struct Slot: Sendable {
        var code: CreditCode
        /// The position plus one; 0 marks an empty slot.
        var position: Int
    }

    init(capacity: Int = 0) {
        slots = Array(repeating: Slot(code: CreditCode(packing: EmptyCollection()), position: 0),
                      count: RosterIndex.size(for: capacity))
    }

    subscript(code: CreditCode) -> Int? {
        get {
            let (slot, found) = probe(code)
            return found ? slots[slot].position - 1 : nil
        }
        set {
            guard let position = newValue else { preconditionFailure("positions are never removed") }
            let (slot, found) = probe(code)
            if !found {
                if (count + 1) * 2 > slots.count {
                    grow()
                    return self[code] = position
                }
                count += 1
            }
            slots[slot] = Slot(code: code, position: position + 1)
        }
    }

    /// Slots for this many codes, the table at most half full.
    private static func size(for capacity: Int) -> Int { max(16, capacity * 2 + 1) }

    mutating func reserveCapacity(_ capacity: Int) {
        guard RosterIndex.size(for: capacity) > slots.count else { return }
        rebuild(size: RosterIndex.size(for: capacity))
    }

    /// Asks the processor to fetch the code's first slots (a hint: nothing is read or changed): the line of the
    /// first and the one after it, where a search that passes a collision goes on.
    func prefetch(_ code: CreditCode) {
        let slot = Int(code.mixedBits.multipliedFullWidth(by: UInt64(slots.count)).high)
        slots.withUnsafeBufferPointer {
            anxin_prefetch($0.baseAddress! + slot)
            anxin_prefetch(UnsafeRawPointer($0.baseAddress! + slot) + 64)
        }
    }

    /// The code's slot, or the empty slot where it would go.
    private func probe(_ code: CreditCode) -> (slot: Int, found: Bool) {
        var slot = Int(code.mixedBits.multipliedFullWidth(by: UInt64(slots.count)).high)
        return slots.withUnsafeBufferPointer { slots in
            while slots[slot].position != 0 {
                if slots[slot].code == code { return (slot, true) }
                slot += 1
                if slot == slots.count { slot = 0 }
            }
            return (slot, false)
        }
    }

    private mutating func grow() { rebuild(size: slots.count * 2) }

    private mutating func rebuild(size: Int) {
        let old = slots
        slots = Array(repeating: Slot(code: CreditCode(packing: EmptyCollection()), position: 0), count: size)
        count = 0
        for slot in old where slot.position != 0 { self[slot.code] = slot.position - 1 }
    }
}
