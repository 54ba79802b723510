/// Cursor over one line's bytes. Valid only inside the closure that owns the buffer.
///
/// A pull scanner: the reader asks for what it expects next (`beginObject`, `nextKey`, `readString`, …) and
/// the scanner checks the bytes against strict RFC 8259 as it goes. Nothing is materialised that the reader
/// does not ask for, which is what makes loading a million journal lines cheap: keys are short ASCII (Swift
/// stores them inline, no allocation) and values that are not needed are skipped without building anything.
///
/// Every read checks bounds against the buffer, so any input (torn lines, binary junk) ends in a
/// `JSONSyntaxError`, never a crash.
///
/// ```swift
/// try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
///     var scanner = JSONScanner(buffer)
///     try scanner.beginObject()
///     while let key = try scanner.nextKey() {
///         switch key {
///         case "id": id = try scanner.readString()
///         default: try scanner.skipValue()
///         }
///     }
///     try scanner.end()
/// }
/// ```
public struct JSONScanner {
    /// Arrays and objects may nest this deep. Recursion in `readValue` is bounded by it, so hostile input cannot
    /// exhaust the stack; event lines nest two or three levels.
    public static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    // `internal(set)` rather than `private(set)`: the extensions in the sibling files move the cursor too.
    // Outside the module it reads the same: get-only.
    public internal(set) var offset: Int
    /// Open arrays and objects at the cursor, shared by the cursor calls and `readValue`/`skipValue`.
    var depth: Int = 0
    /// Inside an object, true once a member has been read: the next member must be preceded by a comma.
    /// A closed object is always a value, so closing one leaves this true for the enclosing object.
    var needsComma: Bool = false

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.offset = 0
    }

    /// Convenience: parse a complete JSON text (any value at the top, then only whitespace).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var scanner = JSONScanner(bytes)
        let value = try scanner.readValue()
        try scanner.end()
        return value
    }

    // MARK: Objects, one member at a time

    /// Skips whitespace and expects `{`.
    public mutating func beginObject() throws(JSONSyntaxError) {
        let byte = try nextSignificantByte()
        guard byte == JSONByte.openBrace else {
            throw JSONSyntaxError(kind: .expected("\"{\""), offset: offset)
        }
        try enterContainer()
        needsComma = false
    }

    /// Next member key of the current object, or nil at its closing '}' (consumes ',' and ':' as needed).
    public mutating func nextKey() throws(JSONSyntaxError) -> String? {
        try nextRawKey()?.string
    }

    /// The kind of the next value after whitespace, or nil at the end of the buffer or before a byte that
    /// cannot start a value. Only looks at the first byte: the value is checked when it is read.
    public mutating func peekKind() -> JSONValueKind? {
        skipWhitespace()
        guard offset < count else { return nil }
        switch bytes[offset] {
        case JSONByte.openBrace: return .object
        case JSONByte.openBracket: return .array
        case JSONByte.quote: return .string
        case JSONByte.minus, JSONByte.zero...JSONByte.nine: return .number
        case JSONByte.letterT, JSONByte.letterF: return .bool
        case JSONByte.letterN: return .null
        default: return nil
        }
    }

    /// Only whitespace may follow the top-level value.
    public mutating func end() throws(JSONSyntaxError) {
        skipWhitespace()
        if offset < count {
            throw JSONSyntaxError(kind: .trailingCharacters, offset: offset)
        }
    }

    // MARK: Shared steps

    /// The buffer's length; every bounds check reads it.
    @inline(__always)
    var count: Int { bytes.count }

    /// JSON whitespace only: space, tab, LF, CR. Anything else (form feed, NBSP, BOM) is a syntax error.
    @inline(__always)
    mutating func skipWhitespace() {
        while offset < count {
            let byte = bytes[offset]
            // Every significant byte is above 0x20, so one comparison settles the common case.
            guard byte <= JSONByte.space else { return }
            guard byte == JSONByte.space || byte == JSONByte.lineFeed
                || byte == JSONByte.carriageReturn || byte == JSONByte.tab else { return }
            offset += 1
        }
    }

    /// Skips whitespace and returns the byte at the cursor without consuming it.
    @inline(__always)
    mutating func nextSignificantByte() throws(JSONSyntaxError) -> UInt8 {
        skipWhitespace()
        guard offset < count else {
            throw JSONSyntaxError(kind: .unexpectedEnd, offset: offset)
        }
        return bytes[offset]
    }

    @inline(__always)
    mutating func expectColon() throws(JSONSyntaxError) {
        guard try nextSignificantByte() == JSONByte.colon else {
            throw JSONSyntaxError(kind: .expected("\":\""), offset: offset)
        }
        offset += 1
    }

    /// Consumes the opening bracket at the cursor, refusing to go deeper than `maximumDepth`.
    @inline(__always)
    mutating func enterContainer() throws(JSONSyntaxError) {
        guard depth < JSONScanner.maximumDepth else {
            throw JSONSyntaxError(kind: .nestingTooDeep, offset: offset)
        }
        depth += 1
        offset += 1
    }

    @inline(__always)
    mutating func leaveContainer() {
        // A caller that calls nextKey without beginObject must not drive the count negative.
        if depth > 0 { depth -= 1 }
    }
}

/// The bytes the scanner looks for, named so the code reads as the grammar does.
enum JSONByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let one: UInt8 = 0x31
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let letterE: UInt8 = 0x65
    static let letterF: UInt8 = 0x66
    static let letterN: UInt8 = 0x6E
    static let letterT: UInt8 = 0x74
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
}
