import AnxinCore
import AnxinDocuments
import ArgumentParser

/// The shared body of the list exports (notice, awards, announcement, demo-sites, incentives, supervision,
/// blacklist): select the members as of the day, say who was left out and why, render, deliver.
protocol ListExport: ParsableCommand {
    static var list: CampaignList { get }
    var options: DocumentOptions { get }
    var global: GlobalOptions { get }
}

extension ListExport {
    static func listConfiguration(abstract: String) -> CommandConfiguration {
        CommandConfiguration(commandName: list.rawValue, abstract: abstract)
    }

    func run() throws {
        let context = CommandContext(global)
        let format = try options.resolvedFormat(allowed: DocumentFormat.allCases, document: Self.list.rawValue)
        let session = try DocumentSession(context, options: options)
        let selector = ListSelector(state: session.state)
        for exclusion in selector.select(Self.list).excluded {
            context.warn(Catalog.listExcluded(exclusion.record.profile.name, code: exclusion.record.code,
                                              reason: exclusion.reason.label))
        }
        let values = session.documents.list(Self.list, selector: selector)
        let text = format == .csv
            ? ListCSV.render(Self.list, context: values, language: context.language)
            : try session.render(Self.list.rawValue, format: format, context: values)
        try session.deliver(text, to: options.output, force: options.force)
    }
}
