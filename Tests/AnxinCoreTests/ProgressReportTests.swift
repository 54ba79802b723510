import Testing
import AnxinCore

@Suite("Progress report: counts per owner, tier and industry (the dashboard's numbers)")
struct ProgressReportTests {
    let report = ProgressReport(state: ReportFixture.state(), today: ReportFixture.today)

    func row(_ group: ReportGroup, sourceLocation: SourceLocation = #_sourceLocation) throws -> GroupTally {
        try #require(report.row(group), sourceLocation: sourceLocation)
    }

    @Test("owner rows: jurisdictions in the campaign's order, then departments with a quota or enterprises")
    func ownerRows() {
        #expect(report.rows.map(\.group) == [.jurisdiction("清苑区"), .jurisdiction("高新区"), .jurisdiction("竞秀区"),
                                             .department("市住建局")])
    }

    @Test("a jurisdiction counts its 属地 enterprises, reached stages and the states beside them")
    func qingyuanReached() throws {
        let qingyuan = try row(.jurisdiction("清苑区"))
        #expect(qingyuan.quota == [1, 2, 1])
        #expect(qingyuan.listed == 4)
        let expected: [ProgressMeasure: Int] = [
            .listed: 4, .committed: 4, .planned: 4, .inProgress: 3, .applied: 2, .accepted: 1, .publicized: 0,
            .awarded: 0, .rectifying: 1, .closed: 0, .announced: 0, .overdue: 1, .revoked: 0, .blacklisted: 0,
        ]
        for (measure, count) in expected {
            #expect(qingyuan.count(measure) == count, "\(measure)")
        }
        #expect(qingyuan.finished == 1)
        #expect(qingyuan.finishedShare == 0.25)
        #expect(qingyuan.listedShare == 1.0)
    }

    @Test("the current reading counts only the enterprises at the stage now")
    func qingyuanCurrent() throws {
        let qingyuan = try row(.jurisdiction("清苑区"))
        #expect(qingyuan.count(.committed, reading: .current) == 0)
        #expect(qingyuan.count(.inProgress, reading: .current) == 1)
        #expect(qingyuan.count(.applied, reading: .current) == 1)
        #expect(qingyuan.count(.accepted, reading: .current) == 1)
        #expect(qingyuan.count(.rectifying, reading: .current) == 1)
        #expect(qingyuan.tally(.normalized).count(.accepted, tier: .normalized) == 1)
        #expect(qingyuan.tally(.standardized).count(.applied, tier: .standardized) == 1)
    }

    @Test("a revoked title is counted as revoked and does not count as finished; a closed problem enterprise does")
    func hitech() throws {
        let hitech = try row(.jurisdiction("高新区"))
        #expect(hitech.listed == 2)
        #expect(hitech.count(.accepted) == 1)
        #expect(hitech.count(.revoked) == 1)
        #expect(hitech.count(.closed) == 1)
        #expect(hitech.count(.applied) == 2)
        #expect(hitech.count(.overdue) == 0)
        #expect(hitech.finished == 1)
        #expect(hitech.finishedShare == 0.5)
    }

    @Test("a 属地 enterprise under a city department counts for its jurisdiction; a 市直 one for its department")
    func ownership() throws {
        let jingxiu = try row(.jurisdiction("竞秀区"))
        #expect(jingxiu.listed == 1)
        #expect(jingxiu.count(.blacklisted) == 1)
        #expect(jingxiu.count(.overdue) == 1)
        #expect(jingxiu.count(.rectifying) == 1)
        let construction = try row(.department("市住建局"))
        #expect(construction.quota == [1, 0, 0])
        #expect(construction.listed == 1)
        #expect(construction.count(.accepted) == 1)
        #expect(construction.finishedShare == 1.0)
    }

    @Test("the city counts every active enterprise once against every quota; removed ones are left out")
    func city() {
        #expect(report.city.listed == 8)
        #expect(report.city.totalQuota == 8)
        #expect(report.city.count(.overdue) == 2)
        #expect(report.city.count(.revoked) == 1)
        #expect(report.city.count(.blacklisted) == 1)
        #expect(report.city.finished == 3)
        #expect(report.rows.reduce(0) { $0 + $1.listed } == report.city.listed)
    }

    @Test("overdue enterprises per row, most days overdue first")
    func overdue() {
        let state = ReportFixture.state()
        let codes = report.overduePositions.map { $0.map { state.records[$0].code } }
        #expect(codes == [[ReportFixture.b], [], [ReportFixture.h], []])
    }

    @Test("by tier: quotas summed per tier; by industry: no quota; by jurisdiction: the city stays whole")
    func otherGroupings() throws {
        let state = ReportFixture.state()
        let byTier = ProgressReport(state: state, today: ReportFixture.today, grouping: .tier)
        #expect(byTier.rows.map(\.listed) == [2, 3, 3])
        #expect(byTier.rows.map(\.totalQuota) == [2, 3, 3])
        let byIndustry = ProgressReport(state: state, today: ReportFixture.today, grouping: .industry)
        #expect(byIndustry.rows.map { $0.group.name(.zh) } == ["机械", "危险化学品", "建筑", "非煤矿山", "食品加工"])
        #expect(byIndustry.rows.map(\.listed) == [2, 0, 2, 0, 4])
        #expect(byIndustry.rows.allSatisfy { $0.totalQuota == nil && $0.finishedShare == nil })
        let byJurisdiction = ProgressReport(state: state, today: ReportFixture.today, grouping: .jurisdiction)
        #expect(byJurisdiction.rows.count == 3)
        #expect(byJurisdiction.city.listed == 8)
        let byDepartment = ProgressReport(state: state, today: ReportFixture.today, grouping: .department)
        #expect(byDepartment.rows.map(\.group) == [.department("市住建局")])
    }

    @Test("criteria that fail most per tier: unmet over enterprises with a met or unmet verdict")
    func criteria() throws {
        let normalized = try #require(report.failures(of: .normalized))
        #expect(normalized.failing.map(\.criterion.id.value) == ["N05", "N03"])
        #expect(normalized.failing.map(\.unmet) == [1, 1])
        #expect(normalized.failing.map(\.checked) == [2, 3])
        #expect(normalized.failing.first?.share == 0.5)
        #expect(normalized.criteria.count == 12)
        // Not applicable is no verdict on the criterion.
        #expect(normalized.criteria.first { $0.criterion.id.value == "N07" }?.checked == 0)
        let problem = try #require(report.failures(of: .problem))
        #expect(problem.failing.map(\.criterion.id.value) == ["P01"])
        #expect(problem.failing.first?.share == 1.0)
        #expect(problem.criteria.first { $0.criterion.id.value == "P02" }?.checked == 1)
        #expect(report.failures(of: .standardized)?.failing.isEmpty == true)
    }

    @Test("as of an earlier day the numbers are those of that day")
    func asOf() throws {
        let early = ProgressReport(state: ReportFixture.state(through: d("04-30")), today: d("04-30"))
        let qingyuan = try #require(early.row(.jurisdiction("清苑区")))
        #expect(qingyuan.count(.committed) == 4)
        #expect(qingyuan.count(.planned) == 4)
        #expect(qingyuan.count(.applied) == 0)
        #expect(early.city.count(.overdue) == 0)
    }

    @Test("criteria with look-alike or unusual ids are counted apart (S1, S01, S001, SX-1)")
    func unusualIDs() throws {
        let ids = ["S1", "S01", "S001", "SX-1"]
        let catalog = CriteriaCatalog(criteria: ids.map { Criterion(id: CriterionID($0), tier: .standardized, title: $0, text: $0) })
        let first = code(201), second = code(202)
        var events = [makeEvent(.listed(profile(first, "保定一号机械有限公司", tier: .standardized, industry: "机械")), on: first, by: Fixture.qingyuan, day: d("03-20"), sequence: 1),
                      makeEvent(.listed(profile(second, "保定二号机械有限公司", tier: .standardized, industry: "机械")), on: second, by: Fixture.qingyuan, day: d("03-20"), sequence: 2)]
        let verdicts: [(CreditCode, String, Verdict)] = [(first, "S1", .unmet), (first, "S01", .met), (first, "S001", .unmet), (first, "SX-1", .unmet),
                                                         (second, "S1", .unmet), (second, "SX-1", .met)]
        for (index, (code, id, verdict)) in verdicts.enumerated() {
            events.append(makeEvent(tick(id, verdict), on: code, by: Fixture.qingyuan, day: d("06-01"), sequence: 10 + index))
        }
        let state = fold(events, catalog: catalog)
        let failures = try #require(ProgressReport(state: state, today: d("08-15")).failures(of: .standardized))
        let counts = Dictionary(uniqueKeysWithValues: failures.criteria.map { ($0.criterion.id.value, [$0.checked, $0.unmet]) })
        #expect(counts == ["S1": [2, 2], "S01": [1, 0], "S001": [1, 1], "SX-1": [2, 1]])
        #expect(failures.criteria.first?.criterion.id.value == "S1")
        #expect(ProgressReport(state: state, today: d("08-15"), countingCriteria: false).failures.isEmpty)
    }
}
