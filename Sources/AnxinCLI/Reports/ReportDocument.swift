import AnxinCore

/// One report in every format: the document people read (table, Markdown, HTML), flat rows for CSV, and JSON.
protocol ReportView {
    var document: ReportDocument { get }
    var csv: [[String]] { get }
    var json: JSONOut { get }
}

/// A report as the people-facing formats (table, Markdown, HTML) show it: a title, then sections of notes,
/// tables and bar charts. Every text in it is plain: each renderer escapes for its own format.
struct ReportDocument {
    let language: Language
    let title: String
    let subtitle: String
    var sections: [ReportSection] = []
}

struct ReportSection {
    let title: String
    var note: String?
    var table: ReportTable?
    var bars: BarChart?
    /// Said instead of an empty table.
    var emptyText: String?
}

/// How a cell reads: plain, or a state a reader must see at once (printed in colour in HTML).
enum CellTone: String {
    case plain, good, bad, muted
}

struct ReportCell {
    let text: String
    var tone: CellTone = .plain

    init(_ text: String, tone: CellTone = .plain) {
        self.text = text
        self.tone = tone
    }

    init(_ number: Int) { self.init(String(number)) }
}

struct ReportColumn {
    let title: String
    var numeric = false
    /// The widest a terminal table lets this column grow (longer text is cut with "…").
    var maxWidth = 40
}

struct ReportTable {
    let columns: [ReportColumn]
    var rows: [[ReportCell]] = []
    /// Total rows printed after the others (bold in HTML).
    var footer: [[ReportCell]] = []
}

/// Horizontal bars: a dark part inside a light part, with an optional target line (the quota).
struct BarChart {
    struct Bar {
        let label: String
        let dark: Int
        let light: Int
        let target: Int?
        let caption: String
    }

    var bars: [Bar]
    let legend: String

    /// The count the full width of a bar stands for.
    var scale: Int { max(1, bars.map { max($0.dark, $0.light, $0.target ?? 0) }.max() ?? 1) }
}

/// Shares as people read them: 25%, or — when there is nothing to divide by.
func percent(_ share: Double?) -> String {
    guard let share, share.isFinite else { return "—" }
    return String(Int((share * 100).rounded())) + "%"
}
