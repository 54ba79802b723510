// Each kind of syntax error, with the byte offset a diagnostic will turn into a column.

import AnxinStore
import Testing

private func expectError(
    _ bytes: [UInt8], _ kind: JSONSyntaxError.Kind, at offset: Int,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let expected = JSONSyntaxError(kind: kind, offset: offset)
    #expect(jsonParse(bytes).failure == expected, "parse", sourceLocation: sourceLocation)
    // Skipping must fail exactly where reading does, or a skipped member could hide a bad line.
    #expect(jsonSkip(bytes).failure == expected, "skipValue", sourceLocation: sourceLocation)
}

private func expectError(
    _ text: String, _ kind: JSONSyntaxError.Kind, at offset: Int,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectError(Array(text.utf8), kind, at: offset, sourceLocation: sourceLocation)
}

@Suite("JSON syntax errors name their kind and byte offset")
struct JSONSyntaxErrorTests {
    @Test("text that stops before the value is complete is unexpectedEnd at the end of the buffer")
    func unexpectedEnd() {
        expectError("", .unexpectedEnd, at: 0)
        expectError("  \n", .unexpectedEnd, at: 3)
        expectError("[1,", .unexpectedEnd, at: 3)
        expectError("[1", .unexpectedEnd, at: 2)
        expectError(#"{"a":"#, .unexpectedEnd, at: 5)
        expectError(#"{"a""#, .unexpectedEnd, at: 4)
        expectError(#"{"a":1"#, .unexpectedEnd, at: 6)
        expectError("{", .unexpectedEnd, at: 1)
        expectError("tru", .unexpectedEnd, at: 3)
        expectError("nul", .unexpectedEnd, at: 3)
    }

    @Test("a byte that cannot start a value is unexpectedByte at that byte")
    func unexpectedByte() {
        expectError("x", .unexpectedByte(UInt8(ascii: "x")), at: 0)
        expectError("  ]", .unexpectedByte(UInt8(ascii: "]")), at: 2)
        expectError("[1,]", .unexpectedByte(UInt8(ascii: "]")), at: 3) // no trailing commas
        expectError("[,1]", .unexpectedByte(UInt8(ascii: ",")), at: 1)
        expectError("NaN", .unexpectedByte(UInt8(ascii: "N")), at: 0)
        expectError("+1", .unexpectedByte(UInt8(ascii: "+")), at: 0)
        expectError(".5", .unexpectedByte(UInt8(ascii: ".")), at: 0)
        expectError("'a'", .unexpectedByte(UInt8(ascii: "'")), at: 0)
        expectError("/* c */ 1", .unexpectedByte(UInt8(ascii: "/")), at: 0) // no comments
        expectError("\u{0C}1", .unexpectedByte(0x0C), at: 0) // form feed is not JSON whitespace
        expectError([0xEF, 0xBB, 0xBF, 0x31], .unexpectedByte(0xEF), at: 0) // nor is a byte order mark
        expectError("trux", .unexpectedByte(UInt8(ascii: "x")), at: 3)
        expectError("True", .unexpectedByte(UInt8(ascii: "T")), at: 0)
        expectError("nulL", .unexpectedByte(UInt8(ascii: "L")), at: 3)
    }

    @Test("a missing structural token is expected(what) at the byte found instead")
    func expected() {
        expectError(#"{"a" 1}"#, .expected("\":\""), at: 5)
        expectError(#"{"a":1 "b":2}"#, .expected("\",\" or \"}\""), at: 7)
        expectError(#"{"a":1,}"#, .expected("string"), at: 7) // no trailing commas
        expectError(#"{1:2}"#, .expected("string"), at: 1)
        expectError(#"{,"a":1}"#, .expected("string"), at: 1)
        expectError("[1 2]", .expected("\",\" or \"]\""), at: 3)
        expectError("[1:2]", .expected("\",\" or \"]\""), at: 2)
    }

    @Test("a string without its closing quote is unterminatedString at its opening quote")
    func unterminatedString() {
        expectError(#""abc"#, .unterminatedString, at: 0)
        expectError(#"["ab"#, .unterminatedString, at: 1)
        expectError(#"{"a":"b"#, .unterminatedString, at: 5)
        expectError(#""ab\"#, .unterminatedString, at: 0)
        expectError(#""ab\""#, .unterminatedString, at: 0)
        expectError(#""\u12"#, .unterminatedString, at: 0)
        expectError(#""\ud83d"#, .unterminatedString, at: 0)
        expectError(#""\ud83d\"#, .unterminatedString, at: 0)
        expectError([0x22, 0xE4, 0xB8], .unterminatedString, at: 0) // torn inside a Chinese character
    }

    @Test("a raw control character inside a string is controlCharacterInString at that byte")
    func controlCharacterInString() {
        expectError("\"a\nb\"", .controlCharacterInString, at: 2)
        expectError("\"\t\"", .controlCharacterInString, at: 1)
        expectError([0x22, 0x61, 0x00, 0x22], .controlCharacterInString, at: 2)
        expectError("\"\u{1F}\"", .controlCharacterInString, at: 1)
        // DEL is not a JSON control character.
        #expect(jsonParse("\"\u{7F}\"").success == .string("\u{7F}"))
    }

    @Test("an unknown escape is invalidEscape at its backslash")
    func invalidEscape() {
        expectError(#""\x""#, .invalidEscape, at: 1)
        expectError(#""ab\U0041""#, .invalidEscape, at: 3)
        expectError(#""\'""#, .invalidEscape, at: 1)
        expectError(#""\0""#, .invalidEscape, at: 1)
        expectError("\"\\\n\"", .invalidEscape, at: 1)
    }

    @Test("a bad \\u escape or a lone surrogate is invalidUnicodeEscape at its backslash")
    func invalidUnicodeEscape() {
        expectError(#""\u12G4""#, .invalidUnicodeEscape, at: 1)
        expectError(#""\u12""#, .invalidUnicodeEscape, at: 1)
        // Lone surrogates are rejected, as Foundation's JSONSerialization does.
        expectError(#""\ud800""#, .invalidUnicodeEscape, at: 1)
        expectError(#""\udc00""#, .invalidUnicodeEscape, at: 1)
        expectError(#""ab\uDFFF\uD800""#, .invalidUnicodeEscape, at: 3)
        expectError(#""a\ud800\u0041""#, .invalidUnicodeEscape, at: 2)
        expectError(#""a\ud800\ud800""#, .invalidUnicodeEscape, at: 2)
        expectError(#""a\ud800\n""#, .invalidUnicodeEscape, at: 2)
        expectError(#""a\ud800x""#, .invalidUnicodeEscape, at: 2)
        expectError(#""\ud83d\ude0G""#, .invalidUnicodeEscape, at: 7) // the second escape's own digits
    }

    @Test("bytes that are not well-formed UTF-8 are invalidUTF8 at the start of the sequence")
    func invalidUTF8() {
        expectError([0x22, 0x80, 0x22], .invalidUTF8, at: 1) // stray continuation byte
        expectError([0x22, 0x61, 0xC0, 0x80, 0x22], .invalidUTF8, at: 2) // overlong NUL
        expectError([0x22, 0xC1, 0xBF, 0x22], .invalidUTF8, at: 1) // overlong ASCII
        expectError([0x22, 0xE0, 0x9F, 0xBF, 0x22], .invalidUTF8, at: 1) // overlong three-byte form
        expectError([0x22, 0xF0, 0x8F, 0xBF, 0xBF, 0x22], .invalidUTF8, at: 1) // overlong four-byte form
        expectError([0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8, at: 1) // U+D800 encoded in UTF-8
        expectError([0x22, 0xED, 0xBF, 0xBF, 0x22], .invalidUTF8, at: 1) // U+DFFF encoded in UTF-8
        expectError([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8, at: 1) // above U+10FFFF
        expectError([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], .invalidUTF8, at: 1)
        expectError([0x22, 0xFF, 0x22], .invalidUTF8, at: 1)
        expectError([0x22, 0xE4, 0xB8, 0x22], .invalidUTF8, at: 1) // truncated 中 before the quote
        expectError([0x22, 0xE4, 0x41, 0xAD, 0x22], .invalidUTF8, at: 1)
        // The edges that are valid: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
        let edges: [UInt8] = [0x22, 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80,
                              0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF, 0x22]
        #expect(jsonParse(edges).success == .string("\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}"))
    }

    @Test("a number against the RFC 8259 grammar is invalidNumber where a digit was due")
    func invalidNumber() {
        expectError("01", .invalidNumber, at: 1)
        expectError("-01", .invalidNumber, at: 2)
        expectError("[00]", .invalidNumber, at: 2)
        expectError("-", .invalidNumber, at: 1)
        expectError("-a", .invalidNumber, at: 1)
        expectError("[-]", .invalidNumber, at: 2)
        expectError("1.", .invalidNumber, at: 2)
        expectError("1.e5", .invalidNumber, at: 2)
        expectError("1e", .invalidNumber, at: 2)
        expectError("1e+", .invalidNumber, at: 3)
        expectError("1E-x", .invalidNumber, at: 3)
        expectError("-.5", .invalidNumber, at: 1)
    }

    @Test("anything but whitespace after the top-level value is trailingCharacters at its first byte")
    func trailingCharacters() {
        expectError("1 x", .trailingCharacters, at: 2)
        expectError("{} {}", .trailingCharacters, at: 3)
        expectError(#""a"b"#, .trailingCharacters, at: 3)
        expectError("truex", .trailingCharacters, at: 4)
        expectError("1.5.3", .trailingCharacters, at: 3)
        expectError("[1]]", .trailingCharacters, at: 3)
        expectError([0x31, 0x0A, 0x00], .trailingCharacters, at: 2)
    }

    @Test("more than 64 nested arrays or objects is nestingTooDeep at the 65th opening bracket")
    func nestingTooDeep() {
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(jsonParse(allowed).success != nil)
        #expect(jsonSkip(Array(allowed.utf8)).success == 128)
        expectError(String(repeating: "[", count: 65) + String(repeating: "]", count: 65), .nestingTooDeep, at: 64)
        expectError(String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65),
                    .nestingTooDeep, at: 64 * 5)
        // Hostile depth fails cleanly instead of overflowing the stack.
        expectError(String(repeating: "[", count: 100_000), .nestingTooDeep, at: 64)
    }

    @Test("errors describe themselves in English for diagnostics, without raw control bytes")
    func descriptions() {
        #expect("\(JSONSyntaxError(kind: .expected("\":\""), offset: 3))" == "expected \":\"")
        #expect("\(JSONSyntaxError(kind: .unexpectedByte(0x78), offset: 0))" == "unexpected \"x\"")
        #expect("\(JSONSyntaxError(kind: .unexpectedByte(0x1B), offset: 0))" == "unexpected byte 0x1B")
        #expect("\(JSONSyntaxError(kind: .unexpectedEnd, offset: 0))" == "unexpected end of JSON text")
    }
}
