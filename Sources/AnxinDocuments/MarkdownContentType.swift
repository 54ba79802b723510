import Mustache

/// Escaping for values in Markdown documents: a name like `*A|B*` or `<script>` must print as itself, not as
/// emphasis, a table cell break or raw HTML. Backslash escapes of ASCII punctuation are CommonMark; a line break
/// inside a value would end a table row, so it becomes a space.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!"]

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(" ")
            } else {
                if MarkdownContentType.special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }

    /// Registers the content type once (Mustache keeps content types in a process-wide table).
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
