// Strings are most of an event line, so they get the fast path.
//
// One validating pass finds the closing quote: eight bytes at a time while they are plain ASCII, byte by byte
// at anything else (quote, backslash, control, or a UTF-8 lead byte, whose sequence is checked right there).
// A string without escapes is then copied into a `String` straight from the buffer. Only a string with
// escapes takes a second pass that decodes them; the first pass has already rejected every bad escape, so the
// second cannot fail.
//
// Lone surrogates: `\uD800` without a following `\uDC00`-`\uDFFF`, or a low surrogate escape on its own, are
// rejected with `.invalidUnicodeEscape` rather than replaced with U+FFFD. That is what Foundation's
// JSONSerialization does on this machine (Swift 6.3.1, Linux: "expected low-surrogate code point but did not
// find one", "no high character"), so the two parsers agree, and a journal never silently gains U+FFFD where
// someone's text was.

extension JSONScanner {
    /// Expects a string value and returns it decoded.
    public mutating func readString() throws(JSONSyntaxError) -> String {
        guard try nextSignificantByte() == JSONByte.quote else {
            throw JSONSyntaxError(kind: .expected("string"), offset: offset)
        }
        return try scanString()
    }

    /// Expects a string or `null`; returns nil for `null`.
    public mutating func readStringOrNull() throws(JSONSyntaxError) -> String? {
        switch try nextSignificantByte() {
        case JSONByte.quote:
            return try scanString()
        case JSONByte.letterN:
            try scanLiteral("null")
            return nil
        default:
            throw JSONSyntaxError(kind: .expected("string or null"), offset: offset)
        }
    }

    /// Reads the string whose opening quote is at the cursor.
    @inline(__always)
    mutating func scanString() throws(JSONSyntaxError) -> String {
        let open = offset
        let (close, escaped) = try JSONScanner.findStringEnd(in: bytes, openingQuote: open)
        offset = close + 1
        if escaped {
            return JSONScanner.decodeEscapedString(in: bytes, from: open + 1, to: close)
        }
        // Validated above, so String(decoding:) has nothing to repair; its own check is a fast second look.
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
    }

    /// Validates the string whose opening quote is at the cursor and moves past it without building it.
    mutating func skipString() throws(JSONSyntaxError) {
        let (close, _) = try JSONScanner.findStringEnd(in: bytes, openingQuote: offset)
        offset = close + 1
    }

    // MARK: Validating pass
    //
    // Static functions over the buffer rather than methods: the hot loop then works on registers instead of a
    // copy of the scanner (copying `self` right after `offset` was stored cost a store-forwarding stall that
    // showed as a fifth of the time in `perf`).

    /// The index of the closing quote of the string opened at `open`, and whether the string holds escapes.
    /// Checks everything RFC 8259 asks of a string: escapes, surrogate pairs, controls, well-formed UTF-8.
    @inline(__always)
    static func findStringEnd(
        in bytes: UnsafeBufferPointer<UInt8>, openingQuote open: Int
    ) throws(JSONSyntaxError) -> (close: Int, escaped: Bool) {
        let count = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        var index = open + 1
        var escaped = false
        while true {
            if let raw {
                // Skip plain ASCII eight bytes at a time; stop at the first byte that needs a look.
                while index &+ 8 <= count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let mask = JSONScanner.specialByteMask(word)
                    if mask == 0 {
                        index &+= 8
                    } else {
                        index &+= mask.trailingZeroBitCount &>> 3
                        break
                    }
                }
            }
            guard index < count else {
                throw JSONSyntaxError(kind: .unterminatedString, offset: open)
            }
            let byte = bytes[index]
            if byte == JSONByte.quote {
                return (index, escaped)
            } else if byte == JSONByte.backslash {
                index = try validateEscape(in: bytes, at: index, openingQuote: open)
                escaped = true
            } else if byte < 0x20 {
                throw JSONSyntaxError(kind: .controlCharacterInString, offset: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                // Chinese text is runs of three-byte sequences: stay here until the run ends.
                repeat {
                    // The common case in one load: a lead byte E1–EC or EE–EF (the CJK ideographs of the Basic
                    // Multilingual Plane among them) and two continuation bytes, which is always a valid
                    // character. Anything else (four-byte ideographs of Extension B on too) is checked in full.
                    if let raw, index &+ 4 <= count {
                        let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                        let lead = word & 0xFF
                        if word & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED {
                            index &+= 3
                            continue
                        }
                    }
                    index = try validateUTF8Sequence(in: bytes, at: index, openingQuote: open)
                } while index < count && bytes[index] >= 0x80
            }
        }
    }

    /// Flags (in its high bit) each byte that is a quote, a backslash, below 0x20 or above 0x7F.
    /// Borrows can set spurious flags only above a true one, so the lowest flag is always exact, and the
    /// lowest is all the caller uses.
    @inline(__always)
    static func specialByteMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* UInt64(JSONByte.quote))
        let backslashes = word ^ (ones &* UInt64(JSONByte.backslash))
        let isQuote = (quotes &- ones) & ~quotes
        let isBackslash = (backslashes &- ones) & ~backslashes
        let isControl = (word &- ones &* 0x20) & ~word
        return (isQuote | isBackslash | isControl | word) & (ones &* 0x80)
    }

    /// Checks the escape whose backslash is at `index`; returns the index after it.
    static func validateEscape(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, openingQuote open: Int
    ) throws(JSONSyntaxError) -> Int {
        let count = bytes.count
        guard index + 1 < count else {
            throw JSONSyntaxError(kind: .unterminatedString, offset: open)
        }
        switch bytes[index + 1] {
        case JSONByte.quote, JSONByte.backslash, JSONByte.slash,
             0x62 /* b */, 0x66 /* f */, 0x6E /* n */, 0x72 /* r */, 0x74 /* t */:
            return index + 2
        case 0x75 /* u */:
            let unit = try hexEscapeValue(in: bytes, at: index, openingQuote: open)
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate counts only with a low one right after it (see the file comment).
                guard index + 6 < count else {
                    throw JSONSyntaxError(kind: .unterminatedString, offset: open)
                }
                guard bytes[index + 6] == JSONByte.backslash else {
                    throw JSONSyntaxError(kind: .invalidUnicodeEscape, offset: index)
                }
                guard index + 7 < count else {
                    throw JSONSyntaxError(kind: .unterminatedString, offset: open)
                }
                guard bytes[index + 7] == 0x75 /* u */ else {
                    throw JSONSyntaxError(kind: .invalidUnicodeEscape, offset: index)
                }
                let low = try hexEscapeValue(in: bytes, at: index + 6, openingQuote: open)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONSyntaxError(kind: .invalidUnicodeEscape, offset: index)
                }
                return index + 12
            case 0xDC00...0xDFFF:
                throw JSONSyntaxError(kind: .invalidUnicodeEscape, offset: index)
            default:
                return index + 6
            }
        default:
            throw JSONSyntaxError(kind: .invalidEscape, offset: index)
        }
    }

    /// The code unit of the `\uXXXX` escape whose backslash is at `index`.
    static func hexEscapeValue(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, openingQuote open: Int
    ) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for position in (index + 2)..<(index + 6) {
            guard position < bytes.count else {
                throw JSONSyntaxError(kind: .unterminatedString, offset: open)
            }
            guard let digit = JSONScanner.hexDigitValue(bytes[position]) else {
                throw JSONSyntaxError(kind: .invalidUnicodeEscape, offset: index)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    @inline(__always)
    static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Checks the multi-byte UTF-8 sequence whose lead byte is at `index` (Unicode's table of well-formed
    /// sequences: no overlong forms, no encoded surrogates, nothing above U+10FFFF). Returns the index after it.
    @inline(__always)
    static func validateUTF8Sequence(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, openingQuote open: Int
    ) throws(JSONSyntaxError) -> Int {
        let count = bytes.count
        let lead = bytes[index]
        let length: Int
        // The second byte's range is what rules out overlong forms, surrogates and values above U+10FFFF.
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default:
            throw JSONSyntaxError(kind: .invalidUTF8, offset: index)
        }
        guard index + 1 < count else {
            throw JSONSyntaxError(kind: .unterminatedString, offset: open)
        }
        let second = bytes[index + 1]
        guard second >= secondLow && second <= secondHigh else {
            throw JSONSyntaxError(kind: .invalidUTF8, offset: index)
        }
        var position = index + 2
        while position < index + length {
            guard position < count else {
                throw JSONSyntaxError(kind: .unterminatedString, offset: open)
            }
            guard bytes[position] & 0xC0 == 0x80 else {
                throw JSONSyntaxError(kind: .invalidUTF8, offset: index)
            }
            position += 1
        }
        return position
    }

    // MARK: Decoding pass

    /// Decodes the escapes of an already validated string body `start..<end`.
    /// Every escape is at least as long as what it stands for, so the result fits in `end - start` bytes and
    /// is written once, straight into the new String's storage.
    static func decodeEscapedString(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { output in
            var written = 0
            var index = start
            @inline(__always) func put(_ byte: UInt8) {
                // Cannot fail on validated input; the check keeps even a logic error from writing out of bounds.
                if written < output.count {
                    output[written] = byte
                    written += 1
                }
            }
            while index < end {
                let byte = bytes[index]
                guard byte == JSONByte.backslash, index + 1 < end else {
                    put(byte)
                    index += 1
                    continue
                }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case 0x62: put(0x08)
                case 0x66: put(0x0C)
                case 0x6E: put(0x0A)
                case 0x72: put(0x0D)
                case 0x74: put(0x09)
                case 0x75:
                    var scalar = UInt32(hexValue(in: bytes, at: index, end: end))
                    index += 4
                    if (0xD800...0xDBFF).contains(scalar), index + 6 <= end {
                        let low = UInt32(hexValue(in: bytes, at: index + 2, end: end))
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + ((low &- 0xDC00) & 0x3FF)
                        index += 6
                    }
                    for unit in (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8 {
                        put(unit)
                    }
                default:
                    put(escape) // `"`, `\` and `/` stand for themselves.
                }
            }
            return written
        }
    }

    /// Four hex digits at `index` (validated before; a non-digit reads as 0 rather than trapping).
    private static func hexValue(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt16 {
        var value: UInt16 = 0
        for position in index..<min(index + 4, end) {
            value = value << 4 | UInt16(JSONScanner.hexDigitValue(bytes[position]) ?? 0)
        }
        return value
    }
}
