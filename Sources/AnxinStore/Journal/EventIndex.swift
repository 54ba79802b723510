import AnxinCore

/// Where each enterprise's events are in the journals, in fold order, for reading a timeline back on demand.
/// A location is packed into 8 bytes (file: 12 bits, line length: 18 bits, offset: 34 bits) in one array for the
/// whole journal, each enterprise's locations chained through a second array (4 bytes an event): no array per
/// enterprise, so a province's million events cost about 13 MB. An enterprise with a location that does not fit
/// keeps all of its locations unpacked instead.
public struct EventIndex: Sendable {
    private var packed: [UInt64] = []
    /// For each packed location, the index of the same enterprise's next one (-1 after its last).
    private var next: [Int32] = []
    private var chains: [CreditCode: Chain] = [:]
    private var wide: [CreditCode: [EventLocation]] = [:]

    struct Chain {
        var first: Int32
        var last: Int32
    }

    public init() {}

    /// Room for about this many events at once (a grown array is copied: the copy would be the load's peak).
    init(expectedEvents: Int) {
        packed.reserveCapacity(expectedEvents)
        next.reserveCapacity(expectedEvents)
    }

    mutating func append(_ location: EventLocation, for code: CreditCode) {
        if wide[code] != nil {
            wide[code]!.append(location)
            return
        }
        guard let bits = EventIndex.pack(location), packed.count < Int(Int32.max) else {
            wide[code] = locations(of: code) + [location]
            chains[code] = nil
            return
        }
        let index = Int32(packed.count)
        packed.append(bits)
        next.append(-1)
        if let slot = chains.index(forKey: code) {
            next[Int(chains.values[slot].last)] = index
            chains.values[slot].last = index
        } else {
            chains[code] = Chain(first: index, last: index)
        }
    }

    /// An enterprise's event locations, in fold order.
    public func locations(of code: CreditCode) -> [EventLocation] {
        if let wide = wide[code] { return wide }
        guard var index = chains[code]?.first else { return [] }
        var result: [EventLocation] = []
        while index >= 0 {
            result.append(EventIndex.unpack(packed[Int(index)]))
            index = next[Int(index)]
        }
        return result
    }

    static func pack(_ location: EventLocation) -> UInt64? {
        guard location.file >= 0, location.file < 1 << 12, location.length >= 0, location.length < 1 << 18,
              location.offset >= 0, location.offset < 1 << 34 else { return nil }
        return UInt64(location.file) << 52 | UInt64(location.length) << 34 | UInt64(location.offset)
    }

    static func unpack(_ bits: UInt64) -> EventLocation {
        EventLocation(file: Int32(bits >> 52), length: Int32((bits >> 34) & 0x3_FFFF), offset: Int(bits & 0x3_FFFF_FFFF))
    }
}
