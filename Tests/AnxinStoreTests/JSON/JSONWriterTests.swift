// JSONWriter writes strings the journal's way, and the scanner reads them back unchanged.

import AnxinStore
import Foundation
import Testing

private func written(_ text: String) -> String {
    var out: [UInt8] = []
    JSONWriter.appendString(text, to: &out)
    return String(decoding: out, as: UTF8.self)
}

@Suite("JSONWriter writes journal strings")
struct JSONWriterTests {
    @Test("Chinese and emoji are written as themselves; only quote, backslash and C0 controls are escaped")
    func escapingRules() {
        #expect(written("") == #""""#)
        #expect(written("隐患排查 😀 /é") == #""隐患排查 😀 /é""#)
        #expect(written("a\"b\\c") == #""a\"b\\c""#)
        #expect(written("\n\t\r\u{8}\u{C}") == #""\n\t\r\b\f""#)
        #expect(written("\u{0}\u{1}\u{1B}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001b\\u001f\u{7F}\"")
    }

    @Test("appending keeps what the array already holds")
    func appends() {
        var out = Array("{\"k\":".utf8)
        JSONWriter.appendString("v", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"k":"v""#)
    }

    @Test("every control character, and random text, round-trips through appendString and readString")
    func roundTrip() throws {
        var texts = (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }
        texts.append(String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }))
        var generator = JSONTestGenerator(seed: 0xC0FFEE)
        for _ in 0..<2_000 {
            texts.append(generator.string())
        }
        for text in texts {
            var out: [UInt8] = []
            JSONWriter.appendString(text, to: &out)
            let read = out.withUnsafeBufferPointer { buffer in
                Result { () throws(JSONSyntaxError) -> String in
                    var scanner = JSONScanner(buffer)
                    let value = try scanner.readString()
                    try scanner.end()
                    return value
                }
            }
            #expect(read.success.map { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } == true,
                    "\(text.debugDescription)")
            // Foundation, the oracle, reads the same text out of the written bytes.
            let oracle = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
            #expect(oracle.map { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } == true)
        }
    }
}
