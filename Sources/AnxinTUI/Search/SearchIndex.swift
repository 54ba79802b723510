import AnxinCore

/// What `/` searches: name, credit code, full pinyin and pinyin initials of every enterprise. Names and codes are
/// read from the roster itself; only the pinyin is kept here, as lowercase bytes in one arena indexed by roster
/// position (12 bytes an enterprise besides its letters), built once on the first search and kept up to date.
public struct SearchIndex: Sendable {
    /// Where one enterprise's full pinyin and initials are in the arena, back to back.
    struct Span: Sendable {
        var start: Int32
        var pinyin: UInt16
        var initials: UInt16
    }

    private var arena: [UInt8] = []
    /// By position in `CampaignState.records`.
    private var spans: [Span] = []
    private var pinyin = PinyinTable()
    public private(set) var isBuilt = false

    public init() {}

    public mutating func build(from campaign: CampaignState) {
        guard !isBuilt else { return }
        spans.reserveCapacity(campaign.rosterCount)
        // Generous: capacity that is never written costs no memory, and a grown arena would be copied.
        arena.reserveCapacity(campaign.rosterCount * 96)
        for (position, record) in campaign.records.enumerated() { update(position: position, name: record.profile.name) }
        isBuilt = true
    }

    /// Re-indexes one enterprise (after a listing or an edit of its name); the old bytes are simply left behind.
    public mutating func update(_ code: CreditCode, name: String, in campaign: CampaignState) {
        guard let position = campaign.position(of: code) else { return }
        update(position: position, name: name)
    }

    private mutating func update(position: Int, name: String) {
        let spelled = pinyin.spell(name)
        let full = spelled.full.prefix(Int(UInt16.max)), initials = spelled.initials.prefix(Int(UInt16.max))
        let span = Span(start: Int32(arena.count), pinyin: UInt16(full.count), initials: UInt16(initials.count))
        arena += full
        arena += initials
        while spans.count <= position { spans.append(Span(start: 0, pinyin: 0, initials: 0)) }
        spans[position] = span
    }

    /// Whether an enterprise's name, code, pinyin or initials contain the query (build first).
    public func matches(_ code: CreditCode, _ query: SearchQuery, in campaign: CampaignState) -> Bool {
        guard !query.bytes.isEmpty else { return true }
        guard let position = campaign.position(of: code), spans.indices.contains(position) else { return false }
        let record = campaign.records[position]
        if ByteSearch.containsFoldingCase(record.profile.name, query.bytes)
            || record.code.withBytes({ ByteSearch.containsFoldingCase($0, query.bytes) }) { return true }
        let span = spans[position]
        return arena.withUnsafeBufferPointer { buffer in
            let start = Int(span.start), middle = start + Int(span.pinyin), end = middle + Int(span.initials)
            return ByteSearch.contains(UnsafeBufferPointer(rebasing: buffer[start..<middle]), query.letters)
                || ByteSearch.contains(UnsafeBufferPointer(rebasing: buffer[middle..<end]), query.letters)
        }
    }
}

/// A search text prepared once per key press: lowercase bytes, and the same without spaces for pinyin.
public struct SearchQuery: Sendable {
    public let bytes: [UInt8]
    public let letters: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.lowercased().utf8)
        letters = bytes.filter { $0 != 0x20 && $0 != 0x27 }
    }
}

/// Substring search over bytes (memchr for the first byte, then compare).
enum ByteSearch {
    /// Whether text contains a lowercase needle, ASCII letters of the text compared in lowercase.
    static func containsFoldingCase(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text   // a native string is contiguous already: withUTF8 copies nothing
        return text.withUTF8 { containsFoldingCase($0, needle) }
    }

    static func containsFoldingCase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard n <= h else { return false }
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var index = 0
        while index <= h - n {
            if lower(haystack[index]) == needle[0] {
                var matched = 1
                while matched < n && lower(haystack[index + matched]) == needle[matched] { matched += 1 }
                if matched == n { return true }
            }
            index += 1
        }
        return false
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard n <= h else { return false }
        return needle.withUnsafeBufferPointer { pin in
            let first = pin[0]
            var index = 0
            let last = h - n
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < n && haystack[index + matched] == pin[matched] { matched += 1 }
                    if matched == n { return true }
                }
                index += 1
            }
            return false
        }
    }
}
