#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small table from names (of places, industries, offices) to values, looked up as `Dictionary<String, _>`
/// would be (canonical equivalence) but by bytes where that is exact (see `String.sameText`): hashing a Chinese
/// `String` normalizes it first, and the rules look names up for every roster line of the journal.
///
/// A name whose bytes match an entry's is found by comparing lengths and bytes over the few dozen entries; a
/// name that matches none is known to be absent when it and every entry are stable under normalization;
/// otherwise the dictionary decides.
struct TextLookup<Value: Sendable>: Sendable {
    private var names: [[UInt8]] = []
    private var values: [Value] = []
    private var dictionary: [String: Value] = [:]
    private var entriesAreStable = true

    init() {}

    init(_ pairs: some Sequence<(String, Value)>) {
        for (name, value) in pairs { add(name, value) }
    }

    /// Adds a name unless it is there already (the first value given for a name stays, as `Dictionary`'s
    /// `where table[name] == nil` filling would keep it).
    mutating func add(_ name: String, _ value: Value) {
        guard dictionary[name] == nil else { return }
        dictionary[name] = value
        let bytes = Array(name.utf8)
        names.append(bytes)
        values.append(value)
        if !bytes.withUnsafeBufferPointer(String.isStableUnderNormalization) { entriesAreStable = false }
    }

    subscript(name: String) -> Value? {
        switch name.utf8.withContiguousStorageIfAvailable({ position(of: $0) }) {
        case let .some(.found(index)): return values[index]
        case .some(.absent): return nil
        default: return dictionary[name]
        }
    }

    private enum Search { case found(Int), absent, undecided }

    private func position(of bytes: UnsafeBufferPointer<UInt8>) -> Search {
        for index in names.indices where names[index].count == bytes.count {
            let equal = names[index].withUnsafeBufferPointer { entry in
                bytes.count == 0 || memcmp(entry.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }
            if equal { return .found(index) }
        }
        return entriesAreStable && String.isStableUnderNormalization(bytes) ? .absent : .undecided
    }

    func contains(_ name: String) -> Bool { self[name] != nil }
}
