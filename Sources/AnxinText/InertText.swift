/// Text that is safe to write to a terminal (终端安全文本): it shows as itself and can
/// never drive the terminal, whatever a name or note read from data holds.
///
/// - C0 controls become their Unicode Control Pictures (ESC → "␛", NUL → "␀"),
///   DEL becomes "␡" and C1 controls become "�", so an escape sequence shows as
///   text instead of moving the cursor or changing colours;
/// - a tab becomes one space; a newline (LF, CR, CR LF, U+2028, U+2029) becomes "⏎";
/// - bidirectional embedding, override and isolate controls (U+202A–U+202E,
///   U+2066–U+2069) are removed, so text cannot reorder what follows it.
///
/// Every replacement is one column wide, so inert text measures like it looks.
public enum InertText {
    /// The terminal-safe form of `text`; returned unchanged when nothing needed replacing.
    public static func make(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return String(text) }
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            // CR LF is one newline, already shown by the CR.
            if scalar == "\n" && previousWasCarriageReturn { continue }
            if let replacement = replacement(for: scalar) {
                result.append(contentsOf: replacement.unicodeScalars)
            } else if needsReplacement(scalar) {
                continue  // removed
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    /// The visible stand-in for a control, or nil to keep (or remove) the scalar.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: return " "
        case 0x0A, 0x0D, 0x2028, 0x2029: return "\u{23CE}"  // ⏎
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")  // ␀…␟
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80...0x9F: return "\u{FFFD}"  // �
        default: return nil
        }
    }
}

extension StringProtocol {
    /// This text made safe to write to a terminal; see `InertText`.
    public var inert: String { InertText.make(self) }
}
