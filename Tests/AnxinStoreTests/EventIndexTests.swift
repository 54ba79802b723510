import Testing
@testable import AnxinCore
@testable import AnxinStore

@Suite("Event locations for timelines")
struct EventIndexTests {
    @Test("locations come back in the order they were added, packed or not")
    func roundTrip() {
        var index = EventIndex()
        let a = Sample.code(1), b = Sample.code(2)
        let small = [EventLocation(file: 0, length: 270, offset: 0), EventLocation(file: 3, length: 312, offset: 1_000_000)]
        for location in small { index.append(location, for: a) }
        #expect(index.locations(of: a) == small)
        // A location too large to pack (a 20 GB journal) keeps the enterprise's whole list unpacked, in order.
        let huge = EventLocation(file: 1, length: 300, offset: 20_000_000_000)
        index.append(small[0], for: b)
        index.append(huge, for: b)
        index.append(small[1], for: b)
        #expect(index.locations(of: b) == [small[0], huge, small[1]])
        #expect(index.locations(of: Sample.code(3)).isEmpty)
    }

    @Test("interleaved enterprises each get their own locations back, in order (seeded property)")
    func interleaved() {
        var index = EventIndex(expectedEvents: 4)   // outgrowing the reservation is fine
        var expected: [CreditCode: [EventLocation]] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<2_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let code = Sample.code(Int(state >> 59) + 1)
            let location = EventLocation(file: Int32(state >> 40 & 7), length: Int32(200 + step % 300), offset: step * 300)
            index.append(location, for: code)
            expected[code, default: []].append(location)
        }
        for (code, locations) in expected { #expect(index.locations(of: code) == locations) }
    }

    @Test("the packing keeps every field at its limits")
    func limits() {
        let edge = EventLocation(file: 4095, length: (1 << 18) - 1, offset: (1 << 34) - 1)
        #expect(EventIndex.pack(edge).map(EventIndex.unpack) == edge)
        #expect(EventIndex.pack(EventLocation(file: 4096, length: 1, offset: 0)) == nil)
        #expect(EventIndex.pack(EventLocation(file: 0, length: 1 << 18, offset: 0)) == nil)
    }
}
