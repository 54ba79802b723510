import Testing
import AnxinCore

/// Every refusal the rules can give, with sample arguments.
private let refusals: [(String, Message)] = {
    let c = code(1)
    let stage = Stage.inProgress.label(for: .normalized)
    return [
        ("invalidCreditCode/length", Catalog.invalidCreditCode("9113", .wrongLength(4))),
        ("invalidCreditCode/character", Catalog.invalidCreditCode("91130608MA000000IX", .invalidCharacter("I", position: 17))),
        ("invalidCreditCode/check", Catalog.invalidCreditCode("91130608MA0000001X", .wrongCheckCharacter(expected: "7", found: "X"))),
        ("unknownOffice", Catalog.unknownOffice("县安委办", known: ["市安委办", "清苑区"])),
        ("notListed", Catalog.notListed(c)),
        ("enterpriseRemoved", Catalog.enterpriseRemoved("清苑区华丰食品有限公司", reason: "企业已注销")),
        ("reasonRequired", Catalog.reasonRequired),
        ("noteEmpty", Catalog.noteEmpty),
        ("notAuthorized", Catalog.notAuthorized(office: "高新区", action: StepAction.accept.label, enterprise: "清苑区华丰食品有限公司",
                                                allowed: ["清苑区"])),
        ("alreadyListed", Catalog.alreadyListed(c, name: "清苑区华丰食品有限公司")),
        ("notAuthorizedToList", Catalog.notAuthorizedToList(office: "高新区", allowed: ["市安委办", "清苑区"])),
        ("nothingToEdit", Catalog.nothingToEdit),
        ("tierFixedAfterCommitment", Catalog.tierFixedAfterCommitment("清苑区华丰食品有限公司", stage: Stage.committed.label)),
        ("missingFields", Catalog.missingFields([Catalog.fieldName, Catalog.fieldJurisdiction, Catalog.fieldIndustry,
                                                 Catalog.fieldDepartment, Catalog.fieldPerson])),
        ("unknownJurisdiction", Catalog.unknownJurisdiction("满城区", known: ["清苑区"])),
        ("unknownIndustry", Catalog.unknownIndustry("箱包", known: ["机械"])),
        ("unknownDepartment", Catalog.unknownDepartment("市教育局", known: ["市住建局"])),
        ("municipalNeedsCityDepartment", Catalog.municipalNeedsCityDepartment("清苑区")),
        ("standardizedNeedsKeyIndustry", Catalog.standardizedNeedsKeyIndustry("食品加工", keys: ["机械", "建筑"])),
        ("unknownCriterion", Catalog.unknownCriterion("N13", known: ["N01", "N12"])),
        ("criterionNotOnChecklist", Catalog.criterionNotOnChecklist("P01", tier: Tier.normalized.label, industry: "机械")),
        ("criterionHasNoLevels", Catalog.criterionHasNoLevels("N06")),
        ("useClear", Catalog.useClear),
        ("actionNotForTier", Catalog.actionNotForTier(StepAction.accept.label, tier: Tier.problem.label)),
        ("wrongStage", Catalog.wrongStage("清苑区华丰食品有限公司", action: StepAction.apply.label, stage: Stage.listed.label,
                                          needed: [stage])),
        ("dateInFuture", Catalog.dateInFuture(d("10-01"), today: d("09-15"))),
        ("dateBeforePreviousStep", Catalog.dateBeforePreviousStep(d("04-01"), previous: d("04-10"))),
        ("deadlineRequired", Catalog.deadlineRequired),
        ("deadlineNotAfterDate", Catalog.deadlineNotAfterDate(d("04-10"), d("04-10"))),
        ("planNeedsReferenceAndExpert", Catalog.planNeedsReferenceAndExpert),
        ("applyBlocked", Catalog.applyBlocked([cid("N03"), cid("N10")])),
        ("acceptBlocked", Catalog.acceptBlocked([cid("N09")])),
        ("standardizedAcceptNeedsReference", Catalog.standardizedAcceptNeedsReference),
        ("rejectNeedsReasons", Catalog.rejectNeedsReasons),
        ("spotCheckCityOnly", Catalog.spotCheckCityOnly("市安委办")),
        ("spotCheckOnlyCountyAcceptances", Catalog.spotCheckOnlyCountyAcceptances),
        ("titleRevoked", Catalog.titleRevoked("清苑区华丰食品有限公司")),
        ("alreadyMarked", Catalog.alreadyMarked("清苑区华丰食品有限公司", mark: Mark.demo.label)),
        ("notMarked", Catalog.notMarked("清苑区华丰食品有限公司", mark: Mark.blacklisted.label)),
        ("revokeNeedsTitle", Catalog.revokeNeedsTitle("清苑区华丰食品有限公司", stage: stage)),
        ("revocationCauseRequired", Catalog.revocationCauseRequired),
        ("blacklistCauseRequired", Catalog.blacklistCauseRequired),
        ("accidentGradeRequired", Catalog.accidentGradeRequired),
        ("accidentTooMinorForBlacklist", Catalog.accidentTooMinorForBlacklist(AccidentGrade.ordinary.label)),
        ("blacklistTooEarly", Catalog.blacklistTooEarly(since: d("06-01"), earliest: d("2025-06-01"), months: 12)),
        ("demoNotForPenalized", Catalog.demoNotForPenalized("清苑区华丰食品有限公司")),
        ("demoNeedsRectificationUnderway", Catalog.demoNeedsRectificationUnderway("清苑区宏达塑料制品厂")),
        ("rectifiedDemoFull", Catalog.rectifiedDemoFull(limit: 2, taken: ["甲", "乙"])),
        ("demoSectorTaken", Catalog.demoSectorTaken("一般行业", taken: ["保定市恒力机械有限公司"])),
    ]
}()

/// A text of the English catalog should not fall back to Chinese words of its own (names and ids are fine).
private func ownWordsAreEnglish(_ message: Message) -> Bool {
    // Remove what came in as arguments: Chinese names, offices, labels given in parentheses.
    var text = message.en
    for name in ["清苑区华丰食品有限公司", "清苑区宏达塑料制品厂", "保定市恒力机械有限公司", "县安委办", "市安委办", "清苑区", "高新区",
                 "满城区", "企业已注销", "箱包", "机械", "建筑", "市教育局", "市住建局", "食品加工", "一般行业", "甲", "乙", "市直"] {
        text = text.replacing(name, with: "")
    }
    return !hasCJK(text)
}

@Suite("The message catalog")
struct CatalogTests {
    @Test("every refusal has a Chinese text and an English text", arguments: refusals.map(\.0))
    func refusalTexts(name: String) throws {
        let message = try #require(refusals.first { $0.0 == name }?.1)
        #expect(!message.zh.isEmpty && !message.en.isEmpty)
        #expect(hasCJK(message.zh), "the Chinese text is Chinese: \(message.zh)")
        #expect(message.zh != message.en)
        #expect(ownWordsAreEnglish(message), "the English text is English: \(message.en)")
        #expect(message.text(.zh) == message.zh && message.text(.en) == message.en)
        #expect(message.description == message.zh, "Chinese is the default language")
    }

    @Test("refusals given by the rulebook in a session are all bilingual")
    func rulebookRefusals() {
        let world = World()
        let c = world.enterprise(profile(code(2)), at: .applied)
        let messages = [
            world.refused(step(.accept, "08-15"), on: c, by: Fixture.city),
            world.refused(step(.commit, "08-15"), on: c, by: Fixture.qingyuan),
            world.refused(step(.reject, "08-15"), on: c, by: Fixture.qingyuan),
            world.refused(tick("P01", .met), on: c, by: Fixture.qingyuan),
            world.refused(mark(.blacklisted, "08-15"), on: c, by: Fixture.city),
            world.refused(step(.close, "08-15"), on: c, by: Fixture.qingyuan),
            world.refused(step(.commit, "08-15"), on: code(3), by: Fixture.qingyuan),
        ]
        for message in messages {
            #expect(message.map { hasCJK($0.zh) && !$0.en.isEmpty } == true, "\(String(describing: message))")
        }
    }

    @Test("every domain word has a Chinese label and an English one, and parses back from either")
    func terms() {
        func check<T: Term>(_: T.Type) {
            for term in T.allCases {
                #expect(hasCJK(term.label.zh), "\(term.rawValue)")
                #expect(!term.label.en.isEmpty && !hasCJK(term.label.en), "\(term.rawValue)")
                #expect(T(token: term.rawValue) == term)
                #expect(T(token: term.label.zh) == term)
                #expect(T(token: term.label.en.uppercased()) == term)
                #expect(T(token: " \(term.label.zh) ") == term)
            }
            #expect(Set(T.allCases.map(\.rawValue)).count == T.allCases.count, "tokens are distinct")
            #expect(Set(T.allCases.map(\.label.zh)).count == T.allCases.count, "Chinese labels are distinct")
        }
        check(Tier.self)
        check(Stage.self)
        check(SupervisionLevel.self)
        check(Mark.self)
        check(Verdict.self)
        check(CheckLevel.self)
        check(StepAction.self)
        check(AccidentGrade.self)
        check(BlacklistCause.self)
        check(RevocationCause.self)
        check(SortKey.self)
    }

    @Test("users may type the short Chinese forms: 问题型, 整治中, 省属, 不适用")
    func aliases() {
        #expect(Tier(token: "问题型") == .problem)
        #expect(Tier(token: "规范化") == .normalized)
        #expect(Stage(token: "整治中") == .inProgress)
        #expect(Stage(token: "培育中") == .inProgress)
        #expect(SupervisionLevel(token: "省属") == .provincial)
        #expect(Verdict(token: "不适用") == .notApplicable)
        #expect(Verdict(token: "n/a") == .notApplicable)
        #expect(Mark(token: "信用污点") == .blacklisted)
        #expect(Tier(token: "大型企业") == nil)
        #expect(Tier.choices.contains("problem (问题型企业)"))
    }
}
