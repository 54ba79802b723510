import AnxinText

/// A report for the terminal: columns measured in display columns (Chinese takes two), numbers right-aligned,
/// bars drawn with block characters.
enum ReportTextRenderer {
    static func render(_ document: ReportDocument) -> String {
        var lines = [document.title, document.subtitle]
        for section in document.sections {
            lines.append("")
            lines.append("■ " + section.title)
            if let table = section.table, !(table.rows.isEmpty && table.footer.isEmpty) {
                lines += render(table)
            } else if let empty = section.emptyText {
                lines.append(empty)
            }
            if let bars = section.bars { lines += render(bars) }
            if let note = section.note { lines.append(""); lines.append(note) }
        }
        return lines.map { $0.inert }.joined(separator: "\n") + "\n"
    }

    static func render(_ table: ReportTable) -> [String] {
        let all = table.rows + table.footer
        let widths = table.columns.enumerated().map { index, column in
            min(column.maxWidth, ([column.title] + all.map { index < $0.count ? $0[index].text : "" })
                .map { DisplayWidth.of($0.inert) }.max() ?? 1)
        }
        let layout = Table(columns: zip(table.columns, widths).map { column, width in
            Table.Column(title: column.title, width: width, alignment: column.numeric ? .right : .left)
        })
        var lines = [layout.header()]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: " "))
        lines += table.rows.map { layout.line($0.map(\.text)) }
        if !table.footer.isEmpty {
            lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: " "))
            lines += table.footer.map { layout.line($0.map(\.text)) }
        }
        return lines
    }

    static func render(_ chart: BarChart, width: Int = 30) -> [String] {
        let labelWidth = min(20, chart.bars.map { DisplayWidth.of($0.label.inert) }.max() ?? 0)
        let scale = Double(chart.scale)
        var lines = [""]
        for bar in chart.bars {
            let dark = Int((Double(bar.dark) / scale * Double(width)).rounded())
            let light = max(0, Int((Double(bar.light) / scale * Double(width)).rounded()) - dark)
            var cells = String(repeating: "█", count: dark) + String(repeating: "▒", count: light)
            cells += String(repeating: " ", count: max(0, width - dark - light))
            if let target = bar.target, target > 0 {
                let mark = min(width - 1, max(0, Int((Double(target) / scale * Double(width)).rounded()) - 1))
                var characters = Array(cells)
                if characters[mark] == " " { characters[mark] = "│" }
                cells = String(characters)
            }
            lines.append(TextFit.fit(bar.label.inert, toWidth: labelWidth) + " " + cells + " " + bar.caption)
        }
        lines.append(chart.legend)
        return lines
    }
}
