import AnxinCore
import AnxinStore
import ArgumentParser
import Foundation

/// Options the data exports share: format, output file, encoding, and the day of the state.
struct ExportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "csv|json|md")) var format: ExportFormat = .csv
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("写入文件（默认标准输出）· Write to this file (default: standard output).", valueName: "FILE"))
    var output: String?
    @Option(help: ArgumentHelp("CSV 编码：utf-8（带 BOM）或 gb18030（旧版 Excel）· CSV encoding: utf-8 (with a BOM) or gb18030 (older Excel).", valueName: "utf-8|gb18030"))
    var encoding: ExportEncoding = .utf8
    @Option(name: .customLong("as-of"), help: ArgumentHelp("截至某日的状态 · The state as it was on that day.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, json, md }
    enum ExportEncoding: String, ExpressibleByArgument, CaseIterable { case utf8 = "utf-8", gb18030 }

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, "--as-of") }
    }

    func asOfDay() throws -> Day? { try asOf.map { try parseDay($0, "--as-of") } }
}

/// A table of text to hand out as CSV or Markdown, with its JSON form for `--format json`.
struct ExportTable {
    var header: [String]
    var rows: [[String]]
    var json: () -> JSONOut

    /// Renders in the chosen format and writes to the output file (replaced atomically) or standard output.
    func write(_ options: ExportOptions, _ context: CommandContext) throws {
        var bytes: [UInt8]
        switch options.format {
        case .csv:
            var writer = CSVWriter(byteOrderMark: options.encoding == .utf8)
            writer.append(header)
            for row in rows { writer.append(row) }
            bytes = writer.bytes
            if options.encoding == .gb18030 {
                do { bytes = try GB18030.encode(bytes) } catch { throw CLIFailure(Catalog.encodingUnavailable("GB18030")) }
            }
        case .json:
            bytes = Array((json().rendered() + "\n").utf8)
        case .md:
            bytes = Array(markdown().utf8)
        }
        guard let path = options.output, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do { try AtomicFile.write(bytes, to: path) } catch { throw CLIFailure(Catalog.exportCannotWrite(path, error.message)) }
        context.say(Catalog.exportWritten(path, rows: rows.count))
    }

    /// A GitHub-flavoured Markdown table: `|` escaped, line breaks as `<br>`.
    func markdown() -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
                .replacingOccurrences(of: "\r", with: "<br>")
        }
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: header.count)]
        for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
