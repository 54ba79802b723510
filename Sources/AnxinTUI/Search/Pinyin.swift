import Foundation

/// Mandarin readings of Chinese characters, from Foundation's `mandarinToLatin` transform (it works on Linux).
/// Names share a small alphabet, so each distinct character is transformed once and cached: a 100,000-name
/// roster costs a few thousand transforms, not a million.
public struct PinyinTable: Sendable {
    private var cache: [Character: [UInt8]] = [:]

    public init() {}

    /// The toneless, lowercase syllable(s) of one character; ASCII letters and digits stand for themselves
    /// (lowercased); anything else gives nothing.
    public mutating func syllable(_ character: Character) -> [UInt8] {
        if character.isASCII {
            guard let byte = character.asciiValue, character.isLetter || character.isNumber else { return [] }
            return [byte | (character.isLetter ? 0x20 : 0)]
        }
        if let cached = cache[character] { return cached }
        var result: [UInt8] = []
        if let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() {
            result = latin.utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
        cache[character] = result
        return result
    }

    /// Full pinyin ("baodingshi") and initials ("bds") of a text.
    public mutating func spell(_ text: String) -> (full: [UInt8], initials: [UInt8]) {
        var full: [UInt8] = [], initials: [UInt8] = []
        for character in text {
            let syllable = syllable(character)
            guard let first = syllable.first else { continue }
            full += syllable
            initials.append(character.isASCII ? first : first)
        }
        return (full, initials)
    }
}
