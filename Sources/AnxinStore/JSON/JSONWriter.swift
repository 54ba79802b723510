/// Writes JSON strings the way the journal does: UTF-8 as itself (Chinese never \u-escaped), escaping only
/// `"`, `\`, and controls (`\n \t \r \b \f`, others `\u00XX`), appending to a byte array.
///
/// Writing text as itself keeps the journal readable with `less`, `grep` and `jq` by people who read Chinese.
/// "Controls" are the C0 range U+0000–U+001F, the only characters RFC 8259 requires to be escaped; DEL and
/// C1 controls are written as they are (the terminal UI, not the file format, guards the screen). `/` is not
/// escaped. Hex digits in `\u00XX` are lowercase, as Foundation writes them.
public enum JSONWriter {
    /// Appends `s` as a complete JSON string literal, quotes included.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go; most strings are a single run.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(for: byte, to: &out)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        out.append(0x22)
    }

    private static func appendEscape(for byte: UInt8, to out: inout [UInt8]) {
        let backslash: UInt8 = 0x5C
        switch byte {
        case 0x22: out.append(contentsOf: [backslash, 0x22])
        case 0x5C: out.append(contentsOf: [backslash, backslash])
        case 0x0A: out.append(contentsOf: [backslash, 0x6E])
        case 0x09: out.append(contentsOf: [backslash, 0x74])
        case 0x0D: out.append(contentsOf: [backslash, 0x72])
        case 0x08: out.append(contentsOf: [backslash, 0x62])
        case 0x0C: out.append(contentsOf: [backslash, 0x66])
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            let digits = hexDigits.utf8Start
            out.append(contentsOf: [backslash, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }
}
