// The comparison of the scanner with Foundation's JSONSerialization on one input, shared by the property
// and fuzz tests.
//
// Where the two differ on purpose, the case is named, counted and excluded; nothing else may differ:
// - Trailing commas: Foundation accepts `[1,]` and `{"a":1,}` (swift-corelibs-foundation's parser says "the
//   foundation json implementation does support trailing commas"); RFC 8259, and so the scanner, does not.
//   The comma is removed and the comparison repeated, so the rest of the input is still checked.
// - Nesting: the scanner stops at 64 levels, Foundation at 512.
// - Numbers outside Double's range (`1e400`): valid JSON, kept as text by the scanner; Foundation refuses
//   them as "not representable in Swift".
// - Encoding: Foundation reads byte order marks and NUL-patterned starts as UTF-16/UTF-32 (see
//   `foundationReadsAsUTF8`); a journal line is UTF-8 only.
// Lone surrogate escapes need no exclusion: both reject them.

import AnxinStore

struct JSONAgreementTally: CustomStringConvertible {
    var bothAccept = 0
    var bothReject = 0
    var trailingComma = 0
    var nestingLimit = 0
    var numberOutOfDoubleRange = 0
    var notUTF8ForFoundation = 0

    var description: String {
        "both accept \(bothAccept), both reject \(bothReject), excluded: trailing comma \(trailingComma), "
            + "nesting \(nestingLimit), number range \(numberOutOfDoubleRange), encoding \(notUTF8ForFoundation)"
    }
}

/// nil when the scanner and Foundation agree on `bytes` (allowing the documented differences above),
/// otherwise what went wrong. Also checks that `skipValue` fails exactly like `readValue` and that an error
/// offset lies inside the buffer.
func jsonDisagreement(on bytes: [UInt8], tally: inout JSONAgreementTally, depth: Int = 0) -> String? {
    guard foundationReadsAsUTF8(bytes) else {
        tally.notUTF8ForFoundation += 1
        return nil
    }
    let ours = jsonParse(bytes)
    let skipped = jsonSkip(bytes)
    if ours.failure != skipped.failure {
        return "skipValue gives \(String(describing: skipped)), parse gives \(String(describing: ours))"
    }
    if let error = ours.failure, !(0...bytes.count).contains(error.offset) {
        return "error offset \(error.offset) outside 0...\(bytes.count)"
    }
    let theirs = foundationParse(bytes)
    switch (ours, theirs) {
    case (.success(let value), .some(let plain)):
        if JSONPlain(value).matches(plain) {
            tally.bothAccept += 1
            return nil
        }
        return "values differ: scanner \(JSONPlain(value)), Foundation \(plain)"
    case (.failure, .none):
        tally.bothReject += 1
        return nil
    case (.success(let value), .none):
        if jsonHasUnrepresentableNumber(value) {
            tally.numberOutOfDoubleRange += 1
            return nil
        }
        return "scanner accepts \(JSONPlain(value)), Foundation rejects"
    case (.failure(let error), .some):
        if error.kind == .nestingTooDeep {
            tally.nestingLimit += 1
            return nil
        }
        if depth < 16, let comma = trailingComma(before: error, in: bytes) {
            tally.trailingComma += 1
            var withoutComma = bytes
            withoutComma.remove(at: comma)
            return jsonDisagreement(on: withoutComma, tally: &tally, depth: depth + 1)
        }
        return "scanner rejects with \(error.kind) at \(error.offset), Foundation accepts"
    }
}

/// The offset of the comma when `error` is a closing bracket right after one (`[1,]`, `{"a":1, }`).
/// The scanner had consumed the comma and skipped whitespace, so the byte before the whitespace is that comma.
private func trailingComma(before error: JSONSyntaxError, in bytes: [UInt8]) -> Int? {
    let closesArray = error.kind == .unexpectedByte(UInt8(ascii: "]"))
    let closesObject = error.kind == .expected("string") && error.offset < bytes.count
        && bytes[error.offset] == UInt8(ascii: "}")
    guard closesArray || closesObject else { return nil }
    var index = error.offset - 1
    while index >= 0 && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
        index -= 1
    }
    return index >= 0 && bytes[index] == UInt8(ascii: ",") ? index : nil
}

/// Hex dump for a failure message, so a failing input can be pasted into a test.
func jsonHex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16) }.joined(separator: " ")
}
