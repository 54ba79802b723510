import Testing
import AnxinCore

// MARK: - Days and codes

/// A day of the 2024 campaign, written `"04-15"` (or a full `"2025-06-01"`).
func d(_ text: String) -> Day {
    let full = text.count == 5 ? "2024-" + text : text
    guard let day = Day(full) else { fatalError("bad fixture day \(text)") }
    return day
}

/// A valid credit code for Baoding (region 130608), numbered `n`: the check character comes from the core.
func code(_ n: Int) -> CreditCode {
    let digits = String(n)
    let prefix = "91130608MA" + String(repeating: "0", count: 7 - digits.count) + digits
    guard let check = CreditCode.checkCharacter(forPrefix: prefix) else { fatalError("bad prefix \(prefix)") }
    return CreditCode(unchecked: prefix + String(check))
}

// MARK: - The campaign of the fixtures

enum Fixture {
    static let city = "市安委办"
    static let bureau = "市安监局"
    static let construction = "市住建局"
    static let qingyuan = "清苑区"
    static let hitech = "高新区"
    static let jingxiu = "竞秀区"

    static let deadlines: [StepAction: Day] = [
        .commit: d("04-15"), .plan: d("04-30"), .start: d("05-10"), .apply: d("07-31"),
        .accept: d("10-31"), .close: d("10-31"), .publicize: d("11-30"), .award: d("12-31"), .announce: d("12-31"),
    ]

    /// The 8 things of 2024 (seed §三), as the campaign template writes them.
    static let steps: [CalendarStep] = [
        CalendarStep(number: 1, title: "拉出名单", due: d("03-31")),
        CalendarStep(number: 2, title: "签订承诺书", due: d("04-15")),
        CalendarStep(number: 3, title: "逐企业制定培育、帮扶、整治方案", due: d("04-30")),
        CalendarStep(number: 4, title: "培育、帮扶、整治", from: d("05-01"), due: d("07-31")),
        CalendarStep(number: 5, title: "示范观摩", from: d("07-01"), due: d("07-31")),
        CalendarStep(number: 6, title: "组织验收", from: d("08-01"), due: d("10-31")),
        CalendarStep(number: 7, title: "公示、征求意见", from: d("11-01"), due: d("11-30")),
        CalendarStep(number: 8, title: "总结授牌", from: d("12-01"), due: d("12-31")),
    ]

    static let calendar = CampaignCalendar(steps: steps, deadlines: deadlines)

    static func config(rules: RuleParameters = RuleParameters()) -> CampaignConfig {
        CampaignConfig(
            city: "保定市", year: 2024,
            jurisdictions: [Jurisdiction(name: qingyuan), Jurisdiction(name: hitech), Jurisdiction(name: jingxiu)],
            departments: [construction, bureau],
            industries: [
                Industry(name: "机械", isKey: true, demoSector: "一般行业"),
                Industry(name: "危险化学品", isKey: true, demoSector: "危险化学品"),
                Industry(name: "建筑", isKey: true, demoSector: "建筑施工"),
                Industry(name: "非煤矿山", isKey: true, demoSector: "非煤矿山"),
                Industry(name: "食品加工", isKey: false, demoSector: "一般行业"),
            ],
            demoSectors: ["非煤矿山", "危险化学品", "建筑施工", "一般行业"],
            quotas: [Quota(owner: qingyuan, tier: .normalized, count: 8)],
            calendar: calendar, rules: rules)
    }

    /// The checklists, copied from the shipped defaults (seed §二 verbatim for N and P).
    static let catalog = CriteriaCatalog(criteria: [
        Criterion(id: CriterionID("S01"), tier: .standardized, title: "目标职责", text: "目标职责：安全生产目标、机构和职责、全员参与、安全生产投入、安全文化建设、安全生产信息化建设符合GB/T 33000-2016第5.1条。"),
        Criterion(id: CriterionID("S02"), tier: .standardized, title: "制度化管理", text: "制度化管理：法规标准识别、规章制度、操作规程、文档管理符合GB/T 33000-2016第5.2条。"),
        Criterion(id: CriterionID("S03"), tier: .standardized, title: "教育培训", text: "教育培训：教育培训管理、人员教育培训符合GB/T 33000-2016第5.3条。"),
        Criterion(id: CriterionID("S04"), tier: .standardized, title: "现场管理", text: "现场管理：设备设施管理、作业安全、职业健康、警示标志符合GB/T 33000-2016第5.4条。"),
        Criterion(id: CriterionID("S05"), tier: .standardized, title: "安全风险管控及隐患排查治理", text: "安全风险管控及隐患排查治理：安全风险管理、重大危险源辨识和管理、隐患排查治理、预测预警符合GB/T 33000-2016第5.5条。"),
        Criterion(id: CriterionID("S06"), tier: .standardized, title: "应急管理", text: "应急管理：应急准备、应急处置、应急评估符合GB/T 33000-2016第5.6条。"),
        Criterion(id: CriterionID("S07"), tier: .standardized, title: "事故管理", text: "事故管理：事故报告、调查和处理、事故管理符合GB/T 33000-2016第5.7条。"),
        Criterion(id: CriterionID("S08"), tier: .standardized, title: "持续改进", text: "持续改进：绩效评定、持续改进符合GB/T 33000-2016第5.8条。"),
        Criterion(id: CriterionID("S09"), tier: .standardized, title: "特殊作业管理", text: "动火、受限空间、高处等特殊作业执行GB 30871，作业票证齐全、监护到位。", industry: "危险化学品"),
        Criterion(id: CriterionID("S12"), tier: .standardized, title: "危大工程管理", text: "危险性较大的分部分项工程专项施工方案编制、论证、交底和实施符合规定。", industry: "建筑"),
        Criterion(id: CriterionID("N01"), tier: .normalized, title: "守法与承诺", text: "自觉贯彻执行安全生产法律法规，落实承诺制度，各种行政许可证照齐全有效，安全生产主体责任意识强；"),
        Criterion(id: CriterionID("N02"), tier: .normalized, title: "机构与人员", text: "安全生产管理组织机构、人员配置符合法定要求；"),
        Criterion(id: CriterionID("N03"), tier: .normalized, title: "三项制度", text: "安全生产“三项制度”规范，针对性、可操作性强；"),
        Criterion(id: CriterionID("N04"), tier: .normalized, title: "现场管理", text: "安全生产管理机制健全，现场安全管理有序，无违章指挥、违章作业、违反劳动纪律现象；"),
        Criterion(id: CriterionID("N05"), tier: .normalized, title: "隐患排查治理", text: "隐患排查治理运行机制健全，厂级、车间、班组、岗位各层面隐患排查治理工作落实到位；", levels: [.plant, .workshop, .team, .post]),
        Criterion(id: CriterionID("N06"), tier: .normalized, title: "教育培训", text: "安全生产教育培训工作有效落实，相关人员持证上岗率达到100%，安全文化氛围浓厚；"),
        Criterion(id: CriterionID("N07"), tier: .normalized, title: "重大危险源", text: "依法对重大危险源进行申报、评估和监控；"),
        Criterion(id: CriterionID("N08"), tier: .normalized, title: "职业卫生", text: "依法取得职业卫生行政许可，职业危害预防措施得到有效落实；"),
        Criterion(id: CriterionID("N09"), tier: .normalized, title: "设备设施", text: "安全设备、设施完好，定期进行检测检验和维护保养；"),
        Criterion(id: CriterionID("N10"), tier: .normalized, title: "应急救援", text: "安全事故应急救援预案完善，应急人员、装备、演练落实到位；"),
        Criterion(id: CriterionID("N11"), tier: .normalized, title: "经费投入", text: "安全生产保障经费投入符合法定要求；"),
        Criterion(id: CriterionID("N12"), tier: .normalized, title: "配合执法", text: "积极配合有关部门的安全生产行政执法和检查工作。"),
        Criterion(id: CriterionID("P01"), tier: .problem, title: "隐患整改", text: "隐患排查治理工作基本到位，一般性隐患得到及时整改，重大隐患得到彻底消除；"),
        Criterion(id: CriterionID("P02"), tier: .problem, title: "三项制度", text: "安全生产“三项制度”基本符合要求，日常安全管理得到加强；"),
        Criterion(id: CriterionID("P03"), tier: .problem, title: "教育培训", text: "安全生产教育培训工作基本落实，重要岗位人员做到持证上岗；"),
        Criterion(id: CriterionID("P04"), tier: .problem, title: "设施设备", text: "安全设施、设备检验检测和日常维护保养基本到位，运行状态正常；"),
        Criterion(id: CriterionID("P05"), tier: .problem, title: "应急救援", text: "有安全事故应急救援预案，应急救援人员、器材、演练基本落实到位。"),
    ])

    /// The day every fixture enterprise is listed (before the 03-31 due date of step 1).
    static let listingDay = d("03-20")
}

func cid(_ text: String) -> CriterionID { CriterionID(text) }

/// A roster line with sensible defaults: a local 食品加工 normalized enterprise in 清苑区 under 市安监局.
func profile(_ code: CreditCode, _ name: String = "保定市清苑区华丰食品有限公司", tier: Tier = .normalized,
             industry: String = "食品加工", jurisdiction: String = Fixture.qingyuan, level: SupervisionLevel = .local,
             department: String = Fixture.bureau, person: String = "王建国") -> EnterpriseProfile {
    EnterpriseProfile(code: code, name: name, jurisdiction: jurisdiction, industry: industry, tier: tier,
                      level: level, department: department, person: person)
}

// MARK: - Making and folding events

/// Makes an event at noon (+08:00) of a day, plus `sequence` milliseconds so that events of one day keep their order.
func makeEvent(_ payload: EventPayload, on code: CreditCode, by office: String, day: Day, sequence: Int = 0,
               actor: String = "李检查", replica: String = "laptop-1", seen: EventID? = nil) -> Event {
    let noon = Instant(day: day)
    let at = Instant(millisecondsSinceEpoch: noon.millisecondsSinceEpoch + Int64(sequence), offsetMinutes: 480)
    let id = EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch,
                          random: (UInt64(sequence) &* 0x9E37_79B9_7F4A_7C15 | 1, UInt16(truncatingIfNeeded: sequence)))
    return Event(id: id, at: at, replica: replica, actor: actor, office: office, enterprise: code, seen: seen, payload: payload)
}

/// Folds events (in the order given) into a fresh state.
func fold(_ events: [Event], config: CampaignConfig = Fixture.config(), catalog: CriteriaCatalog = Fixture.catalog) -> CampaignState {
    var state = CampaignState(config: config, catalog: catalog)
    for event in events { state.apply(event) }
    return state
}

/// The state as it stood at the end of a day: the fold of the events recorded up to that day.
func fold(_ events: [Event], through day: Day, config: CampaignConfig = Fixture.config()) -> CampaignState {
    fold(events.filter { $0.at.localDay <= day }, config: config)
}

func step(_ action: StepAction, _ date: String, ref: String? = nil, experts: [String] = [], deadline: String? = nil,
          note: String? = nil) -> EventPayload {
    .step(StepDetails(action: action, date: d(date), reference: ref, experts: experts,
                      deadline: deadline.map(d), note: note))
}

func mark(_ mark: Mark, _ date: String, reason: String = "市安委办研究决定", blacklist: BlacklistCause? = nil,
          revocation: RevocationCause? = nil, grade: AccidentGrade? = nil) -> EventPayload {
    .marked(MarkDetails(mark: mark, reason: reason, blacklistCause: blacklist, revocationCause: revocation,
                        accidentGrade: grade, date: d(date)))
}

func tick(_ id: String, _ verdict: Verdict, level: CheckLevel? = nil, note: String? = nil) -> EventPayload {
    .ticked(Tick(criterion: cid(id), level: level, verdict: verdict, note: note))
}

// MARK: - A campaign driven through the rulebook

/// A campaign in which every event is first judged by the rulebook and folded in only when allowed,
/// as the command line does. Keeps the journal, so tests can fold it as of a day.
final class World {
    var state: CampaignState
    var rulebook: Rulebook
    private(set) var journal: [Event] = []
    private var sequence = 0

    init(config: CampaignConfig = Fixture.config(), catalog: CriteriaCatalog = Fixture.catalog) {
        state = CampaignState(config: config, catalog: catalog)
        rulebook = Rulebook(config: config, catalog: catalog)
    }

    subscript(code: CreditCode) -> EnterpriseRecord { state[code]! }

    /// Judges the event; records it when allowed. Returns the refusal, or nil when recorded.
    @discardableResult
    func attempt(_ payload: EventPayload, on code: CreditCode, by office: String, day: Day) -> Refusal? {
        sequence += 1
        let seen = state.lastEvent(for: code, subject: payload.subject)
        let event = makeEvent(payload, on: code, by: office, day: day, sequence: sequence, seen: seen)
        if let refusal = rulebook.refusal(for: event, in: state) { return refusal }
        state.apply(event)
        journal.append(event)
        return nil
    }

    /// The day an event is recorded on: the date it carries, or the given day.
    private static func day(of payload: EventPayload, default fallback: Day) -> Day {
        switch payload {
        case let .step(details): details.date
        case let .marked(details): details.date
        case let .unmarked(_, _, date): date
        default: fallback
        }
    }

    /// Judges an event dated by its payload (steps and marks) or on `day`.
    @discardableResult
    func attempt(_ payload: EventPayload, on code: CreditCode, by office: String) -> Refusal? {
        attempt(payload, on: code, by: office, day: World.day(of: payload, default: d("06-01")))
    }

    /// Records an event that must be allowed; a refusal fails the test at the caller's line.
    func must(_ payload: EventPayload, on code: CreditCode, by office: String, day: Day? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let refusal = day.map { attempt(payload, on: code, by: office, day: $0) } ?? attempt(payload, on: code, by: office)
        if let refusal {
            Issue.record("refused: \(refusal.message.en) / \(refusal.message.zh)", sourceLocation: sourceLocation)
        }
    }

    /// Judges an event that must be refused (nothing is recorded); returns the refusal's message,
    /// or nil after recording a failure when it was allowed.
    func refused(_ payload: EventPayload, on code: CreditCode, by office: String, day: Day? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation) -> Message? {
        let before = state[code]
        let refusal = day.map { attempt(payload, on: code, by: office, day: $0) } ?? attempt(payload, on: code, by: office)
        guard let refusal else {
            Issue.record("allowed, but should have been refused", sourceLocation: sourceLocation)
            return nil
        }
        #expect(state[code] == before, "a refused event must not change the state", sourceLocation: sourceLocation)
        return refusal.message
    }

    // MARK: Driving enterprises

    func list(_ profile: EnterpriseProfile, by office: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        must(.listed(profile), on: profile.code, by: office ?? profile.jurisdiction, day: Fixture.listingDay,
             sourceLocation: sourceLocation)
    }

    /// The office that accepts (or closes) this enterprise in the fixtures.
    func acceptor(of code: CreditCode) -> String {
        let profile = state[code]!.profile
        if profile.tier == .problem { return profile.jurisdiction }
        return profile.level == .local ? profile.jurisdiction : Fixture.city
    }

    /// Ticks every criterion of the enterprise's checklist as met (N05 with all its levels).
    func tickAllMet(_ code: CreditCode, day: Day = d("06-01"), sourceLocation: SourceLocation = #_sourceLocation) {
        let profile = state[code]!.profile
        for criterion in state.catalog.checklist(tier: profile.tier, industry: profile.industry) {
            must(tick(criterion.id.value, .met), on: code, by: profile.jurisdiction, day: day, sourceLocation: sourceLocation)
        }
    }

    /// Takes an enterprise forward, with valid steps on the campaign's usual dates, until it reaches `target`.
    func advance(_ code: CreditCode, to target: Stage, sourceLocation: SourceLocation = #_sourceLocation) {
        while state[code]!.stage != target {
            let record = state[code]!
            let profile = record.profile
            let manager = profile.jurisdiction
            switch record.stage {
            case .listed:
                must(step(.commit, "04-10", deadline: profile.tier == .problem ? "07-15" : nil), on: code, by: manager,
                     sourceLocation: sourceLocation)
            case .committed:
                must(step(.plan, "04-25", ref: "清安帮〔2024〕12号", experts: ["张专家"]), on: code, by: manager,
                     sourceLocation: sourceLocation)
            case .planned:
                must(step(.start, "05-05"), on: code, by: manager, sourceLocation: sourceLocation)
            case .inProgress:
                tickAllMet(code, sourceLocation: sourceLocation)
                must(step(.apply, "07-20"), on: code, by: manager, sourceLocation: sourceLocation)
            case .applied:
                let action: StepAction = profile.tier == .problem ? .close : .accept
                must(step(action, "08-15", ref: "验〔2024〕8号"), on: code, by: acceptor(of: code), sourceLocation: sourceLocation)
            case .accepted:
                must(step(.publicize, "11-10", ref: "公示〔2024〕1号"), on: code, by: Fixture.bureau, sourceLocation: sourceLocation)
            case .publicized:
                must(step(.award, "12-20"), on: code, by: Fixture.city, sourceLocation: sourceLocation)
            case .closed:
                must(step(.announce, "12-20"), on: code, by: Fixture.city, sourceLocation: sourceLocation)
            case .awarded, .announced:
                Issue.record("cannot advance past \(record.stage)", sourceLocation: sourceLocation)
                return
            }
            if state[code]!.stage == record.stage { return }   // refused: the failure is recorded already
        }
    }

    /// Lists an enterprise and takes it to a stage in one go.
    func enterprise(_ profile: EnterpriseProfile, at stage: Stage = .listed,
                             sourceLocation: SourceLocation = #_sourceLocation) -> CreditCode {
        list(profile, sourceLocation: sourceLocation)
        if stage != .listed { advance(profile.code, to: stage, sourceLocation: sourceLocation) }
        return profile.code
    }
}

// MARK: - Message checks

extension Message {
    /// Both languages contain the text (for names and ids that are the same in both).
    func mentions(_ text: String) -> Bool { zh.contains(text) && en.contains(text) }
}

/// Whether a text holds at least one CJK ideograph.
func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
}
