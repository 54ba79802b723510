import AnxinCore
import Foundation

/// A tiny campaign folded from events written here (no rules judged: documents only read state), with a
/// hostile enterprise name to prove escaping.
enum DocumentFixture {
    static func day(_ text: String) -> Day { Day(text)! }

    static func code(_ n: Int) -> CreditCode {
        let digits = String(n)
        let prefix = "91130608MA" + String(repeating: "0", count: 7 - digits.count) + digits
        return CreditCode(unchecked: prefix + String(CreditCode.checkCharacter(forPrefix: prefix)!))
    }

    static let hostile = "<script>alert(1)</script>恒达&机械*有限|公司"
    static let accepted = code(1), blacklisted = code(2), hostileCode = code(3)

    static let config = CampaignConfig(
        city: "保定市", year: 2024,
        jurisdictions: [Jurisdiction(name: "清苑区"), Jurisdiction(name: "竞秀区")],
        departments: ["市安监局"],
        industries: [Industry(name: "机械", isKey: true, demoSector: "一般行业"),
                     Industry(name: "食品加工", isKey: false, demoSector: "一般行业")],
        demoSectors: ["非煤矿山", "危险化学品", "建筑施工", "一般行业"],
        calendar: CampaignCalendar(steps: [], deadlines: [:]))

    static let catalog = CriteriaCatalog(criteria: [
        Criterion(id: CriterionID("N01"), tier: .normalized, title: "守法与承诺", text: "自觉贯彻执行安全生产法律法规；"),
        Criterion(id: CriterionID("N05"), tier: .normalized, title: "隐患排查治理", text: "厂级、车间、班组、岗位各层面隐患排查治理工作落实到位；",
                  levels: [.plant, .workshop, .team, .post]),
        Criterion(id: CriterionID("N07"), tier: .normalized, title: "重大危险源", text: "依法对重大危险源进行申报、评估和监控；"),
        Criterion(id: CriterionID("P01"), tier: .problem, title: "隐患整改", text: "重大隐患得到彻底消除；"),
    ])

    static func state() -> CampaignState {
        var state = CampaignState(config: config, catalog: catalog)
        var sequence = 0
        func add(_ payload: EventPayload, _ code: CreditCode, _ date: String, office: String = "清苑区", actor: String = "张伟") {
            sequence += 1
            let at = Instant(millisecondsSinceEpoch: Instant(day: day(date)).millisecondsSinceEpoch + Int64(sequence), offsetMinutes: 480)
            let id = EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch, random: (UInt64(sequence), UInt16(sequence)))
            state.apply(Event(id: id, at: at, replica: "lap", actor: actor, office: office, enterprise: code, payload: payload))
        }
        func step(_ action: StepAction, _ date: String, ref: String? = nil, experts: [String] = [], deadline: String? = nil,
                  note: String? = nil) -> EventPayload {
            .step(StepDetails(action: action, date: day(date), reference: ref, experts: experts,
                              deadline: deadline.map(day), note: note))
        }
        let first = EnterpriseProfile(code: accepted, name: "保定市清苑区华丰食品有限公司", jurisdiction: "清苑区", industry: "食品加工",
                                      tier: .normalized, level: .local, department: "清苑区", person: "王建国", phone: "0312-8123456")
        add(.listed(first), accepted, "2024-03-20")
        add(step(.commit, "2024-04-10"), accepted, "2024-04-10")
        add(step(.plan, "2024-04-25", ref: "清安帮〔2024〕12号", experts: ["刘洋", "陈静"]), accepted, "2024-04-25")
        add(step(.start, "2024-05-05"), accepted, "2024-05-05")
        add(.ticked(Tick(criterion: CriterionID("N01"), verdict: .met, note: "证照齐全，承诺书已签")), accepted, "2024-06-01", actor: "刘洋")
        for level in CheckLevel.allCases {
            add(.ticked(Tick(criterion: CriterionID("N05"), level: level, verdict: .met, note: "\(level.label.zh)自查记录完整")), accepted, "2024-06-02")
        }
        add(.ticked(Tick(criterion: CriterionID("N07"), verdict: .notApplicable, note: "无重大危险源")), accepted, "2024-06-02")
        add(step(.apply, "2024-07-20"), accepted, "2024-07-20")
        add(step(.reject, "2024-08-01", note: "应急演练记录不全"), accepted, "2024-08-01")
        add(step(.apply, "2024-08-10"), accepted, "2024-08-10")
        add(step(.accept, "2024-08-15", ref: "清验〔2024〕8号"), accepted, "2024-08-15", actor: "赵敏")

        let second = EnterpriseProfile(code: blacklisted, name: "竞秀区宏兴物流有限公司", jurisdiction: "竞秀区", industry: "食品加工",
                                       tier: .problem, level: .local, department: "竞秀区", person: "李强")
        add(.listed(second), blacklisted, "2024-03-21", office: "竞秀区")
        add(.marked(MarkDetails(mark: .blacklisted, reason: "重大事故隐患逾期未整改。", blacklistCause: .hazardNotRectified,
                                date: day("2024-09-02"))), blacklisted, "2024-09-02", office: "市安委办")

        let third = EnterpriseProfile(code: hostileCode, name: hostile, jurisdiction: "清苑区", industry: "机械",
                                      tier: .normalized, level: .local, department: "清苑区", person: "A, \"B\"")
        add(.listed(third), hostileCode, "2024-03-22")
        add(step(.commit, "2024-04-10"), hostileCode, "2024-04-10")
        add(step(.plan, "2024-04-25", ref: "X", experts: ["刘洋"]), hostileCode, "2024-04-25")
        add(step(.start, "2024-05-05"), hostileCode, "2024-05-05")
        add(step(.apply, "2024-07-20"), hostileCode, "2024-07-20")
        add(step(.accept, "2024-08-16"), hostileCode, "2024-08-16")
        return state
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.path + "/anxin-doc-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
