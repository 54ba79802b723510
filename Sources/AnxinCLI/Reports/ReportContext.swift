import AnxinCore

/// What every report is made from: the folded campaign, the day it is taken on, and how it is read.
struct ReportContext {
    let state: CampaignState
    let today: Day
    let language: Language
    let grouping: ReportGrouping
    let reading: StageReading

    var config: CampaignConfig { state.config }

    func text(_ message: Message) -> String { message.text(language) }

    func subtitle(grouping shown: ReportGrouping?) -> String {
        text(Catalog.reportSubtitle(city: config.city, year: config.year, day: today,
                                    grouping: shown.map(Catalog.reportGrouping)))
    }

    func kindText(_ group: ReportGroup) -> String {
        switch group {
        case .jurisdiction: text(Catalog.reportKindJurisdiction)
        case .department: text(Catalog.reportKindDepartment)
        case .industry: text(Catalog.reportGrouping(.industry))
        case .tier: text(Catalog.reportGrouping(.tier))
        case .city: text(Catalog.reportCity)
        }
    }

    /// The JSON head every report starts with.
    func jsonHead(_ report: String) -> [(String, JSONOut)] {
        [("report", .string(report)), ("city", .string(config.city)), ("year", .int(config.year)),
         ("as_of", .string(today.description))]
    }
}

/// CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
enum ReportCSV {
    static func render(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { CSV.row($0.map { defused($0.inert) }) }.joined(separator: "\r\n") + "\r\n"
    }

    /// A text from the data that Excel would run as a formula (=, +, @, or - before a non-digit) gets a leading
    /// apostrophe, so a name like "=HYPERLINK(…)" is shown, not evaluated.
    static func defused(_ field: String) -> String {
        guard let first = field.first else { return field }
        let second = field.dropFirst().first
        let formula = first == "=" || first == "+" || first == "@"
            || (first == "-" && !(second.map { $0.isASCII && $0.isNumber } ?? false))
        return formula ? "'" + field : field
    }
}
