/// A string value still in the scanned buffer: its bytes between the quotes, and whether they hold escapes.
/// Reading a journal uses it to compare keys and parse ids, instants and codes without building `String`s.
public struct JSONRawString {
    public let bytes: UnsafeBufferPointer<UInt8>
    public let escaped: Bool

    /// The decoded text.
    public var string: String {
        guard escaped, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        let whole = UnsafeBufferPointer(start: base - 1, count: bytes.count + 2)
        return JSONScanner.decodeEscapedString(in: whole, from: 1, to: bytes.count + 1)
    }

    /// Whether the (unescaped) bytes equal an ASCII literal.
    @inline(__always)
    public func equals(_ literal: StaticString) -> Bool {
        guard !escaped, literal.utf8CodeUnitCount == bytes.count else { return false }
        return literal.withUTF8Buffer { expected in
            for index in 0..<expected.count where expected[index] != bytes[index] { return false }
            return true
        }
    }
}

extension JSONScanner {
    /// Like `nextKey`, without building the key.
    public mutating func nextRawKey() throws(JSONSyntaxError) -> JSONRawString? {
        var byte = try nextSignificantByte()
        if byte == JSONByte.closeBrace {
            offset += 1
            leaveContainer()
            needsComma = true
            return nil
        }
        if needsComma {
            guard byte == JSONByte.comma else {
                throw JSONSyntaxError(kind: .expected("\",\" or \"}\""), offset: offset)
            }
            offset += 1
            byte = try nextSignificantByte()
        }
        guard byte == JSONByte.quote else {
            throw JSONSyntaxError(kind: .expected("string"), offset: offset)
        }
        let key = try scanRawString()
        try expectColon()
        needsComma = true
        return key
    }

    /// Expects a string value and returns it in place.
    public mutating func readRawString() throws(JSONSyntaxError) -> JSONRawString {
        guard try nextSignificantByte() == JSONByte.quote else {
            throw JSONSyntaxError(kind: .expected("string"), offset: offset)
        }
        return try scanRawString()
    }

    @inline(__always)
    mutating func scanRawString() throws(JSONSyntaxError) -> JSONRawString {
        let open = offset
        let (close, escaped) = try JSONScanner.findStringEnd(in: bytes, openingQuote: open)
        offset = close + 1
        return JSONRawString(bytes: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), escaped: escaped)
    }
}
