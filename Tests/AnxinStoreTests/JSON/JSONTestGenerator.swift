// Random JSON values and their serialisation, for the property tests.
//
// Values are built as `JSONValue` so a parse can be checked against what was generated, byte for byte.
// The serialiser writes strings the journal's way (`JSONWriter`) most of the time and otherwise escapes at
// random (`\uXXXX` in either case, surrogate pairs, `\/`), and puts random JSON whitespace between tokens.

import AnxinStore
import AnxinTestSupport

struct JSONTestGenerator {
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    // MARK: Values

    mutating func value(depth: Int = 0) -> JSONValue {
        let leafOnly = depth >= 4
        switch Int.random(in: 0..<(leafOnly ? 6 : 9), using: &random) {
        case 0: return .null
        case 1: return .bool(random.chance(50))
        case 2, 3: return .number(number())
        case 4, 5: return .string(string())
        case 6: return .array((0..<Int.random(in: 0...5, using: &random)).map { _ in value(depth: depth + 1) })
        default:
            return .object((0..<Int.random(in: 0...6, using: &random)).map { _ in
                JSONMember(key: key(), value: value(depth: depth + 1))
            })
        }
    }

    /// A top-level value: usually an object, like a journal line.
    mutating func line() -> JSONValue {
        if random.chance(70) {
            return .object((0..<Int.random(in: 0...8, using: &random)).map { _ in
                JSONMember(key: key(), value: value(depth: 1))
            })
        }
        return value()
    }

    /// Number literals across the grammar: signs, zero, long integers, fractions, exponents in both cases with
    /// and without sign (and with leading zeros, which exponents may have), kept within Double's range.
    mutating func number() -> String {
        var text = random.chance(30) ? "-" : ""
        if random.chance(20) {
            text += "0"
        } else {
            text += String(Int.random(in: 1...9, using: &random))
            text += digits(Int.random(in: 0...17, using: &random))
        }
        if random.chance(40) {
            text += "." + digits(Int.random(in: 1...10, using: &random))
        }
        if random.chance(30) {
            text += random.pick(["e", "E"]) + random.pick(["", "+", "-"])
            let exponent = String(Int.random(in: 0...280, using: &random))
            text += (random.chance(10) ? "0" : "") + exponent
        }
        return text
    }

    private mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    /// Text from the ranges a journal meets and the ones that are easy to get wrong: ASCII, Chinese, emoji
    /// (four UTF-8 bytes, a surrogate pair when escaped), every control character, quote, backslash, slash,
    /// and scalars from every UTF-8 length class up to U+10FFFF.
    mutating func string() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...16, using: &random) {
            scalars.append(scalar())
        }
        return String(scalars)
    }

    private mutating func scalar() -> Unicode.Scalar {
        let value: UInt32
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<40: value = UInt32.random(in: 0x20...0x7E, using: &random)
        case 40..<60: value = UInt32.random(in: 0x4E00...0x9FFF, using: &random)
        case 60..<68: value = UInt32.random(in: 0x1F300...0x1FAFF, using: &random)
        case 68..<78: value = UInt32.random(in: 0x00...0x1F, using: &random)
        case 78..<85: value = random.pick([0x22, 0x5C, 0x2F, 0x7F])
        case 85..<90: value = UInt32.random(in: 0x80...0x7FF, using: &random)
        case 90..<95: value = random.pick([UInt32.random(in: 0x800...0xD7FF, using: &random),
                                           UInt32.random(in: 0xE000...0xFFFF, using: &random)])
        default: value = UInt32.random(in: 0x10000...0x10FFFF, using: &random)
        }
        return Unicode.Scalar(value) ?? "?"
    }

    /// Object keys: mostly the journal's own, sometimes random. Never text with combining marks, because
    /// Foundation's `[String: Any]` would merge keys that are canonically equivalent and the comparison
    /// (which keeps keys as bytes) would then see a difference that is not the scanner's.
    mutating func key() -> String {
        if random.chance(60) {
            return random.pick(["id", "at", "replica", "actor", "office", "ent", "type", "seen", "note", "", "键", "😀"])
        }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            let value = random.chance(60)
                ? UInt32.random(in: 0x00...0x7E, using: &random)
                : UInt32.random(in: 0x4E00...0x9FFF, using: &random)
            scalars.append(Unicode.Scalar(value) ?? "?")
        }
        return String(scalars)
    }

    // MARK: Serialising

    /// The value as JSON text, with random whitespace if `spaced`.
    mutating func serialize(_ value: JSONValue, spaced: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        write(value, to: &out, spaced: spaced)
        space(&out, spaced)
        return out
    }

    private mutating func write(_ value: JSONValue, to out: inout [UInt8], spaced: Bool) {
        space(&out, spaced)
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .number(let text): out += Array(text.utf8)
        case .string(let text): writeString(text, to: &out)
        case .array(let elements):
            out.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { space(&out, spaced); out.append(0x2C) }
                write(element, to: &out, spaced: spaced)
            }
            space(&out, spaced)
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (index, member) in members.enumerated() {
                if index > 0 { space(&out, spaced); out.append(0x2C) }
                space(&out, spaced)
                writeString(member.key, to: &out)
                space(&out, spaced)
                out.append(0x3A)
                write(member.value, to: &out, spaced: spaced)
            }
            space(&out, spaced)
            out.append(0x7D)
        }
    }

    private mutating func space(_ out: inout [UInt8], _ spaced: Bool) {
        guard spaced, random.chance(25) else { return }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            out.append(random.pick([0x20, 0x09, 0x0A, 0x0D]))
        }
    }

    private mutating func writeString(_ text: String, to out: inout [UInt8]) {
        if random.chance(70) {
            JSONWriter.appendString(text, to: &out)
            return
        }
        out.append(0x22)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let mustEscape = value < 0x20 || value == 0x22 || value == 0x5C
            if !mustEscape && random.chance(70) {
                out += Array(String(scalar).utf8)
            } else if value == 0x2F && random.chance(50) {
                out += [0x5C, 0x2F]
            } else if value < 0x10000 {
                writeUnicodeEscape(UInt16(value), to: &out)
            } else {
                for unit in String(scalar).utf16 {
                    writeUnicodeEscape(unit, to: &out)
                }
            }
        }
        out.append(0x22)
    }

    private mutating func writeUnicodeEscape(_ unit: UInt16, to out: inout [UInt8]) {
        var hex = String(unit, radix: 16, uppercase: random.chance(50))
        while hex.count < 4 { hex = "0" + hex }
        out += Array(("\\u" + hex).utf8)
    }
}
