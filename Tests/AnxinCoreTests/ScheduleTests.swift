import Testing
import AnxinCore

@Suite("Calendar: next steps, due dates and overdue")
struct ScheduleTests {
    static let calendar = Fixture.calendar

    @Test("the next step and its due date at each stage of a normalized enterprise", arguments: [
        (Stage.listed, StepAction.commit, "04-15"), (.committed, .plan, "04-30"), (.planned, .start, "05-10"),
        (.inProgress, .apply, "07-31"), (.applied, .accept, "10-31"), (.accepted, .publicize, "11-30"),
        (.publicized, .award, "12-31"),
    ])
    func normalizedNextStep(stage: Stage, action: StepAction, due: String) {
        let world = World()
        let c = world.enterprise(profile(code(1)), at: stage)
        let next = Self.calendar.nextStep(of: world[c])
        #expect(next?.action == action)
        #expect(next?.due == d(due))
    }

    @Test("the next step and its due date at each stage of a problem enterprise", arguments: [
        (Stage.listed, StepAction.commit, "04-15"), (.committed, .plan, "04-30"), (.planned, .start, "05-10"),
        (.applied, .close, "10-31"), (.closed, .announce, "12-31"),
    ])
    func problemNextStep(stage: Stage, action: StepAction, due: String) {
        let world = World()
        let c = world.enterprise(profile(code(2), tier: .problem), at: stage)
        let next = Self.calendar.nextStep(of: world[c])
        #expect(next?.action == action)
        #expect(next?.due == d(due))
    }

    @Test("a rectifying enterprise must apply by its own rectification deadline, not by 07-31")
    func problemApplyDue() {
        let world = World()
        let c = world.enterprise(profile(code(3), tier: .problem))
        world.must(step(.commit, "04-10", deadline: "06-20"), on: c, by: Fixture.qingyuan)
        world.advance(c, to: .inProgress)
        let next = Self.calendar.nextStep(of: world[c])
        #expect(next?.action == .apply)
        #expect(next?.due == d("06-20"))
        #expect(!Self.calendar.isOverdue(world[c], on: d("06-20")))
        #expect(Self.calendar.isOverdue(world[c], on: d("06-21")), "overdue before the campaign's 07-31")
    }

    @Test("an awarded or announced enterprise has nothing left to do and is never overdue")
    func finished() {
        let world = World()
        let awarded = world.enterprise(profile(code(4)), at: .awarded)
        let announced = world.enterprise(profile(code(5), tier: .problem), at: .announced)
        for c in [awarded, announced] {
            #expect(Self.calendar.nextStep(of: world[c]) == nil)
            #expect(!Self.calendar.isOverdue(world[c], on: d("2025-06-01")))
            #expect(Self.calendar.daysOverdue(world[c], on: d("2025-06-01")) == nil)
        }
    }

    @Test("overdue the day after the due date, not on the due date", arguments: [
        (Stage.listed, "04-15"), (.committed, "04-30"), (.planned, "05-10"), (.inProgress, "07-31"), (.applied, "10-31"),
        (.accepted, "11-30"), (.publicized, "12-31"),
    ])
    func overdueBoundary(stage: Stage, due: String) {
        let world = World()
        let c = world.enterprise(profile(code(6)), at: stage)
        let dueDay = d(due)
        #expect(!Self.calendar.isOverdue(world[c], on: dueDay.adding(days: -1)))
        #expect(!Self.calendar.isOverdue(world[c], on: dueDay))
        #expect(Self.calendar.isOverdue(world[c], on: dueDay.adding(days: 1)))
        #expect(Self.calendar.daysOverdue(world[c], on: dueDay.adding(days: 3)) == 3)
        #expect(Self.calendar.daysOverdue(world[c], on: dueDay.adding(days: -5)) == -5)
    }

    @Test("taking the step ends the overdue")
    func stepEndsOverdue() {
        let world = World()
        let c = world.enterprise(profile(code(7)))
        #expect(Self.calendar.isOverdue(world[c], on: d("04-20")))
        world.must(step(.commit, "04-20"), on: c, by: Fixture.qingyuan)
        #expect(!Self.calendar.isOverdue(world[c], on: d("04-20")))
    }

    @Test("an enterprise whose title is revoked is not chased for publicity or award")
    func revokedNotOverdue() {
        let world = World()
        let c = world.enterprise(profile(code(8)), at: .accepted)
        #expect(Self.calendar.isOverdue(world[c], on: d("12-05")))
        world.must(mark(.revoked, "09-01", revocation: .fatalAccident), on: c, by: Fixture.city)
        #expect(!Self.calendar.isOverdue(world[c], on: d("12-05")))
    }

    @Test("an enterprise removed from the campaign is never overdue and has no next step")
    func removedNeverOverdue() {
        let world = World()
        let c = world.enterprise(profile(code(9)))
        world.must(.removed(reason: "企业已注销"), on: c, by: Fixture.qingyuan, day: d("04-01"))
        #expect(Self.calendar.nextStep(of: world[c]) == nil)
        #expect(!Self.calendar.isOverdue(world[c], on: d("2025-01-01")))
    }

    @Test("a calendar without a deadline for the next action shows the step with no due date and never overdue")
    func noDeadline() {
        let world = World()
        let c = world.enterprise(profile(code(10)))
        let calendar = CampaignCalendar(steps: Fixture.steps, deadlines: [:])
        #expect(calendar.nextStep(of: world[c])?.action == .commit)
        #expect(calendar.nextStep(of: world[c])?.due == nil)
        #expect(!calendar.isOverdue(world[c], on: d("2025-01-01")))
    }

    // MARK: The 8 steps of the year

    @Test("the current step for days in each step's window", arguments: [
        ("01-10", 1), ("03-31", 1), ("04-01", 2), ("04-15", 2), ("04-16", 3), ("04-30", 3), ("05-01", 4), ("06-30", 4),
        ("08-01", 6), ("10-31", 6), ("11-01", 7), ("11-30", 7), ("12-01", 8), ("12-31", 8),
    ])
    func currentStep(day: String, number: Int) {
        #expect(Self.calendar.currentStep(on: d(day))?.number == number)
    }

    @Test("in July two windows overlap (work on site, demonstration visits): the current step is one of them")
    func julyOverlap() {
        for day in ["07-01", "07-15", "07-31"] {
            let number = Self.calendar.currentStep(on: d(day))?.number
            #expect(number == 4 || number == 5, "\(day)")
        }
    }

    @Test("between two windows the current step is the next one to come; after the last, the last")
    func betweenWindows() {
        let calendar = CampaignCalendar(steps: [
            CalendarStep(number: 1, title: "拉出名单", due: d("03-31")),
            CalendarStep(number: 2, title: "签订承诺书", from: d("04-10"), due: d("04-15")),
            CalendarStep(number: 3, title: "组织验收", from: d("08-01"), due: d("10-31")),
        ], deadlines: [:])
        #expect(calendar.currentStep(on: d("04-05"))?.number == 2)
        #expect(calendar.currentStep(on: d("05-20"))?.number == 3)
        #expect(calendar.currentStep(on: d("07-31"))?.number == 3)
        #expect(calendar.currentStep(on: d("11-01"))?.number == 3)
        #expect(calendar.currentStep(on: d("2025-03-01"))?.number == 3)
        #expect(CampaignCalendar(steps: [], deadlines: [:]).currentStep(on: d("06-01")) == nil)
    }

    @Test("steps are kept in their numbered order whatever order they are given in")
    func stepOrder() {
        let calendar = CampaignCalendar(steps: Fixture.steps.reversed(), deadlines: Fixture.deadlines)
        #expect(calendar.steps.map(\.number) == Array(1...8))
        #expect(calendar.currentStep(on: d("04-10"))?.number == 2)
    }

    @Test("a step is past from the day after its due date")
    func isPast() {
        let commitment = Fixture.steps[1]
        #expect(!Self.calendar.isPast(commitment, on: d("04-15")))
        #expect(Self.calendar.isPast(commitment, on: d("04-16")))
    }
}
