// Shared helpers for the JSON scanner tests: running the scanner on text or bytes, a seeded PRNG, and the
// conversion of both our values and Foundation's into one comparable form.
// Names carry a `JSON` prefix because the test target is shared with other parts of the store.

import AnxinStore
import Foundation
import Testing

// MARK: Running the scanner

/// `JSONScanner.parse` over the bytes, as a Result so tests can compare failures too.
func jsonParse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
    bytes.withUnsafeBufferPointer { buffer in
        Result { () throws(JSONSyntaxError) -> JSONValue in try JSONScanner.parse(buffer) }
    }
}

func jsonParse(_ text: String) -> Result<JSONValue, JSONSyntaxError> {
    jsonParse(Array(text.utf8))
}

/// Validates with `skipValue` then `end`, returning how far it got; must fail exactly like `parse`.
func jsonSkip(_ bytes: [UInt8]) -> Result<Int, JSONSyntaxError> {
    bytes.withUnsafeBufferPointer { buffer in
        Result { () throws(JSONSyntaxError) -> Int in
            var scanner = JSONScanner(buffer)
            try scanner.skipValue()
            try scanner.end()
            return scanner.offset
        }
    }
}

/// Runs `body` on a scanner over `text`.
func withJSONScanner<T>(
    _ text: String, _ body: (inout JSONScanner) throws(JSONSyntaxError) -> T
) -> Result<T, JSONSyntaxError> {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
        Result { () throws(JSONSyntaxError) -> T in
            var scanner = JSONScanner(buffer)
            return try body(&scanner)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }

    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
// MARK: Comparable form

/// What both parsers must agree on: numbers as Double, strings as exact UTF-8 (Swift's `==` on String would
/// treat canonically equivalent text as equal and hide a decoding bug), objects as dictionaries with the last
/// duplicate winning (what Foundation keeps).
indirect enum JSONPlain: CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string([UInt8])
    case array([JSONPlain])
    case object([[UInt8]: JSONPlain])

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = .number(Double(text) ?? .nan)
        case .string(let text): self = .string(Array(text.utf8))
        case .array(let elements): self = .array(elements.map(JSONPlain.init))
        case .object(let members):
            var dictionary: [[UInt8]: JSONPlain] = [:]
            for member in members {
                dictionary[Array(member.key.utf8)] = JSONPlain(member.value)
            }
            self = .object(dictionary)
        }
    }

    /// Foundation's result. On Linux `true`/`false` come back as NSNumber (class `__NSCFBoolean`) and
    /// `x is Bool` is also true for the numbers 0 and 1, so booleans are told apart by their Objective-C type
    /// encoding: "c" (char) is what swift-corelibs-foundation reports for its CFBoolean instances, while
    /// JSON numbers come back as "q"/"i" (integers) or "d" (doubles), never "c".
    init?(foundation object: Any) {
        switch object {
        case is NSNull:
            self = .null
        case let text as String:
            self = .string(Array(text.utf8))
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        case let elements as [Any]:
            var plain: [JSONPlain] = []
            for element in elements {
                guard let converted = JSONPlain(foundation: element) else { return nil }
                plain.append(converted)
            }
            self = .array(plain)
        case let dictionary as [String: Any]:
            var plain: [[UInt8]: JSONPlain] = [:]
            for (key, value) in dictionary {
                guard let converted = JSONPlain(foundation: value) else { return nil }
                plain[Array(key.utf8)] = converted
            }
            self = .object(plain)
        default:
            return nil
        }
    }

    /// Equality with numbers compared as Doubles up to rounding: Foundation turns long literals into
    /// NSDecimalNumber, whose conversion to Double may differ from a correctly rounded parse in the last bits.
    func matches(_ other: JSONPlain) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)):
            return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map(value.matches) ?? false }
        default: return false
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return "\(flag)"
        case .number(let number): return "\(number)"
        case .string(let bytes): return String(decoding: bytes, as: UTF8.self).debugDescription
        case .array(let elements): return "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { String(decoding: $0.key, as: UTF8.self).debugDescription + ":" + $0.value.description }
                .sorted().joined(separator: ",") + "}"
        }
    }
}

/// Byte-exact equality of two of our values (strings by UTF-8, numbers by literal text, members in order).
func jsonExactlyEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { jsonExactlyEqual($0, $1) }
    case (.object(let x), .object(let y)):
        return x.count == y.count && zip(x, y).allSatisfy {
            $0.key.utf8.elementsEqual($1.key.utf8) && jsonExactlyEqual($0.value, $1.value)
        }
    default: return false
    }
}

/// True when some number literal in the value is out of Double's range: valid JSON, but Foundation refuses it
/// ("Number … is not representable in Swift"). A literal Double cannot read at all does not count: that
/// would be a scanner bug, not this difference.
func jsonHasUnrepresentableNumber(_ value: JSONValue) -> Bool {
    switch value {
    case .number(let text): return Double(text)?.isInfinite ?? false
    case .array(let elements): return elements.contains(where: jsonHasUnrepresentableNumber)
    case .object(let members): return members.contains { jsonHasUnrepresentableNumber($0.value) }
    default: return false
    }
}

// MARK: The oracle

/// Foundation's reading of the bytes, or nil when it rejects them.
func foundationParse(_ bytes: [UInt8]) -> JSONPlain? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
        return nil
    }
    return JSONPlain(foundation: object)
}

/// Whether Foundation reads these bytes as UTF-8 at all. It sniffs the encoding first: a byte order mark
/// (EF BB BF, FE FF, FF FE, 00 00 FE FF) or NUL bytes among the first four make it decode UTF-16 or UTF-32
/// (swift-corelibs-foundation, JSONSerialization.detectEncoding/parseBOM). A journal line is UTF-8 by
/// definition, and the scanner rejects those bytes, so such inputs are outside the comparison.
func foundationReadsAsUTF8(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
        || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
        return false
    }
    if bytes.count >= 4 {
        let (a, b, c, d) = (bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0)
        return !((a && b && c) || (b && c && d) || (a && c) || (b && d))
    }
    if bytes.count >= 2 {
        return bytes[0] != 0 && bytes[1] != 0
    }
    return true
}
