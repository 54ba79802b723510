/// The default templates anxin ships, written into `<store>/templates/` by `anxin init` and
/// `anxin export templates`. Keys are template names: `<document>.<format>` (the file is `<key>.mustache`).
public enum DefaultTemplates {
    public static let all: [String: String] = notices.merging(registers) { $1 }.merging(letters) { $1 }.merging(record) { $1 }
        .merging(["style.html": style]) { $1 }

    /// The printed look shared by every HTML document: A4, black on white, Song for text and Hei for titles,
    /// tables that repeat their header on each page. No web font, no network.
    static let style = #"""
    @page { size: A4; margin: 20mm 18mm 18mm 18mm; }
    * { box-sizing: border-box; }
    body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
           font-size: 12pt; line-height: 1.65; color: #000; background: #fff; max-width: 182mm; margin: 0 auto; }
    h1 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
         font-size: 18pt; font-weight: bold; text-align: center; margin: 0 0 6pt; letter-spacing: 1pt; }
    h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 13pt; margin: 14pt 0 6pt; }
    .issuer { text-align: center; font-size: 14pt; margin-bottom: 4pt; }
    .docdate { text-align: center; margin-bottom: 12pt; }
    p { margin: 0 0 6pt; }
    p.body { text-indent: 2em; }
    table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 6pt 0 12pt; }
    th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
    th { background: #e8e8e8; font-weight: bold; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    td.n, th.n { text-align: center; white-space: nowrap; width: 2.6em; }
    .code { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 9.5pt; white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    th.name, td.name { min-width: 11em; }
    td.ind { min-width: 4.5em; }
    td.place { min-width: 4em; }
    .muted { color: #444; }
    .sign { margin-top: 28pt; text-align: right; line-height: 2; }
    .signatures td { height: 24pt; border: 0.6pt solid #000; }
    .unmet { font-weight: bold; }
    .empty { text-align: center; padding: 12pt; }
    @media screen { body { padding: 14mm 0; } }
    """#
}
