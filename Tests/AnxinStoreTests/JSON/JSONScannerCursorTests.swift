// The pull API the journal reader uses: beginObject / nextKey / readString and friends.

import AnxinStore
import Testing

private let eventLine = #"""
{"id":"01HS3Z8Q2W4X5Y6Z7A8B9C0D1E","at":"2024-05-12T10:31:07+08:00","replica":"lap-zhang","actor":"张伟","office":"清苑区","ent":"91130608MA0A1B2C3X","type":"ticked","seen":"01HS3Z7Q2W4X5Y6Z7A8B9C0D1E","criterion":"N05","level":"车间","verdict":"met","note":"隐患排查台账齐全，车间每周自查记录完整。"}
"""#

@Suite("JSONScanner reads a line member by member")
struct JSONScannerCursorTests {
    @Test("an event line reads as its keys and string values, in order")
    func readsEventLine() throws {
        let pairs = try withJSONScanner(eventLine) { (scanner: inout JSONScanner) throws(JSONSyntaxError) in
            var pairs: [(String, String)] = []
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                pairs.append((key, try scanner.readString()))
            }
            try scanner.end()
            return pairs
        }.get()
        #expect(pairs.map(\.0) == ["id", "at", "replica", "actor", "office", "ent", "type", "seen", "criterion",
                                   "level", "verdict", "note"])
        #expect(pairs[3].1 == "张伟")
        #expect(pairs[11].1 == "隐患排查台账齐全，车间每周自查记录完整。")
    }

    @Test("whitespace may surround every token, and an empty object has no keys")
    func whitespaceAndEmptyObject() throws {
        let keys = try withJSONScanner(" \t{ \"a\" :\r\n\"x\" , \"b\":\"y\" } \n") {
            (scanner: inout JSONScanner) throws(JSONSyntaxError) in
            var keys: [String] = []
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                keys.append(key)
                _ = try scanner.readString()
            }
            try scanner.end()
            return keys
        }.get()
        #expect(keys == ["a", "b"])
        let none = try withJSONScanner("{ }") { (scanner: inout JSONScanner) throws(JSONSyntaxError) in
            try scanner.beginObject()
            return try scanner.nextKey()
        }.get()
        #expect(none == nil)
    }

    @Test("members can be read as nested objects, skipped, or read as whole values")
    func nestedSkippedAndWholeValues() throws {
        let text = #"{"fields":{"name":"安信","n":3},"skip":[1,{"x":[true,null]},"s"],"any":[1.5e3,"v"],"last":"ok"}"#
        let result = try withJSONScanner(text) { (scanner: inout JSONScanner) throws(JSONSyntaxError) in
            var name = ""
            var any: JSONValue = .null
            var last = ""
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                switch key {
                case "fields":
                    try scanner.beginObject()
                    while let inner = try scanner.nextKey() {
                        if inner == "name" { name = try scanner.readString() } else { try scanner.skipValue() }
                    }
                case "any": any = try scanner.readValue()
                case "last": last = try scanner.readString()
                default: try scanner.skipValue()
                }
            }
            try scanner.end()
            return (name, any, last)
        }.get()
        #expect(result.0 == "安信")
        #expect(result.1 == .array([.number("1.5e3"), .string("v")]))
        #expect(result.2 == "ok")
    }

    @Test("readStringOrNull gives nil for null and refuses other values")
    func readStringOrNull() {
        #expect(withJSONScanner(" null") { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.readStringOrNull() }
            .success == .some(nil))
        #expect(withJSONScanner(#""a\tb""#) { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.readStringOrNull() }
            .success == "a\tb")
        #expect(withJSONScanner("1") { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.readStringOrNull() }
            .failure == JSONSyntaxError(kind: .expected("string or null"), offset: 0))
        #expect(withJSONScanner("nil") { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.readStringOrNull() }
            .failure == JSONSyntaxError(kind: .unexpectedByte(UInt8(ascii: "i")), offset: 1))
    }

    @Test("readString and beginObject say what they expected when the value is something else")
    func typeMismatches() {
        #expect(withJSONScanner(" 5") { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.readString() }
            .failure == JSONSyntaxError(kind: .expected("string"), offset: 1))
        #expect(withJSONScanner("[]") { (s: inout JSONScanner) throws(JSONSyntaxError) in try s.beginObject() }
            .failure == JSONSyntaxError(kind: .expected("\"{\""), offset: 0))
        // A value left unread shows up as a missing comma, not as silently lost data.
        let unread = withJSONScanner(#"{"a":"x","b":"y"}"#) { (s: inout JSONScanner) throws(JSONSyntaxError) in
            try s.beginObject()
            _ = try s.nextKey()
            _ = try s.nextKey()
        }
        #expect(unread.failure == JSONSyntaxError(kind: .expected("\",\" or \"}\""), offset: 5))
    }

    @Test("peekKind names the next value from its first byte, after whitespace, without consuming it")
    func peekKind() {
        let cases: [(String, JSONValueKind?)] = [
            ("{}", .object), ("[]", .array), ("\"s\"", .string), ("-1", .number), ("7", .number),
            ("true", .bool), ("false", .bool), ("null", .null), ("", nil), ("   ", nil), ("x", nil), ("]", nil),
        ]
        for (text, kind) in cases {
            #expect(withJSONScanner(text) { (s: inout JSONScanner) throws(JSONSyntaxError) in s.peekKind() }
                .success == kind, "\(text)")
        }
        let afterPeek = withJSONScanner("  \"v\"") { (s: inout JSONScanner) throws(JSONSyntaxError) in
            _ = s.peekKind()
            return (s.offset, try s.readString())
        }.success
        #expect(afterPeek?.0 == 2)
        #expect(afterPeek?.1 == "v")
    }

    @Test("offset is the byte position after what has been read")
    func offsetTracksTheCursor() {
        let offsets = withJSONScanner(#"{"k": "中", "n": 12 } "#) { (s: inout JSONScanner) throws(JSONSyntaxError) in
            var offsets: [Int] = []
            try s.beginObject(); offsets.append(s.offset)
            _ = try s.nextKey(); offsets.append(s.offset)
            _ = try s.readString(); offsets.append(s.offset)
            _ = try s.nextKey(); offsets.append(s.offset)
            try s.skipValue(); offsets.append(s.offset)
            _ = try s.nextKey(); offsets.append(s.offset)
            try s.end(); offsets.append(s.offset)
            return offsets
        }.success
        #expect(offsets == [1, 5, 11, 17, 20, 22, 23])
    }

    @Test("parse builds every kind of value, keeping member order and duplicate keys")
    func parseBuildsValues() {
        let text = #" {"b":[true,false,null,-0,1E+2,"\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"],"a":{},"b":[]} "#
        let expected: JSONValue = .object([
            JSONMember(key: "b", value: .array([
                .bool(true), .bool(false), .null, .number("-0"), .number("1E+2"),
                .string("\"\\/\u{8}\u{C}\n\r\té😀"),
            ])),
            JSONMember(key: "a", value: .object([])),
            JSONMember(key: "b", value: .array([])),
        ])
        #expect(jsonParse(text).success == expected)
    }

    @Test("a line cut short inside a larger buffer reads exactly like the same bytes alone")
    func neverReadsPastTheEnd() {
        // The journal scans lines inside one big file buffer: the bytes after a line's end (the next line)
        // must not change the verdict, even for the eight-byte-at-a-time string loop.
        let file = Array((eventLine + "\n" + #"{"id":"x","note":"\u4e2d\"\\"}"# + "\n").utf8)
        file.withUnsafeBufferPointer { whole in
            for end in 0...whole.count {
                let inPlace = Result { () throws(JSONSyntaxError) -> JSONValue in
                    try JSONScanner.parse(UnsafeBufferPointer(rebasing: whole[0..<end]))
                }
                let alone = jsonParse(Array(whole[0..<end]))
                #expect(inPlace == alone, "cut at \(end)")
            }
        }
    }

    @Test("an empty buffer without a base address is handled like any other")
    func emptyBuffer() {
        let result = Result { () throws(JSONSyntaxError) -> JSONValue in
            try JSONScanner.parse(UnsafeBufferPointer(start: nil, count: 0))
        }
        #expect(result.failure == JSONSyntaxError(kind: .unexpectedEnd, offset: 0))
    }
}
