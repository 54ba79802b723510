/// Fitting text into a column budget (列宽): truncation with an ellipsis and
/// padding to exact columns, for table cells, headers and hint bars.
///
/// Widths are display columns (`DisplayWidth`), never bytes or characters. A
/// grapheme cluster is never split, and a wide character that would straddle the
/// cut is dropped whole. Pass inert text (`InertText`) when it comes from data.
public enum TextFit {
    /// Where padding puts the text inside its columns.
    public enum Alignment: Sendable, Hashable {
        case left, right, center
    }

    /// `text` cut to at most `width` columns, ending with `ellipsis` when anything was cut.
    ///
    /// The result is a prefix of `text` (whole grapheme clusters) followed by the
    /// ellipsis, and is never wider than `width`; it can be one column narrower when
    /// a wide character does not fit at the cut (padding is the caller's job, or use
    /// `fit`). Width 0 or less gives "".
    public static func truncate(_ text: some StringProtocol, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return String(text) }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        // An ellipsis wider than the whole budget is itself cut, without an ellipsis.
        guard ellipsisWidth <= width else { return String(prefix(of: ellipsis, upToWidth: width)) }
        return String(prefix(of: text, upToWidth: width - ellipsisWidth)) + ellipsis
    }

    /// `text` in exactly `width` columns: truncated with "…" when too wide, then
    /// padded with spaces on the side(s) `alignment` leaves free.
    public static func pad(_ text: some StringProtocol, toWidth width: Int, alignment: Alignment = .left) -> String {
        fit(text, toWidth: width, alignment: alignment)
    }

    /// `text` in exactly `width` columns, the common case for a table cell:
    /// truncated with `ellipsis` when too wide, then padded with spaces.
    /// Centred text leaves the odd column on the right.
    public static func fit(
        _ text: some StringProtocol,
        toWidth width: Int,
        alignment: Alignment = .left,
        ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width, ellipsis: ellipsis)
        let free = max(0, width - DisplayWidth.of(cut))
        if free == 0 { return cut }
        let leading: Int
        switch alignment {
        case .left: leading = 0
        case .right: leading = free
        case .center: leading = free / 2
        }
        return String(repeating: " ", count: leading) + cut + String(repeating: " ", count: free - leading)
    }

    /// The longest prefix of whole grapheme clusters at most `width` columns wide.
    /// Stops at the first cluster that does not fit, so the result is a true prefix.
    static func prefix<S: StringProtocol>(of text: S, upToWidth width: Int) -> S.SubSequence {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = DisplayWidth.of(text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return text[text.startIndex..<end]
    }
}
