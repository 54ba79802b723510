import AnxinCore
import AnxinDemo
import AnxinStore
import Foundation
import Testing

@Suite("demo generator: determinism")
struct DemoDeterminismTests {
    @Test("the same seed and parameters give byte-identical journals and configuration")
    func sameSeedSameBytes() throws {
        let again = try DemoGenerator().generate()
        #expect(again.journals == DemoFixtures.standard.journals)
        #expect(again.campaignYAML == DemoFixtures.standard.campaignYAML)
        #expect(again.criteriaYAML == DemoFixtures.standard.criteriaYAML)
    }

    @Test("a different seed gives a different campaign")
    func differentSeedDifferentBytes() throws {
        let other = try DemoGenerator(seed: 7).generate()
        #expect(other.journals.map(\.replica) == DemoFixtures.standard.journals.map(\.replica))
        for (mine, theirs) in zip(other.journals, DemoFixtures.standard.journals) {
            #expect(mine.bytes != theirs.bytes)
        }
    }

    @Test("writing to a directory gives the same bytes as generating in memory")
    func writtenEqualsGenerated() throws {
        let written = try DemoFixtures.writeAndLoad(DemoGenerator())
        defer { DemoFixtures.remove(written) }
        for journal in DemoFixtures.standard.journals {
            let path = "\(written.directory)/events/\(journal.replica).jsonl"
            #expect(FileManager.default.contents(atPath: path).map(Array.init) == journal.bytes)
        }
        let campaign = FileManager.default.contents(atPath: "\(written.directory)/campaign.yaml")
        #expect(campaign.map { String(decoding: $0, as: UTF8.self) } == DemoFixtures.standard.campaignYAML)
        let ignore = FileManager.default.contents(atPath: "\(written.directory)/.gitignore")
        #expect(ignore.map { String(decoding: $0, as: UTF8.self) } == ".local/\n")
    }

    @Test("the shipped data/ directory is exactly what the defaults generate (run scripts/make-demo-data.sh after a change)")
    func shippedDataIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = root.appendingPathComponent("data").path
        guard FileManager.default.fileExists(atPath: "\(data)/campaign.yaml") else { return }
        // An empty journal (left by a write session that recorded nothing) holds no events: not a difference.
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(data)/events").filter { name in
            name.hasSuffix(".jsonl")
                && ((try? FileManager.default.attributesOfItem(atPath: "\(data)/events/\(name)")[.size] as? Int) ?? 0) > 0
        }.sorted()
        #expect(names == DemoFixtures.standard.journals.map { "\($0.replica).jsonl" }.sorted())
        for journal in DemoFixtures.standard.journals {
            let bytes = FileManager.default.contents(atPath: "\(data)/events/\(journal.replica).jsonl").map(Array.init)
            #expect(bytes == journal.bytes, "data/events/\(journal.replica).jsonl is stale")
        }
        let campaign = FileManager.default.contents(atPath: "\(data)/campaign.yaml").map { String(decoding: $0, as: UTF8.self) }
        #expect(campaign == DemoFixtures.standard.campaignYAML)
        let criteria = FileManager.default.contents(atPath: "\(data)/criteria.yaml").map { String(decoding: $0, as: UTF8.self) }
        #expect(criteria == DemoFixtures.standard.criteriaYAML)
    }
}

@Suite("demo generator: a store the rules accept")
struct DemoStoreTests {
    @Test("the demo store loads with the rules checked and reports no diagnostics at all")
    func loadsClean() throws {
        let written = try DemoFixtures.writeAndLoad(DemoGenerator())
        defer { DemoFixtures.remove(written) }
        #expect(written.load.diagnostics.isEmpty, "\(written.load.diagnostics.prefix(5).map { $0.rendered(.en) })")
        #expect(written.summary.refused == 0, "\(written.summary.refusals)")
        #expect(written.load.state.eventCount == written.summary.events)
        #expect(written.store.config.frozenToday == DemoGenerator.defaultToday)
    }

    @Test("no planned event is refused by the rules")
    func nothingRefused() {
        #expect(DemoFixtures.standard.summary.refused == 0, "\(DemoFixtures.standard.summary.refusals)")
    }

    @Test("a larger run of 2,000 enterprises also loads clean and comes near its event target")
    func largerRunLoadsClean() throws {
        let written = try DemoFixtures.writeAndLoad(DemoGenerator(seed: 99, enterprises: 2000, events: 30_000))
        defer { DemoFixtures.remove(written) }
        #expect(written.load.diagnostics.isEmpty, "\(written.load.diagnostics.prefix(5).map { $0.rendered(.en) })")
        #expect(written.summary.refused == 0, "\(written.summary.refusals)")
        #expect(written.load.state.enterprises.count >= 1950)
        #expect(abs(written.summary.events - 30_000) < 1500)
    }

    @Test("a campaign frozen at the end of the year reaches the notice, the awards and the announcements, and loads clean")
    func yearEnd() throws {
        let written = try DemoFixtures.writeAndLoad(DemoGenerator(today: Day(year: 2024, month: 12, day: 31)!))
        defer { DemoFixtures.remove(written) }
        #expect(written.load.diagnostics.isEmpty, "\(written.load.diagnostics.prefix(5).map { $0.rendered(.en) })")
        #expect(written.summary.refused == 0, "\(written.summary.refusals)")
        let stages = Set(written.load.state.activeEnterprises.map(\.stage))
        #expect(stages.isSuperset(of: [.awarded, .announced]))
        #expect(written.summary.count(.awarded) > 0)
    }

    @Test("a campaign frozen in April holds only the early steps, and loads clean")
    func april() throws {
        let output = try DemoGenerator(today: Day(year: 2024, month: 4, day: 10)!).generate()
        #expect(output.summary.refused == 0, "\(output.summary.refusals)")
        let stages = Set(output.state.activeEnterprises.map(\.stage))
        #expect(stages.isSubset(of: [.listed, .committed]))
        #expect(output.summary.marks.isEmpty)
    }
}

@Suite("demo generator: a realistic campaign at 2024-09-15")
struct DemoContentTests {
    let state = DemoFixtures.standard.state
    var active: [EnterpriseRecord] { state.activeEnterprises }

    @Test("at least 300 enterprises are listed")
    func rosterSize() {
        #expect(state.enterprises.count >= 300)
    }

    @Test("every tier, every jurisdiction, every industry, every supervision level and every department appear")
    func coverage() {
        let profiles = state.enterprises.values.map(\.profile)
        #expect(Set(profiles.map(\.tier)) == Set(Tier.allCases))
        #expect(Set(profiles.map(\.jurisdiction)) == Set(state.config.jurisdictions.map(\.name)))
        #expect(Set(profiles.map(\.industry)) == Set(state.config.industries.map(\.name)))
        #expect(Set(profiles.map(\.level)) == Set(SupervisionLevel.allCases))
        let departments = Set(profiles.map(\.department))
        for department in state.config.departments where department != state.config.workSafetyBureau {
            #expect(departments.contains(department), "no enterprise for \(department)")
        }
    }

    @Test("standardized enterprises are all in key industries; 市直 ones belong to a city department")
    func rosterRules() {
        for record in state.enterprises.values {
            let profile = record.profile
            if profile.tier == .standardized {
                #expect(state.config.industry(named: profile.industry)?.isKey == true)
            }
            if profile.level == .municipal {
                #expect(state.config.hasDepartment(profile.department))
            }
            #expect(!profile.person.isEmpty && !profile.name.isEmpty)
        }
    }

    @Test("every credit code is valid (GB 32100-2015) and unique, with a Baoding-area region code")
    func creditCodes() {
        let codes = state.enterprises.keys.map(\.value)
        for code in codes {
            #expect(CreditCode.problem(in: code) == nil, "\(code)")
            #expect(code.hasPrefix("911306"), "\(code)")
        }
        #expect(Set(codes).count == codes.count)
    }

    @Test("every stage expected at the frozen date is present, and none after it")
    func stages() {
        let stages = Set(active.map(\.stage))
        #expect(stages.isSuperset(of: [.listed, .committed, .planned, .inProgress, .applied, .accepted, .closed]))
        #expect(stages.isDisjoint(with: [.publicized, .awarded, .announced]))
        for tier in Tier.allCases {
            #expect(active.contains { $0.profile.tier == tier && $0.stage == .inProgress })
        }
    }

    @Test("some enterprises are overdue, and some problem enterprises missed their rectification deadline")
    func overdue() {
        let today = DemoGenerator.defaultToday
        let calendar = state.config.calendar
        #expect(active.contains { calendar.isOverdue($0, on: today) })
        #expect(active.contains { $0.stage < .committed && calendar.isOverdue($0, on: today) })
        #expect(active.contains {
            $0.profile.tier == .problem && $0.stage == .inProgress && ($0.rectificationDeadline.map { $0 < today } ?? false)
        })
    }

    @Test("each mark is present: demonstration sites, a revoked title, key supervision, the blacklist")
    func marks() {
        for mark in Mark.allCases {
            #expect(active.contains { $0.has(mark) }, "no \(mark.rawValue)")
        }
        let revoked = active.filter { $0.has(.revoked) }
        for record in revoked {
            #expect(record.marks[.revoked]?.details.revocationCause == .fatalAccident)
            #expect(record.has(.supervised))
            #expect(record.stage.holdsTitle)
        }
        for record in active where record.has(.blacklisted) {
            let details = record.marks[.blacklisted]!.details
            #expect(details.blacklistCause != nil)
            if details.blacklistCause == .accident { #expect(details.accidentGrade.map { $0 >= .larger } == true) }
            #expect(record.marks[.blacklisted]?.office == state.config.cityOffice)
        }
        #expect(Set(active.compactMap { $0.marks[.blacklisted]?.details.blacklistCause }) == Set(BlacklistCause.allCases))
    }

    @Test("at most one demonstration site per sector, at most two rectified ones, all chosen in July by the city")
    func demonstrationSites() {
        let sites = active.filter { $0.has(.demo) }
        var perSector: [String: Int] = [:]
        for site in sites where site.profile.tier != .problem {
            perSector[state.config.industry(named: site.profile.industry)!.demoSector, default: 0] += 1
        }
        #expect(perSector.values.allSatisfy { $0 <= 1 })
        #expect(perSector.count >= 3)
        let rectified = sites.filter { $0.profile.tier == .problem }
        #expect((1...2).contains(rectified.count))
        for site in sites {
            let mark = site.marks[.demo]!
            #expect(mark.details.date.month == 7)
            #expect([state.config.cityOffice, state.config.workSafetyBureau].contains(mark.office))
        }
    }

    @Test("acceptances are made by the right authority: the city for 省属以上 and 市直, the county for the rest")
    func acceptanceAuthority() {
        let authority = Authority(config: state.config)
        var cityAcceptances = 0, countyAcceptances = 0
        for record in active where record.stage == .accepted || record.stage == .closed {
            let acceptance = record.acceptance!
            #expect(authority.acceptanceAuthority(of: record.profile).contains(acceptance.office))
            if record.profile.tier != .problem {
                if acceptance.office == state.config.cityOffice { cityAcceptances += 1 } else { countyAcceptances += 1 }
            }
            if record.profile.tier == .standardized { #expect(acceptance.details.reference != nil) }
        }
        #expect(cityAcceptances > 0 && countyAcceptances > 0)
    }

    @Test("failed acceptances and city spot checks are recorded with their reasons, and the enterprise works again")
    func rejections() {
        let rejected = state.enterprises.values.filter { $0.steps.contains { $0.details.action == .reject } }
        #expect(!rejected.isEmpty)
        #expect(rejected.contains { $0.steps.contains { $0.details.action == .reject && $0.fromStage == .accepted } })
        for record in rejected {
            for step in record.steps where step.details.action == .reject {
                #expect(!(step.details.note ?? "").isEmpty)
            }
        }
    }

    @Test("removals, edits, notes, clears and a lifted supervision are in the journal")
    func otherEvents() {
        let summary = DemoFixtures.standard.summary
        #expect((1...3).contains(summary.removed))
        let text = DemoFixtures.standard.journals.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        for type in ["\"type\":\"edited\"", "\"type\":\"noted\"", "\"type\":\"cleared\"", "\"type\":\"unmarked\"",
                     "\"type\":\"removed\"", "\"person\":", "\"deadline\":", "\"level\":\"plant\""] {
            #expect(text.contains(type), "missing \(type)")
        }
        #expect(state.enterprises.values.contains { $0.noteCount > 0 })
    }

    @Test("in-progress enterprises carry partial ticks: met, unmet and not applicable, about 30% with a note")
    func ticks() {
        let objects = DemoFixtures.standard.journals.flatMap { DemoFixtures.objects($0.bytes) }
        let ticks = objects.filter { $0["type"] as? String == "ticked" }
        let verdicts = Set(ticks.compactMap { $0["verdict"] as? String })
        #expect(verdicts == ["met", "unmet", "na"])
        let noted = Double(ticks.filter { $0["note"] != nil }.count) / Double(ticks.count)
        #expect((0.2...0.45).contains(noted))
        let catalog = state.catalog
        let partial = active.filter { $0.stage == .inProgress }.map { $0.progress(in: catalog) }
        #expect(partial.contains { $0.met > 0 && !$0.isComplete })
        #expect(partial.contains { $0.unmet > 0 })
    }
}

@Suite("demo generator: journals")
struct DemoJournalTests {
    @Test("events come from three inspectors' laptops and the city office's")
    func replicas() {
        let journals = DemoFixtures.standard.journals
        #expect(journals.map(\.replica) == ["lap-zhangwei", "lap-liuyang", "lap-wangfang", "city-office"])
        for journal in journals { #expect(!journal.bytes.isEmpty, "\(journal.replica) is empty") }
        #expect(DemoFixtures.standard.summary.replicas.allSatisfy { $0.events > 0 })
    }

    @Test("each replica's file is in time order, and no two events share an instant or an id")
    func timeOrder() {
        var instants = Set<Int64>(), ids = Set<String>()
        for journal in DemoFixtures.standard.journals {
            var previous: Int64 = .min
            for object in DemoFixtures.objects(journal.bytes) {
                let at = Instant(object["at"] as! String)!
                #expect(at.millisecondsSinceEpoch > previous)
                #expect(at.offsetMinutes == 480)
                previous = at.millisecondsSinceEpoch
                #expect(instants.insert(at.millisecondsSinceEpoch).inserted)
                #expect(ids.insert(object["id"] as! String).inserted)
                #expect(object["replica"] as? String == journal.replica)
            }
        }
    }

    @Test("events happen in office hours on working days, within the campaign year and not after the frozen date")
    func officeHours() {
        let today = DemoGenerator.defaultToday
        for journal in DemoFixtures.standard.journals {
            for object in DemoFixtures.objects(journal.bytes) {
                let text = object["at"] as! String
                let at = Instant(text)!
                let hour = Int(text.dropFirst(11).prefix(2))!
                #expect((8...18).contains(hour), "\(text)")
                #expect(at.localDay <= today && at.localDay.year == 2024)
                let weekday = ((at.localDay.daysSinceEpoch + 3) % 7 + 7) % 7
                #expect(weekday < 5, "\(text) is a weekend")
            }
        }
    }

    @Test("the inspector replicas act for several offices; publicize-type and mark events come from the city office")
    func offices() {
        let objects = DemoFixtures.standard.journals.map { ($0.replica, DemoFixtures.objects($0.bytes)) }
        for (replica, events) in objects where replica.hasPrefix("lap-") {
            #expect(Set(events.compactMap { $0["office"] as? String }).count > 3)
            #expect(Set(events.compactMap { $0["actor"] as? String }).count == 1)
        }
        let city = objects.first { $0.0 == "city-office" }!.1
        #expect(Set(city.compactMap { $0["office"] as? String }) == ["市安委办", "市安监局"])
    }

    @Test("the seen id of each event is the last event on the same subject, as the real write path sets it")
    func seen() {
        var last: [String: String] = [:]
        let objects = DemoFixtures.standard.journals.flatMap { DemoFixtures.objects($0.bytes) }
            .sorted { Instant($0["at"] as! String)! < Instant($1["at"] as! String)! }
        var checked = 0
        for object in objects where object["type"] as? String == "step" {
            let key = object["enterprise"] as! String
            #expect(object["seen"] as? String == last[key])
            last[key] = object["id"] as? String
            checked += 1
        }
        #expect(checked > 500)
    }
}
