import Testing
import AnxinCore

/// Concurrent edits found while folding: two laptops changed the same subject without seeing each other's event.
@Suite("Conflicts between laptops' edits")
struct ConflictTests {
    static let c = code(41)
    static let listed = makeEvent(.listed(profile(c)), on: c, by: Fixture.qingyuan, day: d("03-20"), replica: "lap-a")

    /// An event of laptop `replica` on 06-01 at `ms` milliseconds past noon, based on `seen`.
    static func edit(_ payload: EventPayload, _ ms: Int, _ replica: String, seen: EventID?) -> Event {
        makeEvent(payload, on: c, by: Fixture.qingyuan, day: d("06-01"), sequence: ms, replica: replica, seen: seen)
    }

    @Test("two ticks of one criterion made apart: the later is in force, both are kept, the pair is flagged")
    func concurrentTicks() {
        let a = Self.edit(tick("N01", .met), 1, "lap-a", seen: nil)
        let b = Self.edit(tick("N01", .unmet), 2, "lap-b", seen: nil)
        let state = fold([Self.listed, a, b])
        #expect(state[Self.c]?.verdict(of: Fixture.catalog[cid("N01")]!) == .unmet)
        #expect(state.eventCount == 3)
        let conflict = state.conflicts[Self.c, .criterion(cid("N01"), nil)]
        #expect(conflict == Conflict(kind: .concurrent, enterprise: Self.c, subject: .criterion(cid("N01"), nil),
                                     overridden: a.id, kept: b.id))
        #expect(state.conflicts.countByEnterprise[Self.c] == 1)
    }

    @Test("an edit based on the event in force is no conflict, nor are edits of different criteria or notes")
    func noConflict() {
        let a = Self.edit(tick("N01", .met), 1, "lap-a", seen: nil)
        let b = Self.edit(tick("N01", .unmet), 2, "lap-b", seen: a.id)
        let other = Self.edit(tick("N02", .met), 3, "lap-c", seen: nil)
        let note1 = Self.edit(.noted(text: "现场检查"), 4, "lap-a", seen: nil)
        let note2 = Self.edit(.noted(text: "复查"), 5, "lap-b", seen: nil)
        let state = fold([Self.listed, a, b, other, note1, note2])
        #expect(state.conflicts.isEmpty)
    }

    @Test("steps taken apart conflict on the stage; marks on the mark; roster edits on the profile")
    func otherSubjects() {
        let commitA = Self.edit(step(.commit, "06-01"), 1, "lap-a", seen: nil)
        let commitB = Self.edit(step(.commit, "06-01"), 2, "lap-b", seen: nil)
        let markA = Self.edit(mark(.supervised, "06-01"), 3, "lap-a", seen: nil)
        let unmarkB = Self.edit(.unmarked(mark: .supervised, reason: "已整改", date: d("06-01")), 4, "lap-b", seen: nil)
        let editA = Self.edit(.edited(ProfileChange(person: "赵六")), 5, "lap-a", seen: Self.listed.id)
        let editB = Self.edit(.edited(ProfileChange(person: "钱七")), 6, "lap-b", seen: Self.listed.id)
        let state = fold([Self.listed, commitA, commitB, markA, unmarkB, editA, editB])
        #expect(state.conflicts[Self.c, .stage]?.overridden == commitA.id)
        #expect(state.conflicts[Self.c, .stage]?.kept == commitB.id)
        #expect(state.conflicts[Self.c, .mark(.supervised)]?.kept == unmarkB.id)
        #expect(state.conflicts[Self.c, .profile]?.overridden == editA.id)
        #expect(state.conflicts.count == 3)
        #expect(state[Self.c]?.profile.person == "钱七")
        #expect(state[Self.c]?.steps.count == 2, "both steps stay")
    }

    @Test("a later conflict on the same subject replaces the earlier pair")
    func laterReplaces() {
        let a = Self.edit(tick("N01", .met), 1, "lap-a", seen: nil)
        let b = Self.edit(tick("N01", .unmet), 2, "lap-b", seen: nil)
        let c2 = Self.edit(tick("N01", .notApplicable), 3, "lap-c", seen: a.id)
        let state = fold([Self.listed, a, b, c2])
        #expect(state.conflicts.count == 1)
        #expect(state.conflicts[Self.c, .criterion(cid("N01"), nil)]?.overridden == b.id)
        #expect(state.conflicts[Self.c, .criterion(cid("N01"), nil)]?.kept == c2.id)
    }

    @Test("a resolved event naming one of the pair settles the conflict; one naming another event does not")
    func resolved() {
        let a = Self.edit(tick("N01", .met), 1, "lap-a", seen: nil)
        let b = Self.edit(tick("N01", .unmet), 2, "lap-b", seen: nil)
        let wrong = Self.edit(.resolved(subject: .criterion(cid("N01"), nil), other: Self.listed.id), 3, "city", seen: b.id)
        let right = Self.edit(.resolved(subject: .criterion(cid("N01"), nil), other: a.id), 4, "city", seen: b.id)
        #expect(fold([Self.listed, a, b, wrong]).conflicts.count == 1)
        let settled = fold([Self.listed, a, b, wrong, right])
        #expect(settled.conflicts.isEmpty)
        #expect(settled.conflicts.countByEnterprise.isEmpty)
        #expect(settled[Self.c]?.verdict(of: Fixture.catalog[cid("N01")]!) == .unmet, "settling changes no verdict")
        #expect(settled[Self.c]?.lastEvent(for: .criterion(cid("N01"), nil)) == b.id, "nor what later edits are based on")
    }

    @Test("an edit dated before the event it was based on is clock skew, and its pair is not also a conflict")
    func clockSkew() {
        let ahead = Self.edit(tick("N01", .met), 5_000, "lap-a", seen: nil)
        let behind = Self.edit(tick("N01", .unmet), 1_000, "lap-b", seen: ahead.id)
        let state = fold([Self.listed, behind, ahead])   // the fold goes by instants: the skewed edit first
        #expect(state.conflicts.count == 1)
        let conflict = state.conflicts[Self.c, .criterion(cid("N01"), nil)]
        #expect(conflict?.kind == .clockSkew)
        #expect(conflict?.overridden == behind.id && conflict?.kept == ahead.id)
        #expect(state[Self.c]?.verdict(of: Fixture.catalog[cid("N01")]!) == .met)
    }

    @Test("levels of N05 are subjects of their own")
    func levels() {
        let plant = Self.edit(tick("N05", .met, level: .plant), 1, "lap-a", seen: nil)
        let workshop = Self.edit(tick("N05", .met, level: .workshop), 2, "lap-b", seen: nil)
        let plantAgain = Self.edit(tick("N05", .unmet, level: .plant), 3, "lap-b", seen: nil)
        let state = fold([Self.listed, plant, workshop, plantAgain])
        #expect(state.conflicts.count == 1)
        #expect(state.conflicts[Self.c, .criterion(cid("N05"), .plant)]?.overridden == plant.id)
    }

    @Test("subjects read back from the journal's text form", arguments: [
        Subject.profile, .stage, .notes, .mark(.blacklisted), .criterion(cid("N01"), nil), .criterion(cid("N05"), .team),
    ])
    func subjectText(_ subject: Subject) {
        #expect(Subject(journalText: subject.description) == subject)
    }

    @Test("text that is no subject is refused", arguments: ["", "criterion:", "mark:nothing", "criterion:N05/floor", "stages"])
    func badSubjectText(_ text: String) {
        #expect(Subject(journalText: text) == nil)
    }
}
