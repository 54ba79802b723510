import AnxinCore
@testable import AnxinStore
import Testing

/// The duplicate-id set of `anxin check` agrees with Swift's own `Set` on any sequence of ids.
@Suite("Event id set (duplicate ids)")
struct EventIDSetTests {
    @Test("agrees with Set on random ids with repeats, the all-zero id and growth past the expected size (property)")
    func agreesWithSet() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            // Sized too small on purpose in half the rounds, so that it grows.
            var ids = EventIDSet(expected: round.isMultiple(of: 2) ? 8 : 2_000)
            var reference = Set<EventID>()
            var pool: [EventID] = [EventID(high: 0, low: 0)]
            for _ in 0..<3_000 {
                let id: EventID
                if Int.random(in: 0..<4, using: &generator) == 0, let old = pool.randomElement(using: &generator) {
                    id = old
                } else {
                    // Small numbers too, so that hand-made ids (and their neighbours in the table) are covered.
                    let small = Bool.random(using: &generator)
                    id = EventID(high: small ? UInt64.random(in: 0..<4, using: &generator) : .random(in: .min ... .max, using: &generator),
                                 low: small ? UInt64.random(in: 0..<64, using: &generator) : .random(in: .min ... .max, using: &generator))
                    pool.append(id)
                }
                #expect(ids.insert(id) == reference.insert(id).inserted, "round \(round), id \(id.high) \(id.low)")
            }
        }
    }
}
