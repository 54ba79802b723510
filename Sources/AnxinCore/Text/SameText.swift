#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Comparing the names of offices, places and industries: `==` on `String` (canonical equivalence), decided from
/// the UTF-8 bytes whenever that is exact. The rules compare an event's office with an enterprise's jurisdiction
/// and department for every journal event; for two different Chinese names `==` walks both through Unicode
/// normalization, which cost more than the rest of the check.
///
/// Bytes decide exactly in two cases: equal bytes are equal texts; and two texts made only of characters that
/// are their own normalized form and never combine with a neighbour (`isStableUnderNormalization`) are equal
/// only when their bytes are. Anything else (a combining accent, a compatibility ideograph) goes to `==`.
extension String {
    public func sameText(as other: String) -> Bool {
        switch utf8.withContiguousStorageIfAvailable({ mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in String.compareBytes(mine, theirs) }
        }) {
        case .some(.some(.equal)): return true
        case .some(.some(.different)): return false
        default: return self == other
        }
    }

    enum ByteComparison { case equal, different, undecided }

    /// What the bytes of two texts say of their equality (see `sameText`).
    static func compareBytes(_ mine: UnsafeBufferPointer<UInt8>, _ theirs: UnsafeBufferPointer<UInt8>) -> ByteComparison {
        if mine.count == theirs.count
            && (mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0) {
            return .equal
        }
        if isStableUnderNormalization(mine) && isStableUnderNormalization(theirs) { return .different }
        return .undecided
    }

    /// Whether every character of these UTF-8 bytes is one that normalization leaves as it is whatever stands
    /// beside it: ASCII, Latin-1, common punctuation, CJK punctuation (not its combining tone marks), CJK
    /// ideographs (not the compatibility block, which normalizes to other ideographs) and fullwidth forms.
    /// Such a text is its own NFC form, so two of them are canonically equivalent only when byte for byte equal.
    /// The bytes must be valid UTF-8 (a `String`'s are).
    static func isStableUnderNormalization(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if lead >= 0xE5 && lead <= 0xE9 {
                index += 3   // U+5000–U+9FFF: unified ideographs, the bulk of every Chinese name
                continue
            }
            let scalar: UInt32
            if lead < 0xE0 {
                guard index + 1 < count else { return false }
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false   // beyond the Basic Multilingual Plane: leave it to `==`
            }
            switch scalar {
            case 0x00A0...0x00FF,   // Latin-1: precomposed letters are normalized already; no combining marks
                 0x2010...0x2027,   // dashes, quotes, bullets, ellipsis
                 0x3000...0x3029,   // CJK punctuation before the combining tone marks U+302A–U+302F
                 0x3400...0x4DBF,   // CJK ideographs, extension A
                 0x4E00...0x9FFF,   // CJK unified ideographs
                 0xFF01...0xFF5E:   // fullwidth ASCII forms (（）、０-９): compatibility forms only, unchanged by NFC
                continue
            default:
                return false
            }
        }
        return true
    }
}
