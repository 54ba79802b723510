import AnxinCore
@testable import AnxinStore
import Testing

@Suite("Campaign year files (years/<year>/ and the next year's calendar)")
struct CampaignYearFilesTests {
    @Test("the next year's campaign.yaml moves the year and every date of the finished year, and nothing else")
    func nextYearText() {
        let text = """
        # 2024年要办好的8件事 (comment kept)
        city: 保定市
        year: 2024   # the campaign year
        frozen_today: 2024-09-15
        calendar:
          - {step: 1, title: 拉出名单, due: 2024-03-31}
          - {step: 4, title: 培育, from: 2024-05-01, due: 2024-07-31}
        deadlines:
          commit: 2024-02-29
        note: 12024-01-01 20240-01-01 2023-12-31 ref 2024号
        """
        let moved = CampaignYearFiles.nextYearText(text, from: 2024, to: 2025)
        #expect(moved == """
        # 2025年要办好的8件事 (comment kept)
        city: 保定市
        year: 2025   # the campaign year
        frozen_today: 2025-09-15
        calendar:
          - {step: 1, title: 拉出名单, due: 2025-03-31}
          - {step: 4, title: 培育, from: 2025-05-01, due: 2025-07-31}
        deadlines:
          commit: 2025-02-28
        note: 12024-01-01 20240-01-01 2023-12-31 ref 2024号
        """)
    }

    @Test("the shipped template, moved on a year, still loads as a campaign of the new year")
    func templateLoads() throws {
        let moved = CampaignYearFiles.nextYearText(CampaignTemplate.yaml(city: "保定市", year: 2024), from: 2024, to: 2025)
        let (config, problems) = CampaignLoader.load(text: moved, file: "campaign.yaml")
        #expect(problems.isEmpty)
        let loaded = try #require(config)
        #expect(loaded.year == 2025)
        #expect(loaded.calendar.steps.allSatisfy { $0.due.description.hasPrefix("2025-") })
    }
}
