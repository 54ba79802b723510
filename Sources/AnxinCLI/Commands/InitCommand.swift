import AnxinCore
import AnxinStore
import ArgumentParser

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建数据目录 · Create a new, empty store with the default catalog and calendar.")

    @Argument(help: ArgumentHelp("要新建的数据目录 · The directory to create.", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("城市 · The city, e.g. 保定市.", valueName: "NAME"))
    var city: String

    /// `--year` is the shared option (here: the year of the new campaign; the calendar's dates move to it).

    @Flag(help: ArgumentHelp("同时建立 git 仓库，以便同步 · Also make it a git repository, ready for anxin sync --setup."))
    var git = false

    @OptionGroup var global: GlobalOptions

    private var year: Int { global.year ?? 0 }

    func validate() throws {
        guard global.year != nil else { throw ValidationError("--year: give the campaign year, e.g. --year 2024") }
        guard (2000...2100).contains(year) else { throw ValidationError("--year: \(year) is not a campaign year (2000–2100)") }
        guard !city.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--city: give the city's name") }
    }

    func run() throws {
        var options = global
        options.year = nil
        let context = CommandContext(options)
        let store: Store
        do {
            store = try Store.create(directory: directory, city: city, year: year)
        } catch {
            throw CLIFailure(error.message)
        }
        // The document templates (data/templates/*.mustache), for an administrator to edit.
        _ = try TemplateFiles.write(into: DocumentSession.templatesDirectory(of: store), replacing: false)
        context.say(Catalog.storeCreated(store.directory, city: city, year: year))
        if git { try prepareRepository(store, context) }
    }

    private func prepareRepository(_ store: Store, _ context: CommandContext) throws {
        do {
            try Syncer(store: store, environment: context.environment).setUp(remote: nil)
        } catch {
            throw CLIFailure(error.message)
        }
        context.say(Catalog.syncSetUp(store.directory, remote: nil))
    }
}
