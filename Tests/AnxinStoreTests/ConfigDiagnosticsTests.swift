// campaign.yaml and criteria.yaml: the shipped templates load clean, and every problem in a hand-edited
// file is reported with the file, its line and its column (in characters), all of them at once.

import AnxinCore
import AnxinStore
import Foundation
import Testing

/// A small campaign.yaml that loads clean; tests break one line of it at a time.
private let minimalCampaign = """
    city: 保定市
    year: 2024
    jurisdictions:
      - 清苑区
      - 竞秀区
    departments: [市住建局]
    industries:
      - {name: 机械, key: true, sector: 一般行业}
    calendar:
      - {step: 1, title: 拉出名单, due: 2024-03-31}

    """

private let campaignFile = "data/campaign.yaml"
private let criteriaFile = "data/criteria.yaml"

private func campaignProblems(_ text: String) -> (CampaignConfig?, [Diagnostic]) {
    CampaignLoader.load(text: text, file: campaignFile)
}

/// Replaces line `number` (1-based) of a text.
private func replacingLine(_ number: Int, of text: String, with line: String) -> String {
    var lines = text.components(separatedBy: "\n")
    lines[number - 1] = line
    return lines.joined(separator: "\n")
}

@Suite("Configuration files: loading and diagnostics")
struct ConfigDiagnosticsTests {
    @Test("the campaign template for 保定市 loads clean with Baoding's jurisdictions, departments and quotas")
    func baodingTemplateLoadsClean() throws {
        let (config, problems) = campaignProblems(CampaignTemplate.yaml(city: "保定市", year: 2024))
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let loaded = try #require(config)
        #expect(loaded.city == "保定市")
        #expect(loaded.year == 2024)
        #expect(loaded.jurisdictions.map(\.name) == CampaignTemplate.baodingJurisdictions)
        #expect(loaded.departments == CampaignTemplate.baodingDepartments)
        #expect(loaded.industries.map(\.name) == CampaignTemplate.industries.map(\.name))
        #expect(loaded.calendar.steps.count == 8)
        #expect(loaded.quotas.contains(Quota(owner: "清苑区", tier: .normalized, count: 8)))
        #expect(loaded.office(named: "清苑区") == .jurisdiction("清苑区"))
    }

    @Test("the template for another city (no jurisdictions yet) and a frozen demo clock load clean too")
    func otherCityTemplateLoadsClean() throws {
        let (config, problems) = campaignProblems(CampaignTemplate.yaml(city: "石家庄市", year: 2025, frozenToday: "2025-06-01"))
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let loaded = try #require(config)
        #expect(loaded.jurisdictions.isEmpty)
        #expect(loaded.frozenToday == Day("2025-06-01"))
    }

    @Test("the default criteria load clean against the template's industries: S01–S13, N01–N12, P01–P05")
    func defaultCriteriaLoadClean() throws {
        let industries = CampaignTemplate.industries.map(\.name)
        let (catalog, problems) = CriteriaLoader.load(text: DefaultCriteria.yaml, file: criteriaFile, industries: industries)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let loaded = try #require(catalog)
        #expect(loaded.criteria.count == 30)
        #expect(loaded.checklist(tier: .normalized, industry: "机械").map(\.id.value)
                == (1...12).map { "N" + ($0 < 10 ? "0\($0)" : "\($0)") })
        #expect(loaded[CriterionID("N05")]?.levels == [.plant, .workshop, .team, .post])
        #expect(loaded.checklist(tier: .standardized, industry: "危险化学品").map(\.id.value).suffix(2) == ["S09", "S10"])
    }

    @Test("the small campaign the other tests break loads clean")
    func minimalCampaignLoadsClean() {
        let (config, problems) = campaignProblems(minimalCampaign)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        #expect(config?.jurisdictions.map(\.name) == ["清苑区", "竞秀区"])
    }

    @Test("a YAML syntax error names the file, the line and the character column of the fault")
    func yamlSyntaxError() throws {
        let text = replacingLine(1, of: minimalCampaign, with: "city: 保定市: 莲池区")
        let (config, problems) = campaignProblems(text)
        #expect(config == nil)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.file == campaignFile)
        #expect(problem.line == 1)
        #expect(problem.column == 10)   // the second ':' (after 9 characters; byte column would be 16)
        #expect(problem.message.en.hasPrefix("YAML syntax error"))
        #expect(problem.rendered(.en).hasPrefix("data/campaign.yaml:1:10: error: YAML syntax error"))
    }

    @Test("an unknown top-level key (typo `jurisdiction:`) is reported where it is, with the known keys")
    func unknownKey() throws {
        let text = replacingLine(3, of: minimalCampaign, with: "jurisdiction:")
        let (config, problems) = campaignProblems(text)
        #expect(config == nil)
        let unknown = try #require(problems.first { $0.message.en.contains("unknown key") })
        #expect(unknown.file == campaignFile)
        #expect(unknown.line == 3)
        #expect(unknown.column == 1)
        #expect(unknown.message.en.contains("\"jurisdiction\""))
        #expect(unknown.message.en.contains("jurisdictions"))
        #expect(unknown.sourceLine == "jurisdiction:")
        // The real key is then missing: reported as well.
        #expect(problems.contains { $0.message.en.contains("has no \"jurisdictions\"") })
    }

    @Test("an impossible date (due: 2024-02-30) is reported at the value, column counted in characters")
    func impossibleDate() throws {
        let text = replacingLine(10, of: minimalCampaign, with: "  - {step: 1, title: 拉出名单, due: 2024-02-30}")
        let (config, problems) = campaignProblems(text)
        #expect(config == nil)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.file == campaignFile)
        #expect(problem.line == 10)
        #expect(problem.column == 33)   // after "  - {step: 1, title: 拉出名单, due: " (32 characters, 40 bytes)
        #expect(problem.message.en.contains("\"2024-02-30\" is not a valid date"))
    }

    @Test("an impossible date in block style is reported at the value")
    func impossibleDateBlockStyle() throws {
        let text = """
            city: 保定市
            year: 2024
            jurisdictions: [清苑区]
            industries: [{name: 机械}]
            calendar:
              - step: 1
                title: 拉出名单
                due: 2024-02-30

            """
        let problems = campaignProblems(text).1
        #expect(problems.map(place) == ["\(campaignFile):8:10"])
    }

    @Test("a duplicate jurisdiction is reported at its second appearance")
    func duplicateJurisdiction() {
        let text = replacingLine(5, of: minimalCampaign, with: "  - 清苑区")
        let (config, problems) = campaignProblems(text)
        #expect(config == nil)
        #expect(problems.map(place) == ["\(campaignFile):5:5"])
        #expect(problems.first?.message.en == "\"清苑区\" appears twice in jurisdictions")
    }

    @Test("a duplicate in a flow list is placed by characters, not bytes")
    func duplicateJurisdictionInFlowList() {
        let text = minimalCampaign.replacingOccurrences(of: "jurisdictions:\n  - 清苑区\n  - 竞秀区",
                                                         with: "jurisdictions: [清苑区, 竞秀区, 清苑区]")
        let problems = campaignProblems(text).1
        #expect(problems.map(place) == ["\(campaignFile):3:27"])
    }

    @Test("every problem of campaign.yaml is reported together, in one pass")
    func allCampaignProblemsTogether() {
        let text = """
            city: 保定市
            year: 2024
            jurisdictions: [清苑区, 竞秀区, 清苑区]
            departments: [市住建局]
            industries:
              - {name: 机械, key: true, sector: 一般行业}
            calender: []
            calendar:
              - {step: 1, title: 拉出名单, due: 2024-02-30}

            """
        let (config, problems) = campaignProblems(text)
        #expect(config == nil)
        #expect(problems.map(place) == ["\(campaignFile):7:1", "\(campaignFile):3:27", "\(campaignFile):9:33"])
        #expect(problems.allSatisfy { $0.severity == .error })
    }

    @Test("criteria.yaml: an unknown industry and a duplicate id are both reported, each at its value")
    func criteriaProblemsTogether() {
        let text = """
            standardized:
              - id: S01
                title: 目标职责
                text: 目标职责。
              - id: S02
                industry: 采矿
                title: 特殊作业
                text: 特殊作业。
            normalized:
              - id: N01
                title: 守法
                text: 守法。
              - id: N01
                title: 机构
                text: 机构。

            """
        let (catalog, problems) = CriteriaLoader.load(text: text, file: criteriaFile, industries: ["机械"])
        #expect(catalog == nil)
        #expect(problems.map(place) == ["\(criteriaFile):6:15", "\(criteriaFile):13:9"])
        #expect(problems.first?.message.en.contains("采矿") == true)
        #expect(problems.last?.message.en == "\"N01\" appears twice in criteria")
    }

    @Test("Store(directory:) refuses an invalid campaign.yaml with .invalid and every diagnostic")
    func storeThrowsInvalid() throws {
        try withStore { fixture in
            let broken = """
                city: 保定市
                year: 2024
                jurisdictions: [清苑区, 竞秀区, 清苑区]
                departments: [市住建局]
                industries:
                  - {name: 机械, key: true, sector: 一般行业}
                calender: []
                calendar:
                  - {step: 1, title: 拉出名单, due: 2024-02-30}

                """
            try broken.write(toFile: fixture.store.campaignPath, atomically: false, encoding: .utf8)
            #expect(throws: StoreError.self) { try Store(directory: fixture.directory) }
            do throws(StoreError) {
                _ = try Store(directory: fixture.directory)
            } catch {
                guard case let .invalid(problems) = error else {
                    Issue.record("expected .invalid, got \(error)")
                    return
                }
                let campaign = problems.filter { $0.file == fixture.store.campaignPath }
                #expect(campaign.map { "\($0.line):\($0.column)" } == ["7:1", "3:27", "9:33"])
                #expect(error.message.en.contains("\(fixture.directory)/campaign.yaml:9:33: error:"))
            }
        }
    }

    @Test("a broken campaign.yaml is reported alone: criteria.yaml's industry extras are not blamed for it")
    func campaignErrorDoesNotCascadeIntoCriteria() throws {
        try withStore { fixture in
            let template = CampaignTemplate.yaml(city: "保定市", year: 2024)
            let typo = template.replacingOccurrences(of: "\njurisdictions:", with: "\njurisdiction:")
            try typo.write(toFile: fixture.store.campaignPath, atomically: false, encoding: .utf8)
            do throws(StoreError) {
                _ = try Store(directory: fixture.directory)
                Issue.record("a store with a typo in campaign.yaml opened")
            } catch {
                guard case let .invalid(problems) = error else {
                    Issue.record("expected .invalid, got \(error)")
                    return
                }
                #expect(problems.contains { $0.message.en.contains("unknown key \"jurisdiction\"") })
                let blamed = problems.filter { $0.file == fixture.store.criteriaPath }
                #expect(blamed.isEmpty, "criteria.yaml is fine, yet: \(blamed.map { $0.rendered(.en, quoteSource: false) })")
            }
        }
    }

    @Test("Store(directory:) refuses an invalid criteria.yaml, naming criteria.yaml")
    func storeThrowsInvalidCriteria() throws {
        try withStore { fixture in
            let criteria = DefaultCriteria.yaml.replacingOccurrences(of: "  - id: N02", with: "  - id: N01")
            try criteria.write(toFile: fixture.store.criteriaPath, atomically: false, encoding: .utf8)
            do throws(StoreError) {
                _ = try Store(directory: fixture.directory)
                Issue.record("a store with a duplicate criterion opened")
            } catch {
                guard case let .invalid(problems) = error else {
                    Issue.record("expected .invalid, got \(error)")
                    return
                }
                let line = DefaultCriteria.yaml.components(separatedBy: "\n").firstIndex(of: "  - id: N02")! + 1
                #expect(problems.map(place) == ["\(fixture.store.criteriaPath):\(line):9"])
            }
        }
    }

    @Test("a directory without campaign.yaml is refused with a message telling to run anxin init")
    func notAStore() throws {
        try withScratchDirectory { root in
            do throws(StoreError) {
                _ = try Store(directory: root)
                Issue.record("an empty directory opened as a store")
            } catch {
                guard case let .refused(message) = error else {
                    Issue.record("expected .refused, got \(error)")
                    return
                }
                #expect(message.en.contains("anxin init"))
                #expect(message.zh.contains("anxin init"))
                #expect(message.en.contains(root))
            }
        }
    }

    @Test("Store.create refuses a directory that already holds a campaign, and changes nothing")
    func createRefusesExisting() throws {
        try withStore { fixture in
            let before = try storeFileBytes(fixture.store.campaignPath)
            #expect(throws: StoreError.self) { try Store.create(directory: fixture.directory, city: "石家庄市", year: 2025) }
            #expect(try storeFileBytes(fixture.store.campaignPath) == before)
        }
    }
}
