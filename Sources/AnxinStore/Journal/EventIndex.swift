import AnxinCore

/// Where each enterprise's events are in the journals, in fold order, for reading a timeline back on demand.
/// A location is packed into 8 bytes (file: 12 bits, line length: 18 bits, offset: 34 bits); an enterprise with
/// a location that does not fit keeps all of its locations unpacked instead. A province's million events
/// then cost about 10 MB.
public struct EventIndex: Sendable {
    private var packed: [CreditCode: [UInt64]] = [:]
    private var wide: [CreditCode: [EventLocation]] = [:]

    public init() {}

    mutating func append(_ location: EventLocation, for code: CreditCode) {
        if wide[code] != nil {
            wide[code]!.append(location)
            return
        }
        if let bits = EventIndex.pack(location) {
            packed[code, default: []].append(bits)
            return
        }
        wide[code] = (packed.removeValue(forKey: code) ?? []).map(EventIndex.unpack) + [location]
    }

    /// An enterprise's event locations, in fold order.
    public func locations(of code: CreditCode) -> [EventLocation] {
        wide[code] ?? packed[code]?.map(EventIndex.unpack) ?? []
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
