#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sort keys shared by every front end.
public enum SortKey: String, Term {
    case name, code, jurisdiction, stage, progress, due

    public var label: Message {
        switch self {
        case .name: Message(zh: "名称", en: "name")
        case .code: Message(zh: "代码", en: "code")
        case .jurisdiction: Message(zh: "县区", en: "jurisdiction")
        case .stage: Message(zh: "阶段", en: "stage")
        case .progress: Message(zh: "进度", en: "progress")
        case .due: Message(zh: "下一步期限", en: "next due date")
        }
    }
}

/// Runs a filter and a sort over the state.
public struct RosterQuery: Sendable {
    public var filter = EnterpriseFilter()
    public var sort: SortKey = .name
    public var descending = false

    public init(filter: EnterpriseFilter = EnterpriseFilter(), sort: SortKey = .name, descending: Bool = false) {
        self.filter = filter
        self.sort = sort
        self.descending = descending
    }

    public func run(on state: CampaignState, today: Day) -> [EnterpriseRecord] {
        codes(on: state, today: today).compactMap { state[$0] }
    }

    /// The matching enterprises' codes in order. Records are not copied around: each sort key is computed once
    /// per row and the sort moves small tuples (a province-sized roster is re-sorted on filter changes).
    public func codes(on state: CampaignState, today: Day) -> [CreditCode] {
        let calendar = state.config.calendar
        var rows: [CreditCode] = []
        var positions: [Int] = []
        positions.reserveCapacity(state.rosterCount)
        // Read in place through the buffer: a record passed out of the array by value costs a retain and release.
        let everyone = filter.isEmpty   // the list as it opens: only removed enterprises are left out
        state.records.withUnsafeBufferPointer { records in
            for position in records.indices {
                guard everyone ? records[position].isActive
                    : filter.matches(records[position], calendar: calendar, today: today) else { continue }
                rows.append(records[position].profile.code)
                positions.append(position)
            }
        }
        func key<Key>(_ make: (EnterpriseRecord) -> Key) -> [(Key, CreditCode)] {
            zip(positions, rows).map { position, code in (make(state.records[position]), code) }
        }
        switch sort {
        case .name:
            // Byte order of UTF-8 is code-point order, and far cheaper than String's Unicode-aware comparison.
            return orderedByText(positions, rows, state, byName: true)
        case .code: return ordered(key { $0.profile.code }, by: <)
        case .jurisdiction:
            return orderedByText(positions, rows, state, byName: false)
        case .stage: return ordered(key { $0.stage.rank }, by: <)
        case .progress:
            let catalog = state.catalog
            return ordered(key { $0.progress(in: catalog).ratio }, by: <)
        case .due:
            // Enterprises with nothing due sort last, whichever the direction.
            let keyed: [(Day?, CreditCode)] = key { calendar.nextStep(of: $0)?.due }
            let dated: [(Day, CreditCode)] = keyed.compactMap { pair in pair.0.map { ($0, pair.1) } }
            let undated: [CreditCode] = keyed.filter { $0.0 == nil }.map { $0.1 }.sorted()
            return ordered(dated, by: <) + undated
        }
    }

    /// Orders by a text's UTF-8 bytes. Each row gets one 128-bit key: its text's first bytes (13, zero-padded,
    /// so that a shorter text that is a prefix sorts first, as in byte order) above its row number, and the keys
    /// are sorted as plain integers; only rows whose first 13 bytes agree are then ordered among themselves by the
    /// whole text (memcmp in one arena) and the credit code. 100,000 names sort in about 15 ms.
    private func orderedByText(_ positions: [Int], _ rows: [CreditCode], _ state: CampaignState,
                               byName: Bool) -> [CreditCode] {
        // The row number takes the low bits (17 for 100,000 rows), the text's first bytes the rest.
        let rowBits = UInt128(max(1, Int.bitWidth - positions.count.leadingZeroBitCount))
        let prefixBytes = (128 - Int(rowBits)) / 8
        var arena: [UInt8] = []
        arena.reserveCapacity(positions.count * 32)
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(positions.count)
        var keys: [UInt128] = []
        keys.reserveCapacity(positions.count)
        state.records.withUnsafeBufferPointer { records in
            for position in positions {
                var value = byName ? records[position].profile.name : records[position].profile.jurisdiction
                value.withUTF8 { bytes in
                    var key: UInt128 = 0
                    for index in 0..<prefixBytes {
                        key = key << 8 | UInt128(index < bytes.count ? bytes[index] : 0)
                    }
                    keys.append(key << rowBits | UInt128(spans.count))
                    spans.append((arena.count, bytes.count))
                    arena.append(contentsOf: bytes)
                }
            }
        }
        keys.sort()
        let descending = self.descending
        if descending { keys.reverse() }
        let rowMask: UInt128 = (1 << rowBits) - 1
        arena.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            func precedes(_ a: UInt128, _ b: UInt128) -> Bool {
                let x = spans[Int(a & rowMask)], y = spans[Int(b & rowMask)]
                var result = memcmp(base + x.start, base + y.start, min(x.count, y.count))
                if result == 0, x.count != y.count { result = x.count < y.count ? -1 : 1 }
                if result != 0 { return (result < 0) != descending }
                return rows[Int(a & rowMask)] < rows[Int(b & rowMask)]
            }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count, keys[end] >> rowBits == keys[start] >> rowBits { end += 1 }
                if end - start > 1 { keys[start..<end].sort(by: precedes) }
                start = end
            }
        }
        return keys.map { rows[Int($0 & rowMask)] }
    }

    private func ordered<Key>(_ keyed: [(Key, CreditCode)], by less: (Key, Key) -> Bool) -> [CreditCode] {
        keyed.sorted { a, b in
            if less(a.0, b.0) { return !descending }
            if less(b.0, a.0) { return descending }
            return a.1 < b.1
        }.map(\.1)
    }
}
