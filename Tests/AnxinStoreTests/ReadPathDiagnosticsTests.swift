// Loading the journal: bad input never crashes and never vanishes. Each problem is a diagnostic naming
// events/<replica>.jsonl, the line and the column (in characters), and reading goes on past it.

import AnxinCore
import AnxinStore
import Foundation
import Testing

/// Lines of a journal, joined with newlines (and one at the end).
private func journal(_ lines: [String]) -> String {
    lines.map { $0 + "\n" }.joined()
}

private extension StoreFixture {
    /// Writes lap-1's journal from lines, loads, and returns the load.
    func load(_ lines: [String], replica: String = Sample.replica, options: LoadOptions = LoadOptions()) throws -> JournalLoad {
        try writeJournal(replica, journal(lines))
        return store.load(options)
    }
}

@Suite("Read path: diagnostics with file, line and column")
struct ReadPathDiagnosticsTests {
    @Test("a clean journal loads without diagnostics")
    func cleanJournal() throws {
        try withStore { fixture in
            let load = try fixture.load([Sample.line(Sample.listing(1)),
                                         Sample.line(Sample.tick("N01", .met, at: "2024-05-12T10:00:00+08:00"))])
            #expect(load.diagnostics.isEmpty)
            #expect(load.state.eventCount == 2)
            let file = try #require(load.files.first)
            #expect(load.files.count == 1)
            #expect(file.path == fixture.journalDisplay("lap-1"))
            #expect(file.replica == "lap-1")
            #expect(file.bytes == (try fixture.journalBytes("lap-1")).count)
            #expect((file.lines, file.events, file.tornBytes) == (2, 2, 0))
            #expect(file.lastInstant == Sample.instant("2024-05-12T10:00:00+08:00"))
        }
    }

    @Test("a malformed line in the middle is an error at its line and column; the lines after it are still folded")
    func malformedLineInTheMiddle() throws {
        try withStore { fixture in
            let load = try fixture.load([
                Sample.line(Sample.listing(1)),
                #"{"actor":"张伟"]"#,
                Sample.line(Sample.note("第一次走访", at: "2024-05-12T10:00:00+08:00")),
                #"{"id":"x",}"#,
                Sample.line(Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00")),
            ])
            let display = fixture.journalDisplay("lap-1")
            #expect(load.diagnostics.map(place) == ["\(display):2:14", "\(display):4:11"])
            #expect(load.diagnostics.allSatisfy { $0.severity == .error })
            #expect(load.diagnostics.first?.message.en.hasPrefix("invalid JSON") == true)
            #expect(load.diagnostics.first?.rendered(.en).hasPrefix("\(display):2:14: error: invalid JSON") == true)
            #expect(load.diagnostics.first?.sourceLine == #"{"actor":"张伟"]"#)
            // Lines 3 and 5 were folded.
            let record = try #require(load.state[Sample.code(1)])
            #expect(record.noteCount == 1)
            #expect(record.criteria[CriterionID("N01")]?.record?.verdict == .met)
            #expect(load.state.eventCount == 3)
            #expect(load.files.first?.lines == 5)
            #expect(load.files.first?.events == 3)
        }
    }

    @Test("an unknown criterion (N13) is an error at the criterion's value")
    func unknownCriterion() throws {
        try withStore { fixture in
            let tick = Sample.line(Sample.tick("N13", .met, at: "2024-05-12T10:31:07+08:00"))
            let load = try fixture.load([Sample.line(Sample.listing(1)), tick])
            let problem = try #require(load.diagnostics.first)
            #expect(load.diagnostics.count == 1)
            #expect(problem.severity == .error)
            #expect(problem.file == fixture.journalDisplay("lap-1"))
            #expect(problem.line == 2)
            #expect(problem.column == valueColumn(of: "criterion", in: tick))
            #expect(problem.column == 177)   // 187 if bytes were counted (张伟 and 清苑区 come before it)
            #expect(problem.message.en.contains("unknown criterion \"N13\""))
            #expect(load.state[Sample.code(1)]?.criteria.isEmpty == true)
        }
    }

    @Test("an invalid credit code (wrong check character) is an error naming the expected check character")
    func wrongCheckCharacter() throws {
        try withStore { fixture in
            let (wrong, expected) = Sample.codeWithWrongCheck(1)
            let line = Sample.line(Sample.listing(1)).replacingOccurrences(of: Sample.code(1).value, with: wrong)
            let load = try fixture.load([line])
            let problem = try #require(load.diagnostics.first)
            #expect(load.diagnostics.count == 1)
            #expect(problem.severity == .error)
            #expect(problem.line == 1)
            #expect(problem.column == valueColumn(of: "enterprise", in: line))
            #expect(problem.column == 128)
            #expect(problem.message.en.contains("the check character should be \"\(expected)\""))
            #expect(problem.message.zh.contains("校验位应为“\(expected)”"))
            #expect(load.state.enterprises.isEmpty)
        }
    }

    @Test("an impossible date (2024-02-30) is an error at the date's value")
    func impossibleDate() throws {
        try withStore { fixture in
            let step = Sample.event(.step(StepDetails(action: .commit, date: Sample.day("2024-04-10"))),
                                    at: "2024-05-12T10:31:07+08:00")
            let line = Sample.line(step).replacingOccurrences(of: "\"2024-04-10\"", with: "\"2024-02-30\"")
            let load = try fixture.load([Sample.line(Sample.listing(1)), line])
            #expect(load.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-1")):2:\(valueColumn(of: "date", in: line))"])
            #expect(load.diagnostics.first?.message.en.contains("date \"2024-02-30\" is not a valid date") == true)
            #expect(load.state[Sample.code(1)]?.stage == .listed)
        }
    }

    @Test("an unknown verdict (metx) is an error listing the verdicts a tick may carry")
    func unknownVerdict() throws {
        try withStore { fixture in
            let line = Sample.line(Sample.tick("N01", .met, at: "2024-05-12T10:31:07+08:00"))
                .replacingOccurrences(of: #""verdict":"met""#, with: #""verdict":"metx""#)
            let load = try fixture.load([Sample.line(Sample.listing(1)), line])
            let problem = try #require(load.diagnostics.first)
            #expect(load.diagnostics.count == 1)
            #expect(place(problem) == "\(fixture.journalDisplay("lap-1")):2:\(valueColumn(of: "verdict", in: line))")
            #expect(problem.message.en.hasPrefix("unknown verdict \"metx\" (expected "))
            // A tick carries met, unmet or na; "unchecked" is itself refused on a tick (use `cleared`).
            #expect(problem.message.en == "unknown verdict \"metx\" (expected met, unmet, na)")
        }
    }

    @Test("the verdict \"unchecked\" on a tick is an error too (a clear is its own event)")
    func uncheckedVerdict() throws {
        try withStore { fixture in
            let line = Sample.line(Sample.tick("N01", .met, at: "2024-05-12T10:31:07+08:00"))
                .replacingOccurrences(of: #""verdict":"met""#, with: #""verdict":"unchecked""#)
            let load = try fixture.load([Sample.line(Sample.listing(1)), line])
            #expect(load.diagnostics.map(\.line) == [2])
            #expect(load.diagnostics.first?.message.en == "unknown verdict \"unchecked\" (expected met, unmet, na)")
        }
    }

    @Test("an event in another replica's file is an error at its replica value")
    func wrongReplicaFile() throws {
        try withStore { fixture in
            let other = Sample.line(Sample.note("写错了文件", at: "2024-05-12T10:31:07+08:00", replica: "lap-1"))
            try fixture.writeJournal("lap-1", journal([Sample.line(Sample.listing(1))]))
            try fixture.writeJournal("lap-2", journal([other]))
            let load = fixture.store.load()
            let problem = try #require(load.diagnostics.first)
            #expect(load.diagnostics.count == 1)
            #expect(problem.severity == .error)
            #expect(place(problem) == "\(fixture.journalDisplay("lap-2")):1:79")
            #expect(problem.column == valueColumn(of: "replica", in: other))
            #expect(problem.message.en.contains("\"lap-1\""))
            #expect(problem.message.en.contains("lap-2.jsonl"))
            #expect(load.state[Sample.code(1)]?.noteCount == 0)
        }
    }

    @Test("an unknown field is a warning only: the event is still folded")
    func unknownFieldIsAWarning() throws {
        try withStore { fixture in
            var line = Sample.line(Sample.note("走访", at: "2024-05-12T10:31:07+08:00"))
            line.removeLast()
            line += #","colour":"红","nested":{"a":[1,2]}}"#
            let load = try fixture.load([Sample.line(Sample.listing(1)), line])
            #expect(load.diagnostics.errors.isEmpty)
            #expect(load.diagnostics.warnings.map(place) == [
                "\(fixture.journalDisplay("lap-1")):2:\(valueColumn(of: "colour", in: line))",
                "\(fixture.journalDisplay("lap-1")):2:\(valueColumn(of: "nested", in: line))",
            ])
            #expect(load.diagnostics.first?.message.en.contains("unknown field \"colour\"") == true)
            #expect(load.state[Sample.code(1)]?.noteCount == 1)
        }
    }

    @Test("an event for an enterprise never listed is an error at its line")
    func unlistedEnterprise() throws {
        try withStore { fixture in
            let load = try fixture.load([Sample.line(Sample.listing(1)),
                                         Sample.line(Sample.tick("N01", .met, 2, at: "2024-05-12T10:31:07+08:00"))])
            #expect(load.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-1")):2:1"])
            #expect(load.diagnostics.first?.severity == .error)
            #expect(load.diagnostics.first?.message.en.contains(Sample.code(2).value) == true)
            #expect(load.state[Sample.code(2)] == nil)
            #expect(load.state.eventCount == 1)
        }
    }

    @Test("a rule breach folded from the journal (accepted by the wrong office) is a warning when rules are checked")
    func ruleBreachIsAWarning() throws {
        try withStore { fixture in
            let code = Sample.code(1)
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            var clock = Sample.instant("2024-08-01T09:00:00+08:00").millisecondsSinceEpoch
            func now() -> Instant {
                clock += 60_000
                return Instant(millisecondsSinceEpoch: clock, offsetMinutes: 480)
            }
            try session.record(.listed(Sample.profile(1)), for: code, now: now())
            try session.record(.step(StepDetails(action: .commit, date: Sample.day("2024-04-10"))), for: code, now: now())
            try session.record(.step(StepDetails(action: .plan, date: Sample.day("2024-04-20"), reference: "清安方〔2024〕12号",
                                                 experts: ["王工"])), for: code, now: now())
            try session.record(.step(StepDetails(action: .start, date: Sample.day("2024-05-05"))), for: code, now: now())
            for number in 1...12 {
                let id = number < 10 ? "N0\(number)" : "N\(number)"
                try session.record(.ticked(Tick(criterion: CriterionID(id), verdict: .met)), for: code, now: now())
            }
            try session.record(.step(StepDetails(action: .apply, date: Sample.day("2024-07-20"))), for: code, now: now())
            // The accepting office for a local enterprise of 清苑区 is 清苑区; 竞秀区 may not.
            let wrong = Event(id: EventID.make(millisecondsSinceEpoch: clock + 60_000, random: (9, 9)),
                              at: Instant(millisecondsSinceEpoch: clock + 60_000, offsetMinutes: 480),
                              replica: session.replica, actor: "王芳", office: "竞秀区", enterprise: code,
                              payload: .step(StepDetails(action: .accept, date: Sample.day("2024-08-10"))))
            #expect(session.refusal(.step(StepDetails(action: .accept, date: Sample.day("2024-08-10"))), for: code,
                                    now: wrong.at) == nil)
            session.close()
            let path = fixture.journalPath(session.replica)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(EventEncoder.line(wrong)))
            handle.closeFile()

            let plain = fixture.store.load()
            #expect(plain.diagnostics.isEmpty)
            let checked = fixture.store.load(LoadOptions(checkRules: true))
            #expect(checked.diagnostics.map(place) == ["\(fixture.journalDisplay(session.replica)):18:1"])
            #expect(checked.diagnostics.first?.severity == .warning)
            #expect(checked.diagnostics.first?.message.en.contains("breaks a rule") == true)
            #expect(checked.diagnostics.first?.message.en.contains("竞秀区") == true)
            // The journal is history: the step is folded all the same.
            #expect(checked.state[code]?.stage == .accepted)
        }
    }

    @Test("duplicate event ids are an error when rules are checked, and the copy is not folded")
    func duplicateEventIDs() throws {
        try withStore { fixture in
            let note = Sample.note("走访", at: "2024-05-12T10:31:07+08:00")
            let load = try fixture.load([Sample.line(Sample.listing(1)), Sample.line(note), Sample.line(note)],
                                        options: LoadOptions(checkRules: true))
            #expect(load.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-1")):3:1"])
            #expect(load.diagnostics.first?.severity == .error)
            #expect(load.diagnostics.first?.message.en.contains(note.id.description) == true)
            #expect(load.state[Sample.code(1)]?.noteCount == 1)
        }
    }

    @Test("an id used in two journals: the one later in fold order is the error and is not folded, whichever file is read first")
    func duplicateEventIDsAcrossFiles() throws {
        try withStore { fixture in
            // Same instant and same id: the fold orders them by file, so lap-2's copy is the later one — even though
            // lap-2 also holds an earlier event, and the decoding threads may meet either copy first.
            let first = Sample.note("走访", at: "2024-05-12T10:31:07+08:00", replica: "lap-1", sequence: 7)
            let copy = Sample.note("复查", at: "2024-05-12T10:31:07+08:00", replica: "lap-2", sequence: 7)
            try fixture.writeJournal("lap-1", events: [Sample.listing(1, replica: "lap-1"), first])
            try fixture.writeJournal("lap-2", events: [Sample.note("早到", at: "2024-05-02T08:00:00+08:00", replica: "lap-2", sequence: 1),
                                                      copy])
            let load = fixture.store.load(LoadOptions(checkRules: true))
            #expect(load.diagnostics.map(place) == ["\(fixture.journalDisplay("lap-2")):2:1"])
            #expect(load.diagnostics.first?.message.en.contains(first.id.description) == true)
            #expect(load.state[Sample.code(1)]?.noteCount == 2)
            #expect(load.state.eventCount == 3)
        }
    }

    @Test("blank lines are allowed; a file named as no replica could be is an error for the whole file")
    func blankLinesAndBadFileNames() throws {
        try withStore { fixture in
            let load = try fixture.load([Sample.line(Sample.listing(1)), "", "   \t"])
            #expect(load.diagnostics.isEmpty)
            try Data(journal([Sample.line(Sample.listing(2))]).utf8)
                .write(to: URL(fileURLWithPath: "\(fixture.store.eventsDirectory)/笔记本.jsonl"))
            let again = fixture.store.load()
            #expect(again.diagnostics.map(place) == ["\(fixture.directory)/events/笔记本.jsonl:0:0"])
            #expect(again.diagnostics.first?.rendered(.en).hasPrefix("\(fixture.directory)/events/笔记本.jsonl: error:") == true)
        }
    }

    @Test("several problems on several lines are all reported, in line order")
    func manyProblems() throws {
        try withStore { fixture in
            let (wrong, _) = Sample.codeWithWrongCheck(3)
            let load = try fixture.load([
                Sample.line(Sample.listing(1)),
                Sample.line(Sample.tick("N13", .met, at: "2024-05-12T10:00:00+08:00")),
                "not json",
                Sample.line(Sample.listing(3)).replacingOccurrences(of: Sample.code(3).value, with: wrong),
                Sample.line(Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00")),
            ])
            #expect(load.diagnostics.map(\.line) == [2, 3, 4])
            #expect(load.state.eventCount == 2)
        }
    }
}
