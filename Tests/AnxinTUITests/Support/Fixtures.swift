import AnxinCore
import AnxinDemo
@testable import AnxinTUI

/// Campaigns the TUI tests run on: the shipped demo, and small ones with hostile names.
enum Fixtures {
    static let today = DemoGenerator.defaultToday

    /// The demo campaign, generated once (DemoGenerator defaults).
    static let demo: DemoOutput = {
        do { return try DemoGenerator().generate() } catch { fatalError("the demo does not generate: \(error)") }
    }()

    /// The city office may tick, step and mark every enterprise: the tests act as one of its inspectors.
    static let cityInspector = Access.readWrite(actor: "张伟", office: demo.state.config.cityOffice)

    static let readOnly = Access.readOnly(Catalog.tuiLockedByOther)

    /// The demo's history as events, rebuilt from the fold (the journals' bytes need the store to read): each
    /// enterprise's listing, steps, verdicts in force and marks in force, oldest first.
    static let demoJournal: [Event] = {
        var events: [Event] = []
        for code in demo.state.listingOrder {
            guard let record = demo.state[code] else { continue }
            events.append(Event(id: EventID.make(millisecondsSinceEpoch: record.listedAt.millisecondsSinceEpoch, random: (0, 0)),
                                at: record.listedAt, replica: "demo", actor: record.listedBy, office: record.listedBy,
                                enterprise: code, payload: .listed(record.profile)))
            for step in record.steps {
                events.append(Event(id: step.eventID, at: step.at, replica: "demo", actor: step.actor, office: step.office,
                                    enterprise: code, payload: .step(step.details)))
            }
            for (id, state) in record.criteria {
                if let entry = state.record {
                    events.append(tick(entry, code, Tick(criterion: id, verdict: entry.verdict, note: entry.note)))
                }
                for (level, entry) in state.levels {
                    events.append(tick(entry, code, Tick(criterion: id, level: level, verdict: entry.verdict, note: entry.note)))
                }
            }
            for (_, mark) in record.marks {
                events.append(Event(id: mark.eventID, at: mark.at, replica: "demo", actor: mark.actor, office: mark.office,
                                    enterprise: code, payload: .marked(mark.details)))
            }
        }
        return events.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    }()

    private static func tick(_ entry: VerdictRecord, _ code: CreditCode, _ tick: Tick) -> Event {
        Event(id: entry.eventID, at: entry.at, replica: "demo", actor: entry.actor, office: entry.office,
              enterprise: code, payload: .ticked(tick))
    }

    // MARK: Hand-made campaigns

    static var config: CampaignConfig { demo.state.config }
    static var catalog: CriteriaCatalog { demo.state.catalog }
    static var jurisdiction: String { config.jurisdictions[0].name }
    static var secondJurisdiction: String { config.jurisdictions[1].name }

    /// A valid credit code numbered `n` (the check character comes from the core).
    static func code(_ n: Int) -> CreditCode {
        let digits = String(n)
        let prefix = "91130608MA" + String(repeating: "0", count: 7 - digits.count) + digits
        guard let check = CreditCode.checkCharacter(forPrefix: prefix) else { fatalError("bad prefix \(prefix)") }
        return CreditCode(unchecked: prefix + String(check))
    }

    /// A roster line: a local, normalized enterprise (its checklist has N05) of the first jurisdiction.
    static func profile(_ n: Int, _ name: String, tier: Tier = .normalized, jurisdiction: String? = nil) -> EnterpriseProfile {
        let industry = config.industries.first { !$0.isKey }?.name ?? config.industries[0].name
        return EnterpriseProfile(code: code(n), name: name, jurisdiction: jurisdiction ?? self.jurisdiction,
                                 industry: tier == .standardized ? (config.industries.first { $0.isKey }?.name ?? industry) : industry,
                                 tier: tier, level: .local, department: config.departments.first ?? config.cityOffice,
                                 person: "王建国")
    }

    /// A campaign of the demo's configuration with these enterprises listed on 2024-03-20, and the extra events.
    static func campaign(listing profiles: [EnterpriseProfile], then extra: [(CreditCode, EventPayload)] = [])
        -> (CampaignState, [Event]) {
        var state = CampaignState(config: config, catalog: catalog)
        var journal: [Event] = []
        let day = Day(year: 2024, month: 3, day: 20)!
        var sequence = 0
        func append(_ payload: EventPayload, _ code: CreditCode, office: String) {
            sequence += 1
            let at = Instant(millisecondsSinceEpoch: Instant(day: day).millisecondsSinceEpoch + Int64(sequence), offsetMinutes: 480)
            let event = Event(id: EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch, random: (UInt64(sequence), 7)),
                              at: at, replica: "fixture", actor: "李检查", office: office, enterprise: code, payload: payload)
            state.apply(event)
            journal.append(event)
        }
        for profile in profiles { append(.listed(profile), profile.code, office: profile.jurisdiction) }
        for (code, payload) in extra { append(payload, code, office: config.cityOffice) }
        return (state, journal)
    }

    // MARK: Hostile names

    /// Names that try to break the screen: very long, mixed scripts, emoji with modifiers and joiners, escape
    /// sequences with a newline and a tab, a wide character on the cut column of the name cell, combining marks.
    static let hostileNames: [String] = [
        "保定市清苑区某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某安全生产科技发展集团股份有限公司第一分公司",
        "中文ABC混排Mixed名称123有限公司",
        "🏭工厂👷🏽‍♀️女工🇨🇳安全有限公司",
        "红色\u{1B}[31m警告\u{1B}[0m\n换行\t制表\u{07}响铃公司",
        // The name cell is 20 columns at 120×40, 34 at 80×24, 23 at 60×20: after an odd or even ASCII prefix
        // the wide characters meet the cut on either parity.
        "A宽字符恰在截断列上的企业名称有限公司",
        "AB宽字符恰在截断列上的企业名称有限公司",
        "ABC宽字符恰在截断列上的企业名称有限公司",
        "Cafe\u{301} Socie\u{301}te\u{301} 组合字符n\u{303}公司",
        "RTL\u{202E}反转\u{202C}覆盖公司",
    ]

    static var hostileProfiles: [EnterpriseProfile] {
        hostileNames.enumerated().map { profile(100 + $0.offset, $0.element) }
    }

    /// A note that holds an escape sequence (set the window title, ring the bell) and a newline.
    static let hostileNote = "备注\u{1B}]0;hacked\u{07}标题\n第二行\u{1B}[2J清屏"

    /// The hostile campaign: the names above, one of them with ticks and a hostile note.
    static func hostile() -> (CampaignState, [Event]) {
        let profiles = hostileProfiles
        let target = profiles[3].code
        return campaign(listing: profiles, then: [
            (target, .ticked(Tick(criterion: CriterionID("N01"), verdict: .met, note: hostileNote))),
            (target, .ticked(Tick(criterion: CriterionID("N05"), level: .plant, verdict: .unmet, note: "班组\u{1B}[31m红字"))),
            (target, .step(StepDetails(action: .commit, date: Day(year: 2024, month: 3, day: 20)!, note: "承诺\u{1B}[1m粗体"))),
        ])
    }

    static func hostileSession(language: Language = .zh, width: Int = 120, height: Int = 40) -> Session {
        let (campaign, journal) = hostile()
        return Session(campaign: campaign, journal: journal, language: language, width: width, height: height)
    }
}
