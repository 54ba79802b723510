// Events survive the journal: decode(encode(e)) == e for every payload type and hostile text, the line's keys
// come in the documented order, Chinese is written as itself, and Foundation reads the same line the same way.

import AnxinCore
import AnxinStore
import Foundation
import Testing
import AnxinTestSupport

// MARK: The documented line, independently of the encoder

/// A member's value as docs/data-format.md describes it.
private enum DocumentedValue: Equatable {
    case text(String)
    case list([String])
}

/// The members an event's line must hold, in the documented order: id, at, replica, actor, office, enterprise,
/// type, seen, then the payload's fields; optional members only when set.
private func documentedMembers(_ event: Event) -> [(key: String, value: DocumentedValue)] {
    var members: [(key: String, value: DocumentedValue)] = []
    func add(_ key: String, _ value: String?) {
        if let value { members.append((key, .text(value))) }
    }
    add("id", event.id.description)
    add("at", event.at.description)
    add("replica", event.replica)
    add("actor", event.actor)
    add("office", event.office)
    add("enterprise", event.enterprise.value)
    add("type", event.payload.typeToken)
    add("seen", event.seen?.description)
    switch event.payload {
    case let .listed(profile):
        add("name", profile.name)
        add("jurisdiction", profile.jurisdiction)
        add("industry", profile.industry)
        add("tier", profile.tier.rawValue)
        add("supervision", profile.level.rawValue)
        add("department", profile.department)
        add("person", profile.person)
        add("phone", profile.phone)
        add("address", profile.address)
    case let .edited(change):
        add("name", change.name)
        add("jurisdiction", change.jurisdiction)
        add("industry", change.industry)
        add("tier", change.tier?.rawValue)
        add("supervision", change.level?.rawValue)
        add("department", change.department)
        add("person", change.person)
        add("phone", change.phone)
        add("address", change.address)
    case let .removed(reason):
        add("reason", reason)
    case let .ticked(tick):
        add("criterion", tick.criterion.value)
        add("level", tick.level?.rawValue)
        add("verdict", tick.verdict.rawValue)
        add("note", tick.note)
    case let .cleared(criterion, level):
        add("criterion", criterion.value)
        add("level", level?.rawValue)
    case let .step(details):
        add("action", details.action.rawValue)
        add("date", details.date.description)
        add("ref", details.reference)
        if !details.experts.isEmpty { members.append(("experts", .list(details.experts))) }
        add("deadline", details.deadline?.description)
        add("note", details.note)
    case let .marked(details):
        add("mark", details.mark.rawValue)
        add("date", details.date.description)
        add("reason", details.reason)
        add("cause", details.blacklistCause?.rawValue ?? details.revocationCause?.rawValue)
        add("grade", details.accidentGrade?.rawValue)
    case let .unmarked(mark, reason, date):
        add("mark", mark.rawValue)
        add("date", date.description)
        add("reason", reason)
    case let .noted(text):
        add("text", text)
    case let .carried(year):
        add("year", String(year))
    case let .resolved(subject, other):
        add("subject", subject.description)
        add("other", other.description)
    }
    return members
}

/// The keys of a line in the order written, read with the store's scanner.
private func keysInOrder(_ line: [UInt8]) throws -> [String] {
    var keys: [String] = []
    try line.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
        var scanner = JSONScanner(buffer)
        try scanner.beginObject()
        while let key = try scanner.nextKey() {
            keys.append(key)
            try scanner.skipValue()
        }
        try scanner.end()
    }
    return keys
}

/// Text as exact UTF-8 for comparing with Foundation, without U+FEFF: swift-corelibs-foundation's
/// JSONSerialization drops every ZERO WIDTH NO-BREAK SPACE from the strings it reads (the store's scanner and
/// the round trip above keep it), so that one character is outside what the oracle can judge.
private func foundationComparable(_ text: String) -> [UInt8] {
    Array(String(text.unicodeScalars.filter { $0 != "\u{FEFF}" }).utf8)
}

private func decoded(_ line: [UInt8], replica: String, catalog: CriteriaCatalog? = nil) -> (Event?, [LineProblem]) {
    line.withUnsafeBufferPointer { EventDecoder(replica: replica, catalog: catalog).decode($0) }
}

// MARK: Random events

/// Random events of every type, with text that tries to break the line: Chinese, quotes, backslashes,
/// newlines, every C0 control, DEL, combining marks, emoji, astral CJK, U+2028 and a BOM.
private struct RandomEvents {
    var random: SeededGenerator

    static let pieces: [String] = [
        "安全", "诚信", "企业", "隐患排查治理", "清苑区", "张伟", "“引号”", "《方案》", "，", "。",
        "\"", "\\", "\\\"", "\\u0041", "\n", "\r\n", "\t", "/", "'", "{", "}", "[", "]", ":", ",",
        "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}",
        "e\u{301}", "😀", "👩‍🔧", "𠀀", " ", "  ", "abc", "N05", "null", "true", "0", "-1.5e3",
    ]

    mutating func text(allowEmpty: Bool = false) -> String {
        let count = Int.random(in: (allowEmpty ? 0 : 1)...6, using: &random)
        var text = (0..<count).map { _ in random.pick(RandomEvents.pieces) }.joined()
        if random.chance(10) {
            // Any scalar below U+0100, one at a time.
            text += String(Unicode.Scalar(UInt8.random(in: 0...0xFF, using: &random)))
        }
        return text
    }

    mutating func maybe(_ percent: Int = 50, _ make: (inout RandomEvents) -> String) -> String? {
        random.chance(percent) ? make(&self) : nil
    }

    mutating func day() -> Day {
        Day(daysSinceEpoch: Int.random(in: 19_000...20_500, using: &random))
    }

    mutating func term<T: Term>(_ type: T.Type) -> T {
        random.pick(Array(T.allCases))
    }

    mutating func code() -> CreditCode {
        Sample.code(Int.random(in: 0...999_999_999, using: &random))
    }

    mutating func instant() -> Instant {
        let offsets = [480, 0, -300, 330, 345, -570, 840]
        let millis = Int64.random(in: 1_700_000_000_000...1_800_000_000_000, using: &random)
        let wholeSeconds = random.chance(40)
        return Instant(millisecondsSinceEpoch: wholeSeconds ? millis / 1000 * 1000 : millis,
                       offsetMinutes: random.pick(offsets))
    }

    mutating func id() -> EventID {
        EventID(high: random.next() >> 2, low: random.next())
    }

    mutating func payload(_ kind: Int) -> EventPayload {
        switch kind % 11 {
        case 0:
            return .listed(EnterpriseProfile(code: code(), name: text(), jurisdiction: text(), industry: text(),
                                             tier: term(Tier.self), level: term(SupervisionLevel.self),
                                             department: text(), person: text(),
                                             phone: maybe { $0.text(allowEmpty: true) },
                                             address: maybe { $0.text(allowEmpty: true) }))
        case 1:
            return .edited(ProfileChange(name: maybe { $0.text() }, jurisdiction: maybe(30) { $0.text() },
                                         industry: maybe(30) { $0.text() },
                                         tier: random.chance(30) ? term(Tier.self) : nil,
                                         level: random.chance(30) ? term(SupervisionLevel.self) : nil,
                                         department: maybe(30) { $0.text() }, person: maybe(30) { $0.text() },
                                         phone: maybe(30) { $0.text(allowEmpty: true) },
                                         address: maybe(30) { $0.text(allowEmpty: true) }))
        case 2:
            return .removed(reason: text())
        case 3:
            let verdict = random.pick([Verdict.met, .unmet, .notApplicable])
            return .ticked(Tick(criterion: CriterionID(random.pick(["N01", "N05", "S09", "P05"])),
                                level: random.chance(30) ? term(CheckLevel.self) : nil, verdict: verdict,
                                note: maybe { $0.text(allowEmpty: true) }))
        case 4:
            return .cleared(criterion: CriterionID(random.pick(["N05", "S01"])),
                            level: random.chance(50) ? term(CheckLevel.self) : nil)
        case 5:
            let experts = random.chance(50) ? (0..<Int.random(in: 1...3, using: &random)).map { _ in text() } : []
            return .step(StepDetails(action: term(StepAction.self), date: day(), reference: maybe { $0.text() },
                                     experts: experts, deadline: random.chance(40) ? day() : nil,
                                     note: maybe { $0.text(allowEmpty: true) }))
        case 6:
            let mark = term(Mark.self)
            var details = MarkDetails(mark: mark, reason: text(), date: day())
            if random.chance(60) {
                if mark == .revoked { details.revocationCause = term(RevocationCause.self) }
                else { details.blacklistCause = term(BlacklistCause.self) }
            }
            if random.chance(40) { details.accidentGrade = term(AccidentGrade.self) }
            return .marked(details)
        case 7:
            return .unmarked(mark: term(Mark.self), reason: text(), date: day())
        case 8:
            return .carried(year: Int.random(in: 2024...2030, using: &random))
        case 9:
            let subject = random.pick([Subject.stage, .profile, .notes, .mark(term(Mark.self)),
                                       .criterion(CriterionID(random.pick(["N01", "N05"])), random.chance(50) ? term(CheckLevel.self) : nil)])
            return .resolved(subject: subject, other: id())
        default:
            return .noted(text: text())
        }
    }

    mutating func event(_ kind: Int) -> Event {
        let payload = payload(kind)
        let code: CreditCode
        if case let .listed(profile) = payload { code = profile.code } else { code = self.code() }
        return Event(id: id(), at: instant(), replica: random.pick(["lap-1", "bd_qingyuan.2", "X", "a-b-c"]),
                     actor: text(), office: text(), enterprise: code, seen: random.chance(50) ? id() : nil,
                     payload: payload)
    }
}

// MARK: Tests

@Suite("Event lines: round trip and format")
struct EventRoundTripTests {
    @Test("decode(encode(e)) == e for random events of every type with hostile text (seeded property test)")
    func randomRoundTrip() throws {
        var events = RandomEvents(random: SeededGenerator(seed: 0x5AFE_C0DE))
        var kinds = Set<String>()
        for index in 0..<3_000 {
            let event = events.event(index)
            kinds.insert(event.payload.typeToken)
            let line = EventEncoder.line(event)
            let (back, problems) = decoded(Array(line.dropLast()), replica: event.replica)
            #expect(problems.isEmpty, "case \(index): \(problems) for \(String(decoding: line, as: UTF8.self))")
            #expect(back == event, "case \(index): \(String(decoding: line, as: UTF8.self))")
            // Byte-exact too: String's == would call canonically equivalent text equal.
            if let back { #expect(EventEncoder.line(back) == line, "case \(index)") }
            if back != event { break }
        }
        #expect(kinds == Set(EventPayload.typeTokens))
    }

    @Test("every line is one line: a single newline at the end, no raw control byte inside")
    func oneLinePerEvent() {
        var events = RandomEvents(random: SeededGenerator(seed: 7))
        for index in 0..<1_000 {
            let line = EventEncoder.line(events.event(index))
            #expect(line.last == UInt8(ascii: "\n"))
            #expect(!line.dropLast().contains { $0 < 0x20 }, "case \(index): \(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test("keys come in the documented order: id, at, replica, actor, office, enterprise, type, seen, then the payload's")
    func keysInDocumentedOrder() throws {
        var events = RandomEvents(random: SeededGenerator(seed: 0xD0C5))
        for index in 0..<900 {
            let event = events.event(index)
            let keys = try keysInOrder(Array(EventEncoder.line(event).dropLast()))
            #expect(keys == documentedMembers(event).map(\.key), "case \(index)")
        }
    }

    @Test("a full line of each kind, spelled out")
    func spelledOutLines() {
        let seen = EventID.make(millisecondsSinceEpoch: 1_715_470_000_000, random: (42, 7))
        let listed = Sample.event(.listed(Sample.profile(1)), seen: nil)
        #expect(Sample.line(listed).hasSuffix(
            #","type":"listed","name":"保定安信机械有限公司1号","jurisdiction":"清苑区","industry":"机械","tier":"normalized","supervision":"local","department":"市工信局","person":"李四","phone":"0312-55501","address":"保定市清苑区东闾乡1号"}"#))
        let tick = Sample.event(.ticked(Tick(criterion: CriterionID("N05"), level: .team, verdict: .unmet, note: "班组台账缺失")),
                                seen: seen)
        let line = Sample.line(tick)
        #expect(line.hasPrefix(#"{"id":"\#(tick.id)","at":"2024-05-12T10:31:07+08:00","replica":"lap-1","actor":"张伟","office":"清苑区","enterprise":"\#(Sample.code(1))","type":"ticked","seen":"\#(seen)","#))
        #expect(line.hasSuffix(#""criterion":"N05","level":"team","verdict":"unmet","note":"班组台账缺失"}"#))
        let step = Sample.event(.step(StepDetails(action: .plan, date: Sample.day("2024-04-20"), reference: "清安方〔2024〕12号",
                                                  experts: ["王工", "赵工"], note: "专家论证")))
        #expect(Sample.line(step).hasSuffix(
            #""type":"step","action":"plan","date":"2024-04-20","ref":"清安方〔2024〕12号","experts":["王工","赵工"],"note":"专家论证"}"#))
    }

    @Test("Chinese is written as itself, never as \\u escapes")
    func chineseAsItself() {
        let event = Sample.event(.noted(text: "隐患排查治理：厂级、车间、班组、岗位均已落实。"))
        let line = Sample.line(event)
        #expect(!line.contains("\\u"))
        #expect(line.contains(#""actor":"张伟","office":"清苑区""#))
        #expect(line.contains(#""text":"隐患排查治理：厂级、车间、班组、岗位均已落实。""#))
    }

    @Test("quotes, backslashes, newlines and controls in a note are escaped and come back unchanged")
    func hostileNote() throws {
        let note = "他说：\"已整改\"\\n 第二行\n第三行\r\n\t\u{0}\u{1B}[2J\u{7F}完"
        let event = Sample.event(.ticked(Tick(criterion: CriterionID("N01"), verdict: .met, note: note)))
        let line = EventEncoder.line(event)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains(#"\"已整改\"\\n 第二行\n第三行\r\n\t\u0000\u001b[2J"#))
        let (back, problems) = decoded(Array(line.dropLast()), replica: Sample.replica)
        #expect(problems.isEmpty)
        #expect(back == event)
        guard case let .ticked(tick)? = back?.payload else {
            Issue.record("not a tick")
            return
        }
        #expect(Array((tick.note ?? "").utf8) == Array(note.utf8))
    }

    @Test("Foundation's JSONSerialization reads every encoded line as the documented members (test oracle)")
    func foundationAgrees() throws {
        var events = RandomEvents(random: SeededGenerator(seed: 0xF0_0D))
        for index in 0..<900 {
            let event = events.event(index)
            let line = EventEncoder.line(event)
            let object = try JSONSerialization.jsonObject(with: Data(line))
            let dictionary = try #require(object as? [String: Any], "case \(index)")
            let members = documentedMembers(event)
            #expect(dictionary.count == members.count, "case \(index)")
            for (key, value) in members {
                switch value {
                case let .text(expected):
                    let found = dictionary[key] as? String
                    #expect(found.map(foundationComparable) == foundationComparable(expected), "case \(index), key \(key)")
                case let .list(expected):
                    let found = dictionary[key] as? [String]
                    #expect(found?.map(foundationComparable) == expected.map(foundationComparable), "case \(index), key \(key)")
                }
            }
        }
    }

    @Test("the decoder checks the criterion against the catalog when it has one")
    func criterionCheckedAgainstCatalog() throws {
        let catalog = try #require(CriteriaLoader.load(text: DefaultCriteria.yaml, file: "criteria.yaml",
                                                       industries: CampaignTemplate.industries.map(\.name)).0)
        let good = Sample.tick("N12", .met, at: "2024-05-12T10:00:00+08:00")
        #expect(decoded(Array(EventEncoder.line(good).dropLast()), replica: Sample.replica, catalog: catalog).0 == good)
        let bad = Sample.tick("N13", .met, at: "2024-05-12T10:00:00+08:00")
        let (event, problems) = decoded(Array(EventEncoder.line(bad).dropLast()), replica: Sample.replica, catalog: catalog)
        #expect(event == nil)
        #expect(problems.count == 1)
    }
}

// MARK: Reading keys by prediction

/// A line with the event's documented members in a given order, spelled with the given separators.
private func spelled(_ members: [(key: String, value: DocumentedValue)], comma: String = ",", colon: String = ":",
                     key spell: (String) -> String = { "\"\($0)\"" }) -> [UInt8] {
    var out = Array("{".utf8)
    for (index, member) in members.enumerated() {
        if index > 0 { out += Array(comma.utf8) }
        out += Array(spell(member.key).utf8) + Array(colon.utf8)
        switch member.value {
        case let .text(text): JSONWriter.appendString(text, to: &out)
        case let .list(items):
            out += Array("[".utf8)
            for (position, item) in items.enumerated() {
                if position > 0 { out += Array(",".utf8) }
                JSONWriter.appendString(item, to: &out)
            }
            out += Array("]".utf8)
        }
    }
    return out + Array("}".utf8)
}

@Suite("Event lines: keys read by prediction")
struct KeyPredictionTests {
    /// The decoder with and without the key shortcut: the same event and the same problems, at the same offsets.
    private func expectSamePaths(_ line: [UInt8], replica: String, _ label: @autoclosure () -> String) {
        line.withUnsafeBufferPointer { buffer in
            let fast = EventDecoder(replica: replica, catalog: nil).decode(buffer)
            let generic = EventDecoder(replica: replica, catalog: nil, predictingKeys: false).decode(buffer)
            #expect(fast.0 == generic.0, "\(label()): \(String(decoding: line, as: UTF8.self))")
            #expect(fast.1 == generic.1, "\(label()): \(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test("property: lines in anxin's own spelling, respaced, reordered, with escaped, unknown or null members, read the same by both paths")
    func variantsAgree() {
        var events = RandomEvents(random: SeededGenerator(seed: 0xC0FFEE))
        var random = SeededGenerator(seed: 2024)
        for index in 0..<1_500 {
            let event = events.event(index)
            let members = documentedMembers(event)
            var variants: [(String, [UInt8])] = [
                ("as written", Array(EventEncoder.line(event).dropLast())),
                ("spaces", spelled(members, comma: ", ", colon: ": ")),
                ("tabs and newlines", spelled(members, comma: "\t,\n", colon: " :\r\n")),
                ("escaped keys", spelled(members) { "\"\\u00\(String($0.utf8.first!, radix: 16))\($0.dropFirst())\"" }),
                ("upper-case keys", spelled(members) { "\"\($0.uppercased())\"" }),
                ("shuffled", spelled(members.shuffled(using: &random))),
                ("reversed", spelled(members.reversed())),
            ]
            var extra = members
            extra.insert((key: random.pick(["zzz", "idx", "notes", "i", "experts"]), value: .text("x")),
                         at: Int.random(in: 0...extra.count, using: &random))
            variants.append(("an extra member", spelled(extra)))
            var withNull = Array(EventEncoder.line(event).dropLast())
            if let position = withNull.lastIndex(of: UInt8(ascii: "}")) {
                withNull.replaceSubrange(position..<position, with: Array(",\"note\":null,\"level\":7".utf8))
            }
            variants.append(("null and number members", withNull))
            for (label, line) in variants {
                expectSamePaths(line, replica: event.replica, "case \(index), \(label)")
            }
        }
    }

    @Test("property: a line with one byte changed, removed or added is read the same by both paths (problems included)")
    func corruptionsAgree() {
        var events = RandomEvents(random: SeededGenerator(seed: 0xBAD))
        var random = SeededGenerator(seed: 11)
        let bytes: [UInt8] = Array("\",:{}[] \\n0a\u{7F}".utf8) + [0x00, 0x80, 0xE4, 0xBF, 0xFF]
        for index in 0..<3_000 {
            let event = events.event(index)
            var line = Array(EventEncoder.line(event).dropLast())
            let position = Int.random(in: 0..<line.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: line[position] = random.pick(bytes)
            case 1: line.remove(at: position)
            default: line.insert(random.pick(bytes), at: position)
            }
            expectSamePaths(line, replica: event.replica, "case \(index)")
        }
    }
}
