import Testing
import AnxinCore

@Suite("Assessment: each office's calendar steps done by their due dates (seed §五(四))")
struct AssessmentReportTests {
    let state = ReportFixture.state()
    var report: AssessmentReport { AssessmentReport(state: state, today: ReportFixture.today) }

    func office(_ group: ReportGroup, in report: AssessmentReport, sourceLocation: SourceLocation = #_sourceLocation) throws -> OfficeAssessment {
        try #require(report.offices.first { $0.group == group }, sourceLocation: sourceLocation)
    }

    func statuses(_ office: OfficeAssessment) -> [StepStatus] { office.steps.map(\.status) }

    func position(_ code: CreditCode) -> Int { state.position(of: code)! }

    @Test("清苑区: a commitment signed late misses step 2; an application not made by 07-31 misses step 4")
    func qingyuan() throws {
        let qingyuan = try office(.jurisdiction("清苑区"), in: report)
        #expect(statuses(qingyuan) == [.done, .missed, .done, .missed, .cityTask, .notYetDue, .cityTask, .cityTask])
        let step2 = qingyuan.steps[1]
        #expect(step2.required == 4 && step2.doneInTime == 3)
        #expect(step2.missed == [.enterprise(position: position(ReportFixture.b), stage: .committed, due: d("04-15"), reachedOn: d("04-20"))])
        let step4 = qingyuan.steps[3]
        #expect(step4.required == 4 && step4.doneInTime == 2)
        #expect(step4.missed == [.enterprise(position: position(ReportFixture.b), stage: .applied, due: d("07-31"), reachedOn: nil)])
        // The problem enterprise's own rectification deadline (09-30) is not due yet.
        #expect(step4.open == [.enterprise(position: position(ReportFixture.dd), stage: .applied, due: d("09-30"), reachedOn: nil)])
        #expect(qingyuan.steps[5].doneInTime == 1 && qingyuan.steps[5].open.count == 3)
        #expect(qingyuan.year == .incomplete)
    }

    @Test("高新区: a problem enterprise listed after 03-31 leaves its quota unfilled; a later revocation keeps step 6 done")
    func hitech() throws {
        let hitech = try office(.jurisdiction("高新区"), in: report)
        #expect(statuses(hitech) == [.missed, .done, .done, .done, .cityTask, .done, .cityTask, .cityTask])
        #expect(hitech.steps[0].missed == [.quota(tier: .problem, listed: 0, quota: 1, due: d("03-31"))])
        #expect(hitech.steps[0].required == 2 && hitech.steps[0].doneInTime == 1)
        #expect(hitech.year == .incomplete)
    }

    @Test("a problem enterprise's own deadline replaces 07-31 for step 4")
    func ownDeadline() throws {
        let jingxiu = try office(.jurisdiction("竞秀区"), in: report)
        #expect(statuses(jingxiu) == [.done, .done, .done, .missed, .cityTask, .notYetDue, .cityTask, .cityTask])
        #expect(jingxiu.steps[3].missed == [.enterprise(position: position(ReportFixture.h), stage: .applied, due: d("06-30"), reachedOn: nil)])
    }

    @Test("市住建局 did everything in time: the year is complete; earlier in the year it was pending")
    func complete() throws {
        let construction = try office(.department("市住建局"), in: report)
        #expect(statuses(construction) == [.done, .done, .done, .done, .cityTask, .done, .cityTask, .cityTask])
        #expect(construction.year == .complete)
        #expect(report.ineligible.map(\.group) == [.jurisdiction("清苑区"), .jurisdiction("高新区"), .jurisdiction("竞秀区")])
        let june = AssessmentReport(state: ReportFixture.state(through: d("06-01")), today: d("06-01"))
        let earlier = try office(.department("市住建局"), in: june)
        #expect(statuses(earlier) == [.done, .done, .done, .notYetDue, .cityTask, .notYetDue, .cityTask, .cityTask])
        #expect(earlier.year == .pending)
    }

    @Test("as of 04-20: step 2 already missed, step 3 not yet due")
    func notYetDue() throws {
        let april = AssessmentReport(state: ReportFixture.state(through: d("04-20")), today: d("04-20"))
        let qingyuan = try office(.jurisdiction("清苑区"), in: april)
        #expect(statuses(qingyuan) == [.done, .missed, .notYetDue, .notYetDue, .cityTask, .notYetDue, .cityTask, .cityTask])
        #expect(qingyuan.steps[2].open.count == 4 && qingyuan.steps[2].missed.isEmpty)
        #expect(qingyuan.year == .incomplete)
    }

    @Test("the city's own tasks: demonstration sites per sector by 07-31, notice and awards not yet due")
    func cityTasks() {
        let city = report.city
        #expect(city.group == .city)
        #expect(statuses(city) == [.missed, .missed, .done, .missed, .missed, .notYetDue, .notYetDue, .notYetDue])
        let step5 = city.steps[4]
        #expect(step5.required == 5 && step5.doneInTime == 1)
        #expect(step5.missed == [.demonstrationSector("非煤矿山", due: d("07-31")), .demonstrationSector("危险化学品", due: d("07-31")),
                                 .demonstrationSector("建筑施工", due: d("07-31")), .rectifiedDemonstration(due: d("07-31"))])
        // Step 7 asks the accepted enterprises with their title (A and G; E's was revoked) to be publicized by 11-30.
        #expect(city.steps[6].required == 2 && city.steps[6].open.count == 2)
        // Step 8 asks the closed problem enterprise F to be announced by 12-31.
        #expect(city.steps[7].open == [.enterprise(position: position(ReportFixture.f), stage: .announced, due: d("12-31"), reachedOn: nil)])
        // Office steps for the city: how many offices did them in time.
        #expect(city.steps[0].required == 4 && city.steps[0].doneInTime == 3)
        #expect(city.steps[2].status == .done && city.steps[2].doneInTime == 4)
    }
}
