// Whole values: built (`readValue`) or only checked (`skipValue`).
//
// Both apply exactly the same grammar and report the same error at the same offset, so a reader may skip a
// member it does not know without accepting a line that `readValue` would reject. After an error the scanner's
// state is unspecified: report the error and drop the line.

extension JSONScanner {
    /// Any value, nested depth limit `maximumDepth` (64).
    public mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        let byte = try nextSignificantByte()
        switch byte {
        case JSONByte.quote:
            return .string(try scanString())
        case JSONByte.openBrace:
            try beginObject()
            var members: [JSONMember] = []
            while let key = try nextKey() {
                members.append(JSONMember(key: key, value: try readValue()))
            }
            return .object(members)
        case JSONByte.openBracket:
            return .array(try readArrayElements())
        case JSONByte.letterT:
            try scanLiteral("true")
            return .bool(true)
        case JSONByte.letterF:
            try scanLiteral("false")
            return .bool(false)
        case JSONByte.letterN:
            try scanLiteral("null")
            return .null
        case JSONByte.minus, JSONByte.zero...JSONByte.nine:
            let range = try scanNumber()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        default:
            throw JSONSyntaxError(kind: .unexpectedByte(byte), offset: offset)
        }
    }

    /// Checks the next value and moves past it without building anything. Iterative, so skipping costs no
    /// stack however the value nests (the depth limit still applies, to agree with `readValue`).
    public mutating func skipValue() throws(JSONSyntaxError) {
        // Bit 0 says whether the innermost open container is an object; one bit per level, and the depth
        // limit (64) keeps the levels within the 64 bits.
        var objects: UInt64 = 0
        var level = 0
        while true {
            // Here a value must start.
            let byte = try nextSignificantByte()
            switch byte {
            case JSONByte.quote:
                try skipString()
            case JSONByte.openBrace, JSONByte.openBracket:
                let isObject = byte == JSONByte.openBrace
                try enterContainer()
                level += 1
                objects = objects << 1 | (isObject ? 1 : 0)
                if try nextSignificantByte() == (isObject ? JSONByte.closeBrace : JSONByte.closeBracket) {
                    offset += 1
                    leaveContainer()
                    level -= 1
                    objects >>= 1
                } else {
                    if isObject {
                        try skipMemberKey()
                    }
                    continue
                }
            case JSONByte.letterT:
                try scanLiteral("true")
            case JSONByte.letterF:
                try scanLiteral("false")
            case JSONByte.letterN:
                try scanLiteral("null")
            case JSONByte.minus, JSONByte.zero...JSONByte.nine:
                _ = try scanNumber()
            default:
                throw JSONSyntaxError(kind: .unexpectedByte(byte), offset: offset)
            }
            // Here a value has ended: close containers until one continues with a comma.
            while true {
                if level == 0 {
                    return
                }
                let isObject = objects & 1 == 1
                let next = try nextSignificantByte()
                if next == JSONByte.comma {
                    offset += 1
                    if isObject {
                        try skipMemberKey()
                    }
                    break
                }
                guard next == (isObject ? JSONByte.closeBrace : JSONByte.closeBracket) else {
                    throw JSONSyntaxError(kind: .expected(isObject ? "\",\" or \"}\"" : "\",\" or \"]\""),
                                          offset: offset)
                }
                offset += 1
                leaveContainer()
                level -= 1
                objects >>= 1
            }
        }
    }

    // MARK: Parts

    /// The elements of the array whose `[` is at the cursor.
    private mutating func readArrayElements() throws(JSONSyntaxError) -> [JSONValue] {
        try enterContainer()
        var elements: [JSONValue] = []
        if try nextSignificantByte() == JSONByte.closeBracket {
            offset += 1
            leaveContainer()
            return elements
        }
        while true {
            elements.append(try readValue())
            let next = try nextSignificantByte()
            if next == JSONByte.comma {
                offset += 1
            } else if next == JSONByte.closeBracket {
                offset += 1
                leaveContainer()
                return elements
            } else {
                throw JSONSyntaxError(kind: .expected("\",\" or \"]\""), offset: offset)
            }
        }
    }

    /// `"key" :` inside an object being skipped; the same checks, and errors, as `nextKey`.
    private mutating func skipMemberKey() throws(JSONSyntaxError) {
        guard try nextSignificantByte() == JSONByte.quote else {
            throw JSONSyntaxError(kind: .expected("string"), offset: offset)
        }
        try skipString()
        try expectColon()
    }

    /// `true`, `false` or `null` at the cursor, whose first byte the caller has already matched.
    /// A short line fails with `.unexpectedEnd`, a wrong letter with `.unexpectedByte` at that letter.
    mutating func scanLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let length = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for position in 0..<length {
            let index = offset + position
            guard index < count else {
                throw JSONSyntaxError(kind: .unexpectedEnd, offset: count)
            }
            guard bytes[index] == expected[position] else {
                throw JSONSyntaxError(kind: .unexpectedByte(bytes[index]), offset: index)
            }
        }
        offset += length
    }
}
