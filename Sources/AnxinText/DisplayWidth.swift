/// How many terminal columns text takes (显示宽度): Chinese characters take two.
///
/// Measured per grapheme cluster with a generated, locale-independent East Asian
/// Width table (`EastAsianWidthTable.swift`), so the result never depends on the
/// user's locale or the C library's `wcwidth`. Ambiguous-width characters count 1.
public enum DisplayWidth {
    /// The Unicode version of the width table.
    public static var unicodeVersion: String { EastAsianWidthTable.unicodeVersion }

    /// Columns taken by one scalar on its own: 0, 1 or 2.
    ///
    /// C0 and C1 controls and DEL count 0 here; make text inert (`InertText`)
    /// before drawing it, which turns them into visible one-column pictures.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        // Nothing below U+0300 is zero width or wide (U+00AD counts 1).
        if value < 0x300 { return 1 }
        return tableWidth(value)
    }

    /// Columns taken by one grapheme cluster (one user-perceived character).
    ///
    /// The width of its first scalar that takes a column, widened to 2 for emoji
    /// that terminals draw as pictures: a base followed by U+FE0F (emoji
    /// presentation), an emoji ZWJ sequence, a skin-tone modified emoji and a
    /// regional-indicator flag.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        if iterator.next() == nil { return of(first) }

        var base: Unicode.Scalar? = nil  // the first scalar that takes a column
        var baseWidth = 0
        var regionalIndicators = 0
        var presentsAsEmoji = false
        var hasModifier = false
        var pendingJoiner = false
        var joinsAnother = false
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x1F1E6 && value <= 0x1F1FF { regionalIndicators += 1 }
            guard base != nil else {
                baseWidth = of(scalar)
                if baseWidth > 0 { base = scalar }
                continue
            }
            switch value {
            case 0xFE0F: presentsAsEmoji = true
            case 0x200D: pendingJoiner = true
            case 0x1F3FB...0x1F3FF: hasModifier = true
            default:
                if pendingJoiner && of(scalar) > 0 { joinsAnother = true }
            }
        }
        guard let base, baseWidth == 1 else { return baseWidth }
        if regionalIndicators >= 2 { return 2 }
        let properties = base.properties
        if (presentsAsEmoji || joinsAnother) && properties.isEmoji { return 2 }
        if hasModifier && properties.isEmojiModifierBase { return 2 }
        return 1
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of(_ string: some StringProtocol) -> Int {
        let asciiCount = string.utf8.withContiguousStorageIfAvailable(printableASCIICount)
            ?? printableASCIICount(string.utf8)
        if let asciiCount { return asciiCount }
        var total = 0
        for character in string {
            total += of(character)
        }
        return total
    }

    /// The byte count when every byte is printable ASCII (one column each), else nil.
    static func printableASCIICount(_ utf8: some Sequence<UInt8>) -> Int? {
        var count = 0
        for byte in utf8 {
            // One test for both bounds: bytes below 0x20 wrap around to large values.
            guard byte &- 0x20 < 0x5F else { return nil }
            count += 1
        }
        return count
    }

    @usableFromInline
    static func tableWidth(_ value: UInt32) -> Int {
        if contains(EastAsianWidthTable.zeroWidth, value) { return 0 }
        if value >= 0x1100 && contains(EastAsianWidthTable.wide, value) { return 2 }
        return 1
    }

    /// Binary search over sorted, non-overlapping inclusive ranges.
    static func contains(_ ranges: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.0 {
                high = middle - 1
            } else if value > range.1 {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
