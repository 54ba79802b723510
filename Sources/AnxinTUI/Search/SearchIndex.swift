import AnxinCore

/// What `/` searches: name, credit code, full pinyin and pinyin initials of every enterprise, as lowercase
/// bytes, built once on the first search (not at start-up, not at every key press) and kept up to date by edits.
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var name: [UInt8]
        var code: [UInt8]
        var pinyin: [UInt8]
        var initials: [UInt8]
    }

    private var entries: [CreditCode: Entry] = [:]
    private var pinyin = PinyinTable()
    public private(set) var isBuilt = false

    public init() {}

    public mutating func build(from campaign: CampaignState) {
        guard !isBuilt else { return }
        entries.reserveCapacity(campaign.rosterCount)
        for record in campaign.records { update(record.code, name: record.profile.name) }
        isBuilt = true
    }

    /// Re-indexes one enterprise (after a listing or an edit of its name).
    public mutating func update(_ code: CreditCode, name: String) {
        let spelled = pinyin.spell(name)
        entries[code] = Entry(name: Array(name.lowercased().utf8), code: Array(code.value.lowercased().utf8),
                              pinyin: spelled.full, initials: spelled.initials)
    }

    /// Whether an enterprise's name, code, pinyin or initials contain the query (build first).
    public func matches(_ code: CreditCode, _ query: SearchQuery) -> Bool {
        guard let entry = entries[code], !query.bytes.isEmpty else { return query.bytes.isEmpty }
        return ByteSearch.contains(entry.name, query.bytes) || ByteSearch.contains(entry.code, query.bytes)
            || ByteSearch.contains(entry.pinyin, query.letters) || ByteSearch.contains(entry.initials, query.letters)
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
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard n <= h else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = pin[0]
                var index = 0
                let last = h - n
                while index <= last {
                    if hay[index] == first {
                        var matched = 1
                        while matched < n && hay[index + matched] == pin[matched] { matched += 1 }
                        if matched == n { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
