@testable import AnxinCore
import Testing

/// An enterprise's criteria table behaves as the dictionary it replaced.
@Suite("Criteria table (criterion id → state)")
struct CriteriaTableTests {
    @Test("agrees with Dictionary through sets, removals, in-place changes, lookups and equality (property)")
    func agreesWithDictionary() {
        var generator = SystemRandomNumberGenerator()
        // Short ids as in the seed, and long ones sharing their first seven bytes (an industry's extras).
        let ids = (1...12).map { CriterionID("N" + ($0 < 10 ? "0" : "") + String($0)) }
            + ["S09-CHEM-A", "S09-CHEM-B", "S09-CHEM-AB"].map(CriterionID.init)
        for round in 0..<30 {
            var table = CriteriaTable()
            var reference: [CriterionID: CriterionState] = [:]
            for step in 0..<200 {
                let id = ids.randomElement(using: &generator)!
                let state = CriterionState(record: VerdictRecord(verdict: [.met, .unmet, .notApplicable].randomElement(using: &generator)!,
                                                                 note: "第\(step)条", actor: "张伟", office: "清苑区",
                                                                 at: Instant(millisecondsSinceEpoch: 1_715_481_067_000 + Int64(step), offsetMinutes: 480),
                                                                 eventID: EventID(high: UInt64(step), low: 1)))
                switch Int.random(in: 0..<5, using: &generator) {
                case 0:
                    table[id] = state
                    reference[id] = state
                case 1:
                    table[id] = nil
                    reference[id] = nil
                case 2:
                    // A verdict changed in place: the table's own copy of each verdict must follow.
                    table[id, default: CriterionState()].record = state.record
                    reference[id, default: CriterionState()].record = state.record
                default:
                    table[id, default: CriterionState()].lastEventID = state.record?.eventID
                    reference[id, default: CriterionState()].lastEventID = state.record?.eventID
                }
                #expect(table[id] == reference[id], "round \(round), step \(step)")
                let criterion = Criterion(id: id, tier: .normalized, title: "", text: "")
                #expect(table.verdict(of: criterion) == (reference[id]?.verdict(for: criterion) ?? .unchecked))
                #expect(table.count == reference.count)
            }
            #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
            // Equal whatever the order the criteria were set in.
            var reversed = CriteriaTable()
            for (id, state) in table.reversed() { reversed[id] = state }
            #expect(reversed == table)
            if let (id, _) = reference.first {
                reversed[id] = nil
                #expect(reversed != table)
            }
        }
    }

    @Test("a long id never passes for a short one with the same first bytes (lengths past 255 included)")
    func longIDsStayApart() {
        let short = CriterionID("S09CHEM")                                   // seven bytes: its key is the whole id
        let long = CriterionID("S09CHEM" + String(repeating: "X", count: 256))   // 263 bytes, same first seven
        let longer = CriterionID("S09CHEM" + String(repeating: "X", count: 300))
        #expect(short != long && long != short && long != longer)
        #expect(Set([short, long, longer]).count == 3)
        var table = CriteriaTable()
        table[short] = CriterionState(record: nil)
        #expect(table[long] == nil && table[longer] == nil)
        table[long] = CriterionState(record: nil)
        #expect(table.count == 2)
        let catalog = CriteriaCatalog(criteria: [Criterion(id: long, tier: .standardized, title: "长", text: "")])
        #expect(catalog[short] == nil && catalog[long] != nil && catalog[longer] == nil)
    }
}
