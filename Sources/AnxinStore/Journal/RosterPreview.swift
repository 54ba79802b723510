import AnxinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the interface can draw before the whole journal is folded: the roster of every enterprise (listings,
/// edits, removals, carries: names, counts and order are exact) and the complete state of the few enterprises on
/// the first screen. Every other enterprise is only its roster line until the full load replaces this.
public struct RosterPreview: Sendable {
    public let state: CampaignState
    /// The events of the enterprises folded in full, oldest first (their timelines).
    public let events: [CreditCode: [Event]]
    /// The enterprises folded in full.
    public let complete: Set<CreditCode>
}

extension RosterPreview {
    /// One pass over every journal (split over two threads): roster events are decoded, every other line only
    /// remembered by its enterprise and place. `pick` chooses, from the roster, the enterprises to show; their
    /// lines are then read back and folded with the roster in journal order (instant, file, place in the file).
    /// Lines that do not decode are skipped here: the full load reports them.
    public static func load(eventsDirectory: String, config: CampaignConfig, catalog: CriteriaCatalog,
                            pick: (CampaignState) -> [CreditCode]) -> RosterPreview {
        let names = POSIXFile.list(eventsDirectory).filter { $0.hasSuffix(".jsonl") }
            .filter { LocalIdentity.isValidReplica(String($0.dropLast(".jsonl".count))) }
        let scans = FileScans(count: names.count)
        DispatchQueue.concurrentPerform(iterations: min(2, max(1, names.count))) { worker in
            var index = worker
            while index < names.count {
                let replica = String(names[index].dropLast(".jsonl".count))
                scans.set(index, scan("\(eventsDirectory)/\(names[index])", replica: replica))
                index += 2
            }
        }
        let files = scans.all()

        // Roster events in fold order (sorted as small keys, not as whole events), folded once.
        var order: [(millis: Int64, file: Int32, offset: Int, item: Int32)] = []
        order.reserveCapacity(files.reduce(0) { $0 + $1.roster.count })
        for (file, scan) in files.enumerated() {
            for (item, entry) in scan.roster.enumerated() {
                order.append((entry.event.at.millisecondsSinceEpoch, Int32(file), entry.offset, Int32(item)))
            }
        }
        order.sort { a, b in a.millis != b.millis ? a.millis < b.millis : a.file != b.file ? a.file < b.file : a.offset < b.offset }
        var state = CampaignState(config: config, catalog: catalog)
        state.reserveCapacity(enterprises: order.count)
        for entry in order { state.apply(files[Int(entry.file)].roster[Int(entry.item)].event) }

        let chosen = Set(pick(state))
        var keys: [UInt64: CreditCode] = [:]
        for code in chosen { keys[key(Array(code.value.utf8))] = code }
        // The chosen enterprises' every event (roster lines again, and the rest read back), folded on their own.
        var detail: [Placed] = []
        for (file, scan) in files.enumerated() where !keys.isEmpty {
            for entry in scan.roster where chosen.contains(entry.event.enterprise) {
                detail.append(Placed(event: entry.event, file: file, offset: entry.offset))
            }
            let wanted = scan.others.filter { keys[$0.key] != nil }
            guard !wanted.isEmpty else { continue }
            let replica = String(names[file].dropLast(".jsonl".count))
            let decoder = EventDecoder(replica: replica, catalog: nil)
            readLines(at: wanted, path: "\(eventsDirectory)/\(names[file])") { bytes, offset in
                guard case let (event?, _) = decoder.decode(bytes), chosen.contains(event.enterprise) else { return }
                detail.append(Placed(event: event, file: file, offset: offset))
            }
        }
        detail.sort(by: Placed.precedes)
        var own = CampaignState(config: config, catalog: catalog)
        var events: [CreditCode: [Event]] = [:]
        for placed in detail {
            own.apply(placed.event)
            events[placed.event.enterprise, default: []].append(placed.event)
        }
        for record in own.records { state.adopt(record) }
        return RosterPreview(state: state, events: events, complete: chosen)
    }

    /// An event and where it was read, in the order the full load folds (a file's lines are in offset order).
    struct Placed {
        let event: Event
        let file: Int
        let offset: Int

        static func precedes(_ a: Placed, _ b: Placed) -> Bool {
            let x = a.event.at.millisecondsSinceEpoch, y = b.event.at.millisecondsSinceEpoch
            if x != y { return x < y }
            if a.file != b.file { return a.file < b.file }
            return a.offset < b.offset
        }
    }

    /// A line not decoded in the first pass: its enterprise (hashed) and where it starts.
    struct Other {
        let key: UInt64
        let offset: Int
    }

    struct FileScan {
        var roster: [(event: Event, offset: Int)] = []
        var others: [Other] = []
    }

    final class FileScans: @unchecked Sendable {
        private var scans: [FileScan]
        private let lock = NSLock()

        init(count: Int) { scans = Array(repeating: FileScan(), count: count) }

        func set(_ index: Int, _ scan: FileScan) {
            lock.lock()
            scans[index] = scan
            lock.unlock()
        }

        func all() -> [FileScan] {
            lock.lock()
            defer { lock.unlock() }
            return scans
        }
    }

    static let enterpriseKey = Array(#""enterprise":""#.utf8)
    static let typeKey = Array(#""type":""#.utf8)
    static let rosterTypes: [[UInt8]] = ["listed", "edited", "removed", "carried"].map { Array($0.utf8) }

    /// Reads one journal: roster lines decoded, the others remembered.
    static func scan(_ path: String, replica: String) -> FileScan {
        var result = FileScan()
        guard let reader = try? LineReader(path: path) else { return result }
        let decoder = EventDecoder(replica: replica, catalog: nil)
        while let more = try? reader.next({ bytes, line -> Bool in
            guard line.terminated, let base = bytes.baseAddress,
                  let codeStart = enterpriseValue(in: bytes), codeStart + 19 <= bytes.count,
                  base[codeStart + 18] == UInt8(ascii: "\"") else { return true }
            let code = UnsafeBufferPointer(start: base + codeStart, count: 18)
            let typeStart = follows(typeSeparator, in: bytes, at: codeStart + 18) ? codeStart + 18 + typeSeparator.count
                : find(typeKey, in: bytes, from: codeStart + 19)
            if let typeStart, isRosterType(bytes, at: typeStart) {
                if case let (event?, _) = decoder.decode(bytes) { result.roster.append((event, line.offset)) }
            } else {
                result.others.append(Other(key: key(code), offset: line.offset))
            }
            return true
        }), more {}
        return result
    }

    /// The keys anxin writes come in a fixed order, the id with a fixed length: hop from value to value with one
    /// memchr each; a line written otherwise (by hand) falls back to searching for the key.
    static let hops: [[UInt8]] = [#"","replica":""#, #"","actor":""#, #"","office":""#, #"","enterprise":""#].map { Array($0.utf8) }
    static let typeSeparator = Array(#"","type":""#.utf8)

    static func enterpriseValue(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var at = 41   // {"id":"<26>","at":"  — the instant starts here
        for hop in hops {
            guard at < bytes.count, let quote = memchr(base + at, Int32(UInt8(ascii: "\"")), bytes.count - at) else { return nil }
            let end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            guard follows(hop, in: bytes, at: end) else { return find(enterpriseKey, in: bytes, from: min(60, bytes.count)) }
            at = end + hop.count
        }
        return at
    }

    /// Whether `literal` stands in the bytes at `index`.
    static func follows(_ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
        return true
    }

    static func isRosterType(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for type in rosterTypes where start + type.count < bytes.count && bytes[start + type.count] == UInt8(ascii: "\"") {
            var same = true
            for offset in 0..<type.count where bytes[start + offset] != type[offset] { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Where the bytes right after `needle` start, searching from `from`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var start = from
        while start + needle.count <= bytes.count {
            guard let hit = memchr(base + start, Int32(first), bytes.count - needle.count + 1 - start) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var same = true
            for offset in 1..<needle.count where base[at + offset] != needle[offset] { same = false; break }
            if same { return at + needle.count }
            start = at + 1
        }
        return nil
    }

    /// FNV-1a over a credit code's bytes (a collision only costs a line read back and dropped).
    static func key(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Reads back the lines at these places (in file order) and hands each, with its offset, to `body`.
    static func readLines(at places: [Other], path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        for place in places {
            var length = 0
            while true {
                let count = buffer.withUnsafeMutableBytes { raw in
                    pread(fd, raw.baseAddress! + length, raw.count - length, off_t(place.offset + length))
                }
                if count <= 0 { break }
                length += count
                if buffer[..<length].contains(UInt8(ascii: "\n")) || length < buffer.count { break }
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
            guard let end = buffer[..<length].firstIndex(of: UInt8(ascii: "\n")) else { continue }
            buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<end]), place.offset) }
        }
    }
}
