#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the values made from the few byte strings that repeat on almost every journal line (the actor,
/// the office, the criterion), so that a line's bytes are compared with what was seen before instead of being
/// validated and turned into a new value each time. Most recently used first; holds at most `capacity` entries,
/// beyond which it simply makes the value. One per journal file, used by one thread at a time.
final class BytesMemo<Value>: @unchecked Sendable {
    private var entries: [(bytes: [UInt8], value: Value)] = []
    private let capacity: Int

    init(capacity: Int = 48) {
        self.capacity = capacity
    }

    /// The value for these bytes: remembered, or made now (and remembered unless `make` gives nil).
    func value(_ bytes: UnsafeBufferPointer<UInt8>, orMake make: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        if let found = lookup(bytes) { return found }
        guard let value = make(bytes) else { return nil }
        if entries.count < capacity { entries.append((Array(bytes), value)) }
        return value
    }

    private func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for position in entries.indices where entries[position].bytes.count == bytes.count {
            let same = bytes.isEmpty || entries[position].bytes.withUnsafeBufferPointer { stored in
                memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }
            guard same else { continue }
            guard position > 0 else { return entries[0].value }
            entries.swapAt(position, position - 1)   // drifts towards the front
            return entries[position - 1].value
        }
        return nil
    }
}

extension BytesMemo where Value == String {
    /// The text of these (unescaped, UTF-8) bytes.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        value(bytes) { String(decoding: $0, as: UTF8.self) }!
    }
}
