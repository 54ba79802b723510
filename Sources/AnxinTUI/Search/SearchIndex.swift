import AnxinCore

/// What `/` searches: name, credit code, full pinyin and pinyin initials of every enterprise, as lowercase
/// bytes, built once on the first search (not at start-up, not at every key press) and kept up to date by edits.
public struct SearchIndex: Sendable {
    /// Where one enterprise's texts are in the arena: name, code, full pinyin and initials, back to back.
    struct Span: Sendable {
        var start: Int32
        var name: UInt16
        var code: UInt16
        var pinyin: UInt16
        var initials: UInt16
    }

    /// Every text in one byte array (no per-enterprise arrays: a province's roster stays small in memory).
    private var arena: [UInt8] = []
    private var spans: [CreditCode: Span] = [:]
    private var pinyin = PinyinTable()
    public private(set) var isBuilt = false

    public init() {}

    public mutating func build(from campaign: CampaignState) {
        guard !isBuilt else { return }
        spans.reserveCapacity(campaign.rosterCount)
        arena.reserveCapacity(campaign.rosterCount * 100)
        for record in campaign.records { update(record.code, name: record.profile.name) }
        isBuilt = true
    }

    /// Re-indexes one enterprise (after a listing or an edit of its name); the old bytes are simply left behind.
    public mutating func update(_ code: CreditCode, name: String) {
        let spelled = pinyin.spell(name)
        let nameBytes = Array(name.lowercased().utf8.prefix(Int(UInt16.max)))
        let codeBytes = Array(code.value.lowercased().utf8)
        let full = Array(spelled.full.prefix(Int(UInt16.max))), initials = Array(spelled.initials.prefix(Int(UInt16.max)))
        spans[code] = Span(start: Int32(arena.count), name: UInt16(nameBytes.count), code: UInt16(codeBytes.count),
                           pinyin: UInt16(full.count), initials: UInt16(initials.count))
        arena += nameBytes
        arena += codeBytes
        arena += full
        arena += initials
    }

    /// Whether an enterprise's name, code, pinyin or initials contain the query (build first).
    public func matches(_ code: CreditCode, _ query: SearchQuery) -> Bool {
        guard !query.bytes.isEmpty else { return true }
        guard let span = spans[code] else { return false }
        return arena.withUnsafeBufferPointer { buffer in
            var start = Int(span.start)
            func next(_ length: UInt16) -> UnsafeBufferPointer<UInt8> {
                defer { start += Int(length) }
                return UnsafeBufferPointer(rebasing: buffer[start..<(start + Int(length))])
            }
            let name = next(span.name), codeText = next(span.code), full = next(span.pinyin), initials = next(span.initials)
            return ByteSearch.contains(name, query.bytes) || ByteSearch.contains(codeText, query.bytes)
                || ByteSearch.contains(full, query.letters) || ByteSearch.contains(initials, query.letters)
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
