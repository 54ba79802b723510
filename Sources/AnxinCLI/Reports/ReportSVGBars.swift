/// Horizontal bar charts as inline SVG (no script, no external file): one row per bar, the label on the left,
/// a light bar (listed / with verdict), a dark bar inside it (finished / unmet), a target line (quota),
/// and the numbers on the right.
enum ReportSVGBars {
    static let rowHeight = 20
    static let labelWidth = 170
    static let barWidth = 420
    static let captionWidth = 230

    static func render(_ chart: BarChart) -> String {
        let width = labelWidth + barWidth + captionWidth + 20
        let height = chart.bars.count * rowHeight + 24
        let scale = Double(chart.scale)
        func x(_ count: Int) -> Int { Int((Double(count) / scale * Double(barWidth)).rounded()) }
        let barX = labelWidth + 10
        var svg = "<svg class=\"bars\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">\n"
        for (index, bar) in chart.bars.enumerated() {
            let top = index * rowHeight
            let middle = top + rowHeight / 2 + 4
            let label = ReportHTMLRenderer.escape(bar.label)
            svg += "<g><title>\(label): \(ReportHTMLRenderer.escape(bar.caption))</title>"
            svg += "<text x=\"\(labelWidth)\" y=\"\(middle)\" text-anchor=\"end\">\(label)</text>"
            svg += "<rect x=\"\(barX)\" y=\"\(top + 3)\" width=\"\(barWidth)\" height=\"\(rowHeight - 6)\" fill=\"#f0f2f5\"/>"
            svg += "<rect x=\"\(barX)\" y=\"\(top + 3)\" width=\"\(x(bar.light))\" height=\"\(rowHeight - 6)\" fill=\"#b8cbe4\"/>"
            svg += "<rect x=\"\(barX)\" y=\"\(top + 3)\" width=\"\(x(bar.dark))\" height=\"\(rowHeight - 6)\" fill=\"#24497a\"/>"
            if let target = bar.target, target > 0 {
                let line = barX + x(target)
                svg += "<line x1=\"\(line)\" y1=\"\(top + 1)\" x2=\"\(line)\" y2=\"\(top + rowHeight - 1)\" stroke=\"#d9730d\" stroke-width=\"2\"/>"
            }
            svg += "<text class=\"caption\" x=\"\(barX + barWidth + 8)\" y=\"\(middle)\">\(ReportHTMLRenderer.escape(bar.caption))</text></g>\n"
        }
        let legendY = chart.bars.count * rowHeight + 16
        svg += "<text class=\"caption\" x=\"\(barX)\" y=\"\(legendY)\">\(ReportHTMLRenderer.escape(chart.legend))</text>\n"
        return svg + "</svg>\n"
    }
}
