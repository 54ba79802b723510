import AnxinCore

extension JSONSyntaxError.Kind {
    /// The catalog's view of a syntax problem, so it can be said in both languages.
    var problemKind: JSONProblemKind {
        switch self {
        case .unexpectedEnd: .unexpectedEnd
        case let .unexpectedByte(byte): .unexpectedByte(byte)
        case let .expected(what): .expected(what)
        case .unterminatedString: .unterminatedString
        case .controlCharacterInString: .controlCharacterInString
        case .invalidEscape: .invalidEscape
        case .invalidUnicodeEscape: .invalidUnicodeEscape
        case .invalidUTF8: .invalidUTF8
        case .invalidNumber: .invalidNumber
        case .trailingCharacters: .trailingCharacters
        case .nestingTooDeep: .nestingTooDeep
        }
    }
}
