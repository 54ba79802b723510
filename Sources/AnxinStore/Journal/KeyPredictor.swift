/// The members of a journal line in the order anxin writes them (`EventEncoder`), used to read a key without
/// scanning it: after a member, the decoder compares the line's next bytes with `,"key":` for the keys that
/// usually come next, a couple of word comparisons each. Any other spelling of the same JSON (whitespace, an
/// escaped key, a member anxin does not write, a line too short for the comparison) falls back to the generic
/// scanner for that member, so the shortcut only ever recognises bytes the scanner would read the same way.
///
/// Built once (`shared`) and only read after: every decoder of every load uses the same tables, which live as
/// long as the process.
final class KeyPredictor: @unchecked Sendable {
    static let shared = KeyPredictor()

    /// `"key":` packed into two little-endian words with masks (keys are at most 12 bytes: 15 with the quotes
    /// and colon, so two words always hold the whole pattern).
    private struct Pattern {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var lowMask: UInt64 = 0
        var highMask: UInt64 = 0
        var length = 0
    }

    /// One pattern per key, by `Key.rawValue`.
    private let patterns: UnsafeMutablePointer<Pattern>
    /// For each key (and, last, for the start of the object), the keys that may follow it, likeliest first:
    /// `maximumTries` raw values a row, the row's unused places holding `none`. (Plain buffers: reading arrays
    /// from a line's hot loop retained and released them.)
    private let successors: UnsafeMutablePointer<UInt8>
    private static let none = UInt8.max
    /// The index of the start of the object in `successors`.
    static let start = EventDecoder.Key.allCases.count
    /// At most this many keys are tried before the generic scanner takes over.
    static let maximumTries = 10

    private init() {
        let patternList = EventDecoder.Key.allCases.map { key in
            let bytes = Array("\"\(key)\":".utf8)
            precondition(bytes.count <= 16, "a journal key longer than the predictor's two words")
            var pattern = Pattern(length: bytes.count)
            for (index, byte) in bytes.enumerated() {
                if index < 8 {
                    pattern.low |= UInt64(byte) << (8 * index)
                    pattern.lowMask |= 0xFF << (8 * index)
                } else {
                    pattern.high |= UInt64(byte) << (8 * (index - 8))
                    pattern.highMask |= 0xFF << (8 * (index - 8))
                }
            }
            return pattern
        }
        patterns = .allocate(capacity: patternList.count)
        patterns.initialize(from: patternList, count: patternList.count)
        let lists = KeyPredictor.successorLists()
        successors = .allocate(capacity: lists.count * KeyPredictor.maximumTries)
        successors.initialize(repeating: KeyPredictor.none, count: lists.count * KeyPredictor.maximumTries)
        for (row, list) in lists.enumerated() {
            for (column, key) in list.enumerated() {
                successors[row * KeyPredictor.maximumTries + column] = UInt8(key.rawValue)
            }
        }
    }


    /// The key sequences `EventEncoder` writes, by type, the commonest type first.
    private static func writtenOrders() -> [[EventDecoder.Key]] {
        let common: [EventDecoder.Key] = [.id, .at, .replica, .actor, .office, .enterprise, .type, .seen]
        let profile: [EventDecoder.Key] = [.name, .jurisdiction, .industry, .tier, .supervision, .department, .person,
                                           .phone, .address]
        let rests: [[EventDecoder.Key]] = [
            [.criterion, .level, .verdict, .note],              // ticked
            [.action, .date, .ref, .deadline, .note],           // step (experts, an array, goes the generic way)
            profile,                                            // listed, edited
            [.text],                                            // noted
            [.mark, .date, .reason, .cause, .grade],            // marked, unmarked
            [.reason],                                          // removed
            [.year],                                            // carried
            [.subject, .other],                                 // resolved
        ]
        return rests.map { common + $0 }
    }

    /// For each key, the keys written after it in some type: first the one right after it in each type (the
    /// usual case), then those further on (an optional member left out), each once.
    private static func successorLists() -> [[EventDecoder.Key]] {
        let orders = writtenOrders()
        var lists = Array(repeating: [EventDecoder.Key](), count: start + 1)
        func add(_ key: EventDecoder.Key, after index: Int) {
            if !lists[index].contains(key) && lists[index].count < maximumTries { lists[index].append(key) }
        }
        for distance in 1...12 {
            for order in orders {
                for position in order.indices where position + distance < order.count {
                    add(order[position + distance], after: order[position].rawValue)
                }
                if distance == 1 { add(order[0], after: start) }
            }
        }
        return lists
    }

    /// Reads the next member's key at the scanner's cursor when the bytes there are exactly `,"key":` (or
    /// `"key":` for an object's first member) for a key likely after `previous`; the cursor then stands right
    /// after the colon, as `nextRawKey` leaves it. Nil (and the scanner untouched) otherwise.
    @inline(__always)
    func key(in scanner: inout JSONScanner, after previous: Int) -> EventDecoder.Key? {
        var start = scanner.offset
        if scanner.needsComma {
            guard start < scanner.count, scanner.bytes[start] == JSONByte.comma else { return nil }
            start += 1
        }
        guard start + 16 <= scanner.count, let base = scanner.bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base + start)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let row = successors + previous * KeyPredictor.maximumTries
        for column in 0..<KeyPredictor.maximumTries {
            let candidate = row[column]
            if candidate == KeyPredictor.none { return nil }
            let pattern = patterns[Int(candidate)]
            if low & pattern.lowMask == pattern.low && high & pattern.highMask == pattern.high {
                scanner.offset = start + pattern.length
                scanner.needsComma = true
                return EventDecoder.Key(rawValue: Int(candidate))
            }
        }
        return nil
    }
}
