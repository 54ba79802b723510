import Testing
import AnxinCore
import AnxinTestSupport

/// GB 32100-2015, computed here independently of the core: the 31-character alphabet and the 17 weights.
private let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
private let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

private func expectedCheck(_ prefix: String) -> Character {
    let sum = zip(prefix, weights).reduce(0) { total, pair in total + alphabet.firstIndex(of: pair.0)! * pair.1 }
    return alphabet[(31 - sum % 31) % 31]
}

private func problem(_ raw: String) -> CreditCode.Problem? {
    do throws(CreditCodeError) {
        _ = try CreditCode(validating: raw)
        return nil
    } catch {
        return error.problem
    }
}

@Suite("统一社会信用代码 (GB 32100-2015)")
struct CreditCodeTests {
    /// Real-format codes of well-known companies (registration authority 9, type 1, region, organization code, check).
    static let published = [
        "914403001922038216",  // 华为技术有限公司
        "91110000710925462X",  // 中国石油天然气股份有限公司
        "91330100716105852F",  // 阿里巴巴（中国）有限公司
        "91440300708461136T",  // 深圳市腾讯计算机系统有限公司
        "91110108551385082Q",  // 小米科技有限责任公司
    ]

    @Test("published codes validate, and their check character is the GB 32100 weighted sum", arguments: published)
    func publishedCodes(raw: String) throws {
        #expect(expectedCheck(String(raw.prefix(17))) == raw.last)
        let code = try CreditCode(validating: raw)
        #expect(code.value == raw)
        #expect(CreditCode.checkCharacter(forPrefix: String(raw.prefix(17))) == raw.last)
    }

    @Test("a check character of 31 − 0 is written 0, not a 32nd character")
    func checkZero() throws {
        // Sum ≡ 0 (mod 31): all zeros.
        let prefix = String(repeating: "0", count: 17)
        #expect(CreditCode.checkCharacter(forPrefix: prefix) == "0")
        _ = try CreditCode(validating: prefix + "0")
    }

    @Test("a code of 17 or 19 characters is refused as the wrong length, naming the count")
    func wrongLength() {
        #expect(problem("91440300708461136") == .wrongLength(17))
        #expect(problem("91440300708461136T1") == .wrongLength(19))
        #expect(problem("") == .wrongLength(0))
        let error = #expect(throws: CreditCodeError.self) { try CreditCode(validating: "9144030070846113") }
        #expect(error?.message.zh.contains("16") == true)
        #expect(error?.message.en.contains("16") == true)
    }

    @Test("a Chinese character in the code is refused, not counted as several bytes")
    func nonASCII() {
        // 16 ASCII + one 2-byte letter: 18 bytes but 17 characters.
        #expect(problem("9144030070846113é") == .wrongLength(17))
        #expect(problem("91440300708461136统") != nil)
    }

    @Test("letters outside the alphabet (I, O, Z, S, V) are refused with their position", arguments: ["I", "O", "Z", "S", "V"])
    func invalidLetters(letter: String) {
        // Replace the 9th character of a valid code.
        var chars = Array("91440300708461136T")
        chars[8] = Character(letter)
        #expect(problem(String(chars)) == .invalidCharacter(Character(letter), position: 9))
    }

    @Test("an invalid character in the check position is named as such, not as a wrong check")
    func invalidCheckPosition() {
        #expect(problem("91440300708461136Z") == .invalidCharacter("Z", position: 18))
    }

    @Test("the invalid-character message names the character and its position in both languages")
    func invalidCharacterMessage() {
        let error = #expect(throws: CreditCodeError.self) { try CreditCode(validating: "914403007O8461136T") }
        #expect(error?.problem == .invalidCharacter("O", position: 10))
        #expect(error?.message.mentions("O") == true)
        #expect(error?.message.mentions("10") == true)
    }

    @Test("lowercase letters are accepted and upper-cased; surrounding spaces are trimmed")
    func lowercase() throws {
        let code = try CreditCode(validating: "91440300708461136t")
        #expect(code.value == "91440300708461136T")
        let spaced = try CreditCode(validating: "  91330100716105852f\u{3000}")
        #expect(spaced.value == "91330100716105852F")
        #expect(spaced == CreditCode(unchecked: "91330100716105852F"))
    }

    @Test("a mistyped check character is refused, and the error says which one is expected")
    func wrongCheck() {
        let error = #expect(throws: CreditCodeError.self) { try CreditCode(validating: "91440300708461136U") }
        #expect(error?.problem == .wrongCheckCharacter(expected: "T", found: "U"))
        #expect(error?.message.zh.contains("“T”") == true)
        #expect(error?.message.en.contains("\"T\"") == true)
        #expect(error?.code == "91440300708461136U")
    }

    @Test("a transposition in the body of the code is caught by the check character")
    func transposition() {
        // …038216 → …083216: two neighbouring digits swapped
        #expect(problem("914403001922083216") != nil)
    }

    @Test("checkCharacter(forPrefix:) refuses prefixes of the wrong length or with invalid characters")
    func prefixGuards() {
        #expect(CreditCode.checkCharacter(forPrefix: "9144030070846113") == nil)
        #expect(CreditCode.checkCharacter(forPrefix: "914403007084611366") == nil)
        #expect(CreditCode.checkCharacter(forPrefix: "9144030070846113I") == nil)
    }

    @Test("property: for random prefixes, the computed check validates and every other last character fails")
    func property() {
        var generator = SeededGenerator(seed: 32100_2015)
        for _ in 0..<300 {
            let prefix = String((0..<17).map { _ in alphabet.randomElement(using: &generator)! })
            let check = expectedCheck(prefix)
            #expect(CreditCode.checkCharacter(forPrefix: prefix) == check)
            #expect(problem(prefix + String(check)) == nil, "\(prefix)\(check)")
            for other in alphabet where other != check {
                #expect(problem(prefix + String(other)) == .wrongCheckCharacter(expected: check, found: other),
                        "\(prefix)\(other)")
            }
        }
    }

    @Test("property: the journal's byte path accepts and refuses exactly what the text path does, and packs the same code")
    func bytePathAgrees() {
        var generator = SeededGenerator(seed: 18)
        for round in 0..<2_000 {
            let prefix = String((0..<17).map { _ in alphabet.randomElement(using: &generator)! })
            var text = prefix + String(expectedCheck(prefix))
            if round % 3 == 1 {   // one character replaced, anywhere, by any printable ASCII byte
                var bytes = Array(text.utf8)
                bytes[Int.random(in: 0..<18, using: &generator)] = UInt8.random(in: 0x21...0x7E, using: &generator)
                text = String(decoding: bytes, as: UTF8.self)
            }
            let fromText: CreditCode? = try? CreditCode(validating: text)
            let bytes = Array(text.utf8)
            let fromBytes: CreditCode? = bytes.withUnsafeBufferPointer { try? CreditCode(validatingBytes: $0) }
            // Lowercase letters are the text path's leniency (typed codes); the journal holds upper case only.
            if text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { continue }
            #expect(fromBytes == fromText, "\(text)")
            #expect(fromBytes?.value == fromText?.value, "\(text)")
            if let fromBytes { #expect(fromBytes.value == text) }
        }
    }

    @Test("codes sort by their text")
    func ordering() {
        #expect(CreditCode(unchecked: "911") < CreditCode(unchecked: "912"))
        #expect(code(1) < code(2))
    }
}

@Suite("Credit code bytes")
struct CreditCodeBytesTests {
    @Test("withBytes hands over exactly the code's characters")
    func bytes() {
        for n in [1, 42, 9_999_999] {
            let c = code(n)
            #expect(c.withBytes { Array($0) } == Array(c.value.utf8))
        }
    }
}
