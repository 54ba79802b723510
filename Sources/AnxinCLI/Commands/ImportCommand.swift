import ArgumentParser

/// `anxin import KIND`: data that comes in from spreadsheets.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从 Excel 导入 · Import from spreadsheets (CSV saved from Excel).",
        subcommands: [ImportRosterCommand.self]
    )
}
