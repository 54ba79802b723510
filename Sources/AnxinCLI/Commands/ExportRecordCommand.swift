import AnxinCore
import AnxinDocuments
import ArgumentParser

/// `anxin export record CODE`: the printable acceptance record (验收记录表) of one enterprise.
struct ExportRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "验收记录表（企业信息、逐条评定、验收结论、签字栏）· The printable acceptance record of one enterprise.")

    @Argument(help: ArgumentHelp("统一社会信用代码或名称的一部分 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String

    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = CommandContext(global)
        let format = try options.resolvedFormat(allowed: [.txt, .md, .html], document: "record")
        let session = try DocumentSession(context, options: options)
        let record = try EnterpriseResolver.resolve(enterprise, in: session.state)
        let sheet = AcceptanceSheet(record: record, catalog: session.state.catalog)
        let text = try session.render("record", format: format, context: session.documents.record(sheet))
        try session.deliver(text, to: options.output, force: options.force)
    }
}
