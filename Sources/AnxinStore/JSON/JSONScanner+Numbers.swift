// Numbers are checked against the RFC 8259 grammar and kept as text:
//
//     number = [ "-" ] int [ frac ] [ exp ]
//     int    = "0" / ( digit1-9 *DIGIT )
//     frac   = "." 1*DIGIT
//     exp    = ( "e" / "E" ) [ "-" / "+" ] 1*DIGIT
//
// Converting is left to the caller: the journal has few numbers, and text loses nothing (a Double would round
// a 19-digit sequence number). A literal too large for a Double (`1e400`) is valid JSON and accepted here;
// Foundation refuses it as "not representable", a difference the tests document.

extension JSONScanner {
    /// Scans the number that starts at the cursor (a `-` or a digit) and returns its byte range.
    mutating func scanNumber() throws(JSONSyntaxError) -> Range<Int> {
        let start = offset
        var index = offset
        if bytes[index] == JSONByte.minus {
            index += 1
        }
        guard index < count else {
            throw JSONSyntaxError(kind: .invalidNumber, offset: index)
        }
        let first = bytes[index]
        if first == JSONByte.zero {
            index += 1
            // "01" is not "0" followed by junk but a leading zero: say so.
            if index < count && JSONScanner.isDigit(bytes[index]) {
                throw JSONSyntaxError(kind: .invalidNumber, offset: index)
            }
        } else if first >= JSONByte.one && first <= JSONByte.nine {
            index = skipDigits(from: index + 1)
        } else {
            throw JSONSyntaxError(kind: .invalidNumber, offset: index)
        }
        if index < count && bytes[index] == JSONByte.period {
            index = try requireDigits(from: index + 1)
        }
        if index < count && bytes[index] | 0x20 == JSONByte.letterE {
            index += 1
            if index < count && (bytes[index] == JSONByte.plus || bytes[index] == JSONByte.minus) {
                index += 1
            }
            index = try requireDigits(from: index)
        }
        offset = index
        return start..<index
    }

    /// One or more digits from `index`; returns the index after them.
    @inline(__always)
    private func requireDigits(from index: Int) throws(JSONSyntaxError) -> Int {
        guard index < count && JSONScanner.isDigit(bytes[index]) else {
            throw JSONSyntaxError(kind: .invalidNumber, offset: index)
        }
        return skipDigits(from: index + 1)
    }

    @inline(__always)
    private func skipDigits(from index: Int) -> Int {
        var index = index
        while index < count && JSONScanner.isDigit(bytes[index]) {
            index += 1
        }
        return index
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- JSONByte.zero < 10
    }
}
