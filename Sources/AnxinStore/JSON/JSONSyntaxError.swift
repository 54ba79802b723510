/// Where and why a line is not valid JSON. `offset` is the byte offset in the scanned buffer.
///
/// The offset points at the byte that made the text invalid, so a caller can turn it into a column for a
/// diagnostic (`file:line:column: error: …`). Conventions:
/// - `unexpectedEnd`: the offset is the buffer's length (where more input was needed).
/// - `unterminatedString`: the offset of the string's opening quote, because the end is missing, not a byte.
/// - `invalidEscape`, `invalidUnicodeEscape`: the offset of the backslash that starts the bad escape.
/// - `invalidUTF8`: the offset of the first byte of the bad sequence.
/// - `nestingTooDeep`: the offset of the bracket that opens one level too many.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The buffer ended where a value, a separator or a closing bracket was needed.
        case unexpectedEnd
        /// A byte that cannot start a value (or continue a literal such as `true`).
        case unexpectedByte(UInt8)
        /// A structural token was needed: `"\":\""`, `"string"`, `"\",\" or \"}\""`, `"\",\" or \"]\""`, `"\"{\""`,
        /// `"string or null"`.
        case expected(String)
        /// A string has no closing quote before the end of the buffer.
        case unterminatedString
        /// A byte below 0x20 inside a string; RFC 8259 requires it to be escaped.
        case controlCharacterInString
        /// A backslash followed by anything but `" \ / b f n r t u`.
        case invalidEscape
        /// `\u` not followed by four hex digits, or a surrogate escape that is not part of a pair.
        case invalidUnicodeEscape
        /// Bytes inside a string that are not well-formed UTF-8 (overlong, surrogate, above U+10FFFF, truncated).
        case invalidUTF8
        /// A number that breaks the RFC 8259 grammar (leading zero, missing digits).
        case invalidNumber
        /// Something other than whitespace follows the top-level value.
        case trailingCharacters
        /// Arrays and objects nested deeper than `JSONScanner.maximumDepth`.
        case nestingTooDeep
    }

    public var kind: Kind
    public var offset: Int

    public init(kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}

extension JSONSyntaxError: CustomStringConvertible {
    /// A short English message for diagnostics, without the position (the caller knows the file and line).
    public var description: String {
        switch kind {
        case .unexpectedEnd: return "unexpected end of JSON text"
        case .unexpectedByte(let byte): return "unexpected \(JSONSyntaxError.describe(byte))"
        case .expected(let what): return "expected \(what)"
        case .unterminatedString: return "string is not terminated"
        case .controlCharacterInString: return "control character in string must be escaped"
        case .invalidEscape: return "invalid escape sequence in string"
        case .invalidUnicodeEscape: return "invalid \\u escape in string"
        case .invalidUTF8: return "invalid UTF-8 in string"
        case .invalidNumber: return "invalid number"
        case .trailingCharacters: return "unexpected text after the JSON value"
        case .nestingTooDeep: return "arrays and objects nested too deeply"
        }
    }

    /// Printable ASCII is shown as itself; anything else as hex, so a message never carries a raw control byte.
    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F {
            return "\"\(Character(Unicode.Scalar(byte)))\""
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
