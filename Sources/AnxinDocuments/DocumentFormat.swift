/// The formats a document is written in. txt, md and html come from templates; csv is data for spreadsheets,
/// written by code with a BOM so that Excel shows the Chinese correctly.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case txt, md, html, csv

    /// The format a file name implies (`-o 公示名单.html`), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    /// The file extension of a document written in this format.
    public var fileExtension: String { rawValue }

    /// The Mustache content type a template of this format renders with: HTML escapes `<`, `&` and quotes;
    /// MARKDOWN escapes what would turn a value into markup (docs/documents.md); TEXT escapes nothing.
    var contentType: String {
        switch self {
        case .html: "HTML"
        case .md: MarkdownContentType.name
        case .txt, .csv: "TEXT"
        }
    }
}
