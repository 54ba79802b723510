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
        // Largest files first, each thread taking the next file when it is done: the two finish together
        // (journals differ in size by ten times).
        let sizes = names.map { POSIXFile.size("\(eventsDirectory)/\($0)") ?? 0 }
        let scans = FileScans(count: names.count, order: names.indices.sorted { sizes[$0] > sizes[$1] })
        DispatchQueue.concurrentPerform(iterations: min(2, max(1, names.count))) { _ in
            while let index = scans.nextFile() {
                let replica = String(names[index].dropLast(".jsonl".count))
                scans.set(index, scan("\(eventsDirectory)/\(names[index])", replica: replica))
            }
        }
        let files = scans.takeAll()

        // Roster lines in fold order (sorted as small keys), folded once into name-only records.
        var order: [(millis: Int64, file: Int32, offset: Int, item: Int32)] = []
        order.reserveCapacity(files.reduce(0) { $0 + $1.roster.count })
        for (file, scan) in files.enumerated() {
            for (item, line) in scan.roster.enumerated() {
                order.append((line.at.millisecondsSinceEpoch, Int32(file), line.offset, Int32(item)))
            }
        }
        order.sort { a, b in a.millis != b.millis ? a.millis < b.millis : a.file != b.file ? a.file < b.file : a.offset < b.offset }
        var state = CampaignState(config: config, catalog: catalog)
        state.reserveCapacity(enterprises: order.count)
        for entry in order {
            if let event = files[Int(entry.file)].roster[Int(entry.item)].event { state.apply(event) }
        }
        let chosen = Set(pick(state))
        var keys: [UInt64: CreditCode] = [:]
        for code in chosen { keys[key(Array(code.value.utf8))] = code }
        // The chosen enterprises' every event (roster lines again, and the rest read back), folded on their own.
        var detail: [Placed] = []
        for (file, scan) in files.enumerated() where !keys.isEmpty {
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

    /// A roster line reduced to what orders and counts the list: the enterprise, when, and the name it gives.
    /// Its event carries only that (no jurisdiction, tier, office…): enough for the off-screen enterprises, whose
    /// records are shown by nothing but their place in the name order; the chosen ones are read again in full.
    struct RosterLine {
        let at: Instant
        let offset: Int
        /// The line as a name-only event (nil for a carry, which changes neither name nor membership).
        let event: Event?
    }

    struct FileScan {
        var roster: [RosterLine] = []
        /// Every line (the roster's too), by enterprise and place, for reading back the chosen enterprises.
        var others: [Other] = []
    }

    final class FileScans: @unchecked Sendable {
        private var scans: [FileScan]
        private var waiting: [Int]
        private let lock = NSLock()

        init(count: Int, order: [Int]) {
            scans = Array(repeating: FileScan(), count: count)
            waiting = order.reversed()
        }

        /// The next file to scan, if any is left.
        func nextFile() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            return waiting.popLast()
        }

        func set(_ index: Int, _ scan: FileScan) {
            lock.lock()
            scans[index] = scan
            lock.unlock()
        }

        /// Hands the scans over (this object keeps none, so the caller's copy is not shared).
        func takeAll() -> [FileScan] {
            lock.lock()
            defer { lock.unlock() }
            let all = scans
            scans = []
            return all
        }
    }

    static let enterpriseKey = Array(#""enterprise":""#.utf8)
    static let typeKey = Array(#""type":""#.utf8)
    static let rosterTypes: [[UInt8]] = ["listed", "edited", "removed", "carried"].map { Array($0.utf8) }
    static let nameKey = Array(#""name":""#.utf8)
    static let idPrefix = Array(#"{"id":""#.utf8)
    static let atSeparator = Array(#"","at":""#.utf8)
    static let replicaSeparator = Array(#"","replica":""#.utf8)
    static let seenSeparator = Array(#"","seen":""#.utf8)
    static let reasonKey = Array(#""reason":""#.utf8)

    /// Reads one journal: roster lines decoded, the others remembered.
    static func scan(_ path: String, replica: String) -> FileScan {
        var result = FileScan()
        guard let reader = try? LineReader(path: path) else { return result }
        let decoder = EventDecoder(replica: replica, catalog: nil)
        while let more = try? reader.next({ bytes, line -> Bool in
            let hopped = hopToEnterprise(in: bytes)
            guard line.terminated, let base = bytes.baseAddress,
                  let codeStart = hopped ?? find(enterpriseKey, in: bytes, from: min(60, bytes.count)),
                  codeStart + 19 <= bytes.count, base[codeStart + 18] == UInt8(ascii: "\"") else { return true }
            let code = UnsafeBufferPointer(start: base + codeStart, count: 18)
            // anxin's own layout: the keys in their fixed order, the type right after the enterprise.
            let laidOut = hopped != nil && follows(typeSeparator, in: bytes, at: codeStart + 18)
            let typeStart = laidOut ? codeStart + 18 + typeSeparator.count : find(typeKey, in: bytes, from: codeStart + 19)
            result.others.append(Other(key: key(code), offset: line.offset))
            if let typeStart, let kind = rosterKind(bytes, at: typeStart) {
                if laidOut, let lean = leanRosterLine(bytes, kind: kind, code: code, typeStart: typeStart,
                                                      replica: replica, offset: line.offset) {
                    result.roster.append(lean)
                } else if case let (event?, _) = decoder.decode(bytes) {   // written by hand: the whole decoder
                    result.roster.append(RosterLine(at: event.at, offset: line.offset, event: nameOnly(event)))
                }
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
        hopToEnterprise(in: bytes) ?? find(enterpriseKey, in: bytes, from: min(60, bytes.count))
    }

    /// Where the enterprise's value starts in a line laid out as anxin writes it (nil for any other layout).
    static func hopToEnterprise(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var at = 41   // {"id":"<26>","at":"  — the instant starts here
        for hop in hops {
            guard at < bytes.count, let quote = memchr(base + at, Int32(UInt8(ascii: "\"")), bytes.count - at) else { return nil }
            let end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            guard follows(hop, in: bytes, at: end) else { return nil }
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

    /// Which roster event type (an index into `rosterTypes`) the type value at `start` is, if any.
    static func rosterKind(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        for (kind, type) in rosterTypes.enumerated()
        where start + type.count < bytes.count && bytes[start + type.count] == UInt8(ascii: "\"") {
            var same = true
            for offset in 0..<type.count where bytes[start + offset] != type[offset] { same = false; break }
            if same { return kind }
        }
        return nil
    }

    /// Reads a roster line laid out as anxin writes it (id, instant, replica, actor, office, enterprise, type,
    /// then `seen`) without the whole decoder: the id, the instant, the replica (it must be the file's), the
    /// enterprise, `seen`, and the name (for a listing or a rename) or the reason (for a removal), which must not be
    /// empty. nil for anything else, which the decoder then reads. The other roster fields are not checked here:
    /// a listing damaged by hand there shows in the first frame until the full load refuses it.
    static func leanRosterLine(_ bytes: UnsafeBufferPointer<UInt8>, kind: Int, code: UnsafeBufferPointer<UInt8>,
                               typeStart: Int, replica: String, offset: Int) -> RosterLine? {
        guard let base = bytes.baseAddress, follows(idPrefix, in: bytes, at: 0), follows(atSeparator, in: bytes, at: 33),
              let id = EventID(utf8: UnsafeBufferPointer(start: base + 7, count: 26)),
              let atEnd = value(in: bytes, from: 41),
              let at = Instant(utf8: UnsafeBufferPointer(start: base + 41, count: atEnd - 41)),
              follows(replicaSeparator, in: bytes, at: atEnd),
              follows(Array(replica.utf8) + [UInt8(ascii: "\"")], in: bytes, at: atEnd + replicaSeparator.count),
              let enterprise = try? CreditCode(validatingBytes: code) else { return nil }
        // `seen` comes right after the type when there is one: the preview's conflicts on the roster depend on it.
        let typeEnd = typeStart + rosterTypes[kind].count
        var seen: EventID?
        if follows(seenSeparator, in: bytes, at: typeEnd) {
            let start = typeEnd + seenSeparator.count
            guard start + 27 <= bytes.count, bytes[start + 26] == UInt8(ascii: "\""),
                  let parsed = EventID(utf8: UnsafeBufferPointer(start: base + start, count: 26)) else { return nil }
            seen = parsed
        }
        func text(after key: [UInt8]) -> String? {
            guard let start = find(key, in: bytes, from: typeEnd), let end = value(in: bytes, from: start), end > start else { return nil }
            let value = UnsafeBufferPointer(start: base + start, count: end - start)
            return value.contains(UInt8(ascii: "\\")) ? nil : String(decoding: value, as: UTF8.self)
        }
        let payload: EventPayload
        switch kind {
        case 0:
            guard let name = text(after: nameKey) else { return nil }
            payload = nameOnlyListing(enterprise, name)
        case 1:
            let name = text(after: nameKey)
            if name == nil, find(nameKey, in: bytes, from: typeEnd) != nil { return nil }   // an empty or escaped name
            payload = .edited(ProfileChange(name: name))
        case 2:
            guard text(after: reasonKey) != nil else { return nil }
            payload = .removed(reason: "")
        default: return RosterLine(at: at, offset: offset, event: nil)
        }
        return RosterLine(at: at, offset: offset, event: Event(id: id, at: at, replica: replica, actor: "", office: "",
                                                               enterprise: enterprise, seen: seen, payload: payload))
    }

    /// Where the string value starting at `start` ends (its closing quote).
    static func value(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else { return nil }
        return base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
    }

    /// A listing that says only the code and the name (the rest is left empty: never drawn).
    static func nameOnlyListing(_ code: CreditCode, _ name: String) -> EventPayload {
        .listed(EnterpriseProfile(code: code, name: name, jurisdiction: "", industry: "", tier: .normalized, level: .local,
                                  department: "", person: ""))
    }

    /// A decoded roster event reduced like `leanRosterLine` does.
    static func nameOnly(_ event: Event) -> Event? {
        let payload: EventPayload
        switch event.payload {
        case let .listed(profile):
            payload = nameOnlyListing(profile.code, profile.name)
        case let .edited(change): payload = .edited(ProfileChange(name: change.name))
        case .removed: payload = .removed(reason: "")
        default: return nil
        }
        return Event(id: event.id, at: event.at, replica: event.replica, actor: "", office: "", enterprise: event.enterprise,
                     seen: event.seen, payload: payload)
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
