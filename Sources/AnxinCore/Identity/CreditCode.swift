/// 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
/// The 18th character is a check character over the first 17.
public struct CreditCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 18 ASCII characters packed big-endian into 144 bits: no heap allocation, and hashing, equality and
    /// ordering work on three integers (a province-sized roster is keyed by these).
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt16

    public var value: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(18)
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: middle >> UInt64(shift))) }
        bytes.append(UInt8(truncatingIfNeeded: low >> 8))
        bytes.append(UInt8(truncatingIfNeeded: low))
        return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// The code's bits mixed into one word (two multiplies), for `RosterIndex`.
    var mixedBits: UInt64 {
        ((high &* 0x9E37_79B9_7F4A_7C15) ^ (middle &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(low)) &* 0xFF51_AFD7_ED55_8CCD
    }

    /// The code's ASCII bytes, without building a String (searching a roster reads every code).
    public func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 18) { buffer in
            var count = 0
            for index in 0..<18 {
                let byte: UInt8
                switch index {
                case 0..<8: byte = UInt8(truncatingIfNeeded: high >> UInt64(56 - 8 * index))
                case 8..<16: byte = UInt8(truncatingIfNeeded: middle >> UInt64(56 - 8 * (index - 8)))
                default: byte = UInt8(truncatingIfNeeded: low >> UInt16(8 - 8 * (index - 16)))
                }
                if byte == 0 { break }
                buffer[count] = byte
                count += 1
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Packs up to 18 ASCII bytes (shorter ones are padded with zeros, which sort first).
    init(packing bytes: some Collection<UInt8>) {
        var high: UInt64 = 0, middle: UInt64 = 0, low: UInt16 = 0
        var index = 0
        for byte in bytes.prefix(18) {
            switch index {
            case 0..<8: high |= UInt64(byte) << UInt64(56 - 8 * index)
            case 8..<16: middle |= UInt64(byte) << UInt64(56 - 8 * (index - 8))
            default: low |= UInt16(byte) << UInt16(8 - 8 * (index - 16))
            }
            index += 1
        }
        self.high = high
        self.middle = middle
        self.low = low
    }

    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Value of each ASCII byte in the alphabet, or -1.
    static let valueOfByte: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    public enum Problem: Equatable, Sendable {
        case wrongLength(Int)
        /// A character outside `0-9A-HJ-NPQRTUWXY`, at a 1-based position.
        case invalidCharacter(Character, position: Int)
        case wrongCheckCharacter(expected: Character, found: Character)
    }

    /// Validates a code; lowercase letters are accepted and upper-cased, surrounding spaces trimmed.
    public init(validating raw: String) throws(CreditCodeError) {
        let trimmed = raw.trimmingSpaces().uppercasedASCII()
        if let problem = CreditCode.problem(in: trimmed) {
            throw CreditCodeError(code: raw, problem: problem)
        }
        self.init(packing: trimmed.utf8)
    }

    /// Validates a code as written in a journal (exactly 18 characters, upper case): the hot path of loading.
    public init(validatingBytes bytes: UnsafeBufferPointer<UInt8>) throws(CreditCodeError) {
        guard bytes.count == 18 else {
            let text = String(decoding: bytes, as: UTF8.self)
            throw CreditCodeError(code: text, problem: CreditCode.problem(in: text) ?? .wrongLength(text.count))
        }
        // The tables are taken once: each use of a `static let` checks that it is initialised (a call, per byte).
        let valid = CreditCode.valueOfByte.withUnsafeBufferPointer { values in
            CreditCode.weights.withUnsafeBufferPointer { weights in
                var sum = 0
                for position in 0..<17 {
                    let value = Int(values[Int(bytes[position])])
                    if value < 0 { return false }
                    sum &+= value &* weights[position]
                }
                return values[Int(bytes[17])] >= 0 && CreditCode.checkCharacter(forSum: sum) == bytes[17]
            }
        }
        guard valid else {
            let text = String(decoding: bytes, as: UTF8.self)
            throw CreditCodeError(code: text, problem: CreditCode.problem(in: text) ?? .wrongLength(text.count))
        }
        // Eighteen bytes: packed with three loads (the generic packing goes byte by byte).
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        high = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
        middle = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        low = UInt16(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
    }

    /// Wraps a code already known to be valid (e.g. generated here).
    public init(unchecked value: String) {
        self.init(packing: value.utf8)
    }

    public var description: String { value }

    public static func < (lhs: CreditCode, rhs: CreditCode) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }

    public static func problem(in code: String) -> Problem? {
        let bytes = Array(code.utf8)
        guard bytes.count == 18, code.unicodeScalars.count == 18 else {
            return .wrongLength(code.count)
        }
        var sum = 0
        for position in 0..<18 {
            let value = Int(valueOfByte[Int(bytes[position])])
            if value < 0 {
                let scalar = Unicode.Scalar(bytes[position])
                return .invalidCharacter(Character(scalar), position: position + 1)
            }
            if position < 17 { sum += value * weights[position] }
        }
        let expected = checkCharacter(forSum: sum)
        if expected != bytes[17] {
            return .wrongCheckCharacter(expected: Character(Unicode.Scalar(expected)),
                                        found: Character(Unicode.Scalar(bytes[17])))
        }
        return nil
    }

    /// The check character for the first 17 characters (which must be in the alphabet).
    public static func checkCharacter(forPrefix prefix: String) -> Character? {
        let bytes = Array(prefix.utf8)
        guard bytes.count == 17 else { return nil }
        var sum = 0
        for position in 0..<17 {
            let value = Int(valueOfByte[Int(bytes[position])])
            guard value >= 0 else { return nil }
            sum += value * weights[position]
        }
        return Character(Unicode.Scalar(checkCharacter(forSum: sum)))
    }

    static func checkCharacter(forSum sum: Int) -> UInt8 {
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }
}

public struct CreditCodeError: Error, Equatable, Sendable {
    public let code: String
    public let problem: CreditCode.Problem

    public var message: Message { Catalog.invalidCreditCode(code, problem) }
}

extension String {
    /// Whether the text is empty or only spaces, tabs and ideographic spaces (`trimmingSpaces().isEmpty`,
    /// without building the trimmed copy: the rules ask it of every note and reason in the journal).
    /// Read as bytes: every scalar a space, a tab or U+3000 (E3 80 80) is the same as every character one
    /// (comparing characters segments the text and compares strings, for each of them).
    var isBlank: Bool {
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == 0x20 || byte == 0x09 { continue }
            guard byte == 0xE3, bytes.next() == 0x80, bytes.next() == 0x80 else { return false }
        }
        return true
    }

    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{3000}" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\u{3000}" { scalars.removeLast() }
        return String(scalars)
    }

    func uppercasedASCII() -> String {
        guard utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return self }
        return String(decoding: utf8.map { ($0 >= 0x61 && $0 <= 0x7A) ? $0 - 0x20 : $0 }, as: UTF8.self)
    }
}
