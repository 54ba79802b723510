// Recording several events as one append (roster import): judged in order against the state the earlier ones
// make, written and fsynced together, all or nothing.

import AnxinCore
import AnxinStore
import Testing

@Suite("Write path: several events as one append")
struct RecordAllTests {
    let now = Sample.instant("2024-08-12T09:00:00+08:00")

    @Test("events are judged in order: a listing then a tick on it are both recorded, one millisecond apart")
    func inOrder() throws {
        try withStore { fixture in
            try fixture.setIdentity(replica: "lap-1")
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            defer { session.close() }
            let events = try session.recordAll([(.listed(Sample.profile(1)), Sample.code(1)),
                                                (.ticked(Tick(criterion: CriterionID("N01"), verdict: .met)), Sample.code(1))],
                                               now: now, today: Sample.day("2024-08-12"))
            #expect(events.count == 2)
            #expect(events[1].at.millisecondsSinceEpoch == events[0].at.millisecondsSinceEpoch + 1)
            #expect(events[1].seen == nil)
            #expect(session.state[Sample.code(1)]?.criteria[CriterionID("N01")]?.record?.verdict == .met)
            #expect(try fixture.journalBytes("lap-1") == events.flatMap(EventEncoder.line))
        }
    }

    @Test("one refused event records none of them and leaves the state as it was")
    func allOrNothing() throws {
        try withStore { fixture in
            try fixture.setIdentity(replica: "lap-1")
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            defer { session.close() }
            try session.record(.listed(Sample.profile(1)), for: Sample.code(1), now: now)
            let journal = try fixture.journalBytes("lap-1")
            #expect(throws: StoreError.self) {
                try session.recordAll([(.listed(Sample.profile(2)), Sample.code(2)),
                                       (.listed(Sample.profile(1)), Sample.code(1))], now: now)
            }
            #expect(try fixture.journalBytes("lap-1") == journal)
            #expect(session.state[Sample.code(2)] == nil)
            // The session still records after the refusal, and in time order.
            let next = try session.record(.listed(Sample.profile(3)), for: Sample.code(3), now: now)
            #expect(next.at.millisecondsSinceEpoch > now.millisecondsSinceEpoch)
        }
    }
}
