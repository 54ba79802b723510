import ArgumentParser

/// `anxin export KIND`: everything anxin hands out as files, one subcommand per kind. Data for spreadsheets and
/// scripts (roster, checklists, events) and the campaign's documents (lists, notices, letters, records).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出名单、公告、函件与数据 · Export lists, notices, letters and data.",
        subcommands: [
            // Data for spreadsheets and scripts.
            ExportRosterCommand.self, ExportChecklistsCommand.self, ExportEventsCommand.self,
            // Documents of the campaign's steps 5–8 and §四.
            ExportNoticeCommand.self, ExportAwardsCommand.self, ExportAnnouncementCommand.self,
            ExportDemoSitesCommand.self, ExportIncentivesCommand.self, ExportSupervisionCommand.self,
            ExportBlacklistCommand.self, ExportLettersCommand.self, ExportRecordCommand.self,
            ExportTemplatesCommand.self,
        ]
    )
}
