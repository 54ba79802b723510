/// Finds the tags of a Mustache template with their line and column, so that a misspelled variable or a missing
/// partial is an error naming its place instead of rendering as nothing (Mustache's rule for an unknown name).
struct TemplateLint {
    struct Tag: Equatable {
        enum Kind: Equatable { case variable, section, close, partial, other }
        let kind: Kind
        let name: String
        let line: Int
        let column: Int
    }

    /// The tags of a template written with the default delimiters. A template that changes its delimiters
    /// (`{{=<% %>=}}`) is not checked past that point: Mustache itself still parses it.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let characters = Array(text)
        var index = 0, line = 1, column = 1
        func advance(_ count: Int) {
            for _ in 0..<count where index < characters.count {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else { advance(1); continue }
            let tagLine = line, tagColumn = column
            advance(2)
            var body = ""
            while index + 1 < characters.count, !(characters[index] == "}" && characters[index + 1] == "}") {
                body.append(characters[index])
                advance(1)
            }
            advance(2)
            // Triple mustache: the third brace belongs to the tag.
            if body.hasPrefix("{"), index < characters.count, characters[index] == "}" { advance(1) }
            let trimmed = body.trimmingBlanks()
            guard let sigil = trimmed.first else { continue }
            let rest = String(trimmed.dropFirst()).trimmingBlanks()
            switch sigil {
            case "=": return tags
            case "!", "%": continue
            case "#", "^": tags.append(Tag(kind: .section, name: innerName(rest), line: tagLine, column: tagColumn))
            case "/": tags.append(Tag(kind: .close, name: innerName(rest), line: tagLine, column: tagColumn))
            case "&": tags.append(Tag(kind: .variable, name: innerName(rest), line: tagLine, column: tagColumn))
            case "{": tags.append(Tag(kind: .variable, name: innerName(String(rest.trimmingSuffix("}"))), line: tagLine, column: tagColumn))
            case ">": tags.append(Tag(kind: .partial, name: rest, line: tagLine, column: tagColumn))
            case "$", "<": tags.append(Tag(kind: .other, name: rest, line: tagLine, column: tagColumn))
            default: tags.append(Tag(kind: .variable, name: innerName(trimmed), line: tagLine, column: tagColumn))
            }
        }
        return tags
    }

    /// The innermost section opened and never closed, for a clearer report than "end of file".
    static func unclosedSection(in tags: [Tag]) -> Tag? {
        var open: [Tag] = []
        for tag in tags {
            if tag.kind == .section { open.append(tag) }
            if tag.kind == .close, !open.isEmpty { open.removeLast() }
        }
        return open.last
    }

    /// `uppercased(name)` applies a transform to `name`: the variable is the innermost name.
    static func innerName(_ text: String) -> String {
        guard let open = text.lastIndex(of: "(") else { return text.trimmingBlanks() }
        let inside = text[text.index(after: open)...]
        return String(inside.prefix { $0 != ")" }).trimmingBlanks()
    }

    /// The parts of a dotted name that must be known (`.` alone is the current item).
    static func components(of name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}

extension String {
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }

    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : Substring(self)
    }
}
