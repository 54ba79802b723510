/// A report as GitHub-flavoured Markdown: one table per section; bars become a "finished/listed/quota" column
/// already present in the tables, so they are left out.
enum ReportMarkdownRenderer {
    static func render(_ document: ReportDocument) -> String {
        var lines = ["# " + inline(document.title), "", inline(document.subtitle)]
        for section in document.sections {
            lines += ["", "## " + inline(section.title), ""]
            if let table = section.table, !(table.rows.isEmpty && table.footer.isEmpty) {
                lines.append("| " + table.columns.map { inline($0.title) }.joined(separator: " | ") + " |")
                lines.append("|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
                for row in table.rows { lines.append(line(row, bold: false)) }
                for row in table.footer { lines.append(line(row, bold: true)) }
            } else if let empty = section.emptyText {
                lines.append(inline(empty))
            }
            if let note = section.note { lines += ["", "> " + inline(note)] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ cells: [ReportCell], bold: Bool) -> String {
        "| " + cells.map { cell in
            let text = inline(cell.text)
            return bold && !text.isEmpty ? "**" + text + "**" : text
        }.joined(separator: " | ") + " |"
    }

    /// Text from data must not become Markdown: table bars, HTML, emphasis and line breaks are escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text.inertForMarkdown {
            switch character {
            case "|", "\\", "`", "_", "*", "[", "]", "<", ">", "#", "&":
                out.append("\\"); out.append(character)
            case "\n", "\r": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }
}

private extension String {
    /// Control characters from data dropped (a note can hold anything).
    var inertForMarkdown: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F || $0 == "\n" }))
    }
}
