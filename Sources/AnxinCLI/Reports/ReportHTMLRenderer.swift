import AnxinCore

/// A report as one self-contained printable HTML page: inline CSS, inline SVG bars, no script, no network.
/// Prints on A4 (each section on a new page, table headers repeated on every page). Every text is escaped.
enum ReportHTMLRenderer {
    static func render(_ document: ReportDocument, landscape: Bool = false) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(document.language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(document.title)) · \(escape(document.subtitle))</title>
        <style>
        \(style(landscape: landscape))
        </style>
        </head>
        <body>
        <header><h1>\(escape(document.title))</h1><p class="subtitle">\(escape(document.subtitle))</p></header>

        """
        for section in document.sections {
            html += "<section>\n<h2>\(escape(section.title))</h2>\n"
            if let table = section.table, !(table.rows.isEmpty && table.footer.isEmpty) {
                html += render(table)
            } else if let empty = section.emptyText {
                html += "<p>\(escape(empty))</p>\n"
            }
            if let bars = section.bars { html += ReportSVGBars.render(bars) }
            if let note = section.note { html += "<p class=\"note\">\(escape(note))</p>\n" }
            html += "</section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func render(_ table: ReportTable) -> String {
        var html = "<table>\n<thead><tr>"
        for column in table.columns {
            html += "<th\(column.numeric ? " class=\"num\"" : "")>\(escape(column.title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        func row(_ cells: [ReportCell], total: Bool) -> String {
            var line = total ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in cells.enumerated() {
                var classes: [String] = []
                if index < table.columns.count, table.columns[index].numeric { classes.append("num") }
                if cell.tone != .plain { classes.append(cell.tone.rawValue) }
                let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                line += "<td\(attribute)>\(escape(cell.text))</td>"
            }
            return line + "</tr>\n"
        }
        for cells in table.rows { html += row(cells, total: false) }
        for cells in table.footer { html += row(cells, total: true) }
        return html + "</tbody>\n</table>\n"
    }

    /// Escapes text for HTML content and attribute values; control characters from data are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func style(landscape: Bool) -> String {
        """
        @page { size: A4\(landscape ? " landscape" : ""); margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
               font-size: 10pt; line-height: 1.45; color: #1f2328; margin: 0 auto; padding: 8mm; max-width: \(landscape ? "297mm" : "210mm"); }
        header { border-bottom: 2pt solid #24497a; margin-bottom: 5mm; }
        h1 { font-size: 17pt; margin: 0 0 1mm; color: #24497a; letter-spacing: 0.02em; }
        .subtitle { margin: 0 0 2mm; color: #57606a; }
        h2 { font-size: 12.5pt; margin: 6mm 0 3mm; padding-left: 2mm; border-left: 3pt solid #24497a; break-after: avoid; }
        section + section { break-before: page; }
        table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 3mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #b6bec8; padding: 0.8mm 1.4mm; vertical-align: top; }
        th { background: #e6ecf4; font-weight: 600; text-align: left; }
        th.num { text-align: right; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f6f8fb; }
        tr.total td { font-weight: 700; background: #e9edf2; border-top: 1.2pt solid #57606a; }
        .good { color: #1a7f37; }
        .bad { color: #b42318; font-weight: 600; }
        .muted { color: #8c959f; }
        .note { font-size: 8.5pt; color: #57606a; margin-top: 2mm; }
        svg.bars { width: 100%; max-width: 180mm; height: auto; display: block; margin: 2mm 0; break-inside: avoid; }
        svg.bars text { font-family: inherit; font-size: 11px; fill: #1f2328; }
        svg.bars text.caption { fill: #57606a; font-size: 10px; }
        @media print { body { padding: 0; max-width: none; } }
        """
    }
}
