import AnxinCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem on one journal line, at a byte offset within the line.
public struct LineProblem: Sendable, Equatable {
    public var severity: Diagnostic.Severity
    public var offset: Int
    public var message: Message
}

/// Reads one journal line into an `Event` with a byte-level scan (no Codable in the hot path), validating
/// every field: id, instant, replica, credit code, type, tokens, dates, and the criterion against the catalog.
/// A decoder remembers the texts its file repeats (`BytesMemo`), so it belongs to one thread at a time: make one
/// per file being read. A class: its memos are looked up from closures, and a struct would be copied into each
/// (a dozen retains per journal line).
public final class EventDecoder {
    /// The replica whose file is being read: every event in it must say so.
    public let replica: String
    public let catalog: CriteriaCatalog?
    /// The actors, offices and criteria this file repeats on every line, made into values once.
    private var texts = BytesMemo<String>(capacity: 256)
    /// Jurisdictions, industries and departments: a few dozen values over the whole roster.
    private var rosterTexts = BytesMemo<String>(capacity: 512)
    private var criteria = BytesMemo<CriterionID>(capacity: 512)
    /// The tokens of ticks and steps (a `switch` over strings costs a lookup table each time).
    private var verdicts = BytesMemo<Verdict>(capacity: 16)
    private var actions = BytesMemo<StepAction>(capacity: 32)
    private var levels = BytesMemo<CheckLevel>(capacity: 16)
    private var types = BytesMemo<LineType>(capacity: 32)
    /// The file's replica, as bytes (every line must name it).
    private let replicaBytes: [UInt8]

    /// `predictingKeys: false` reads every key with the generic scanner: the same result, more slowly (tests
    /// compare the two).
    public init(replica: String, catalog: CriteriaCatalog?, predictingKeys: Bool = true) {
        self.replica = replica
        self.catalog = catalog
        replicaBytes = Array(replica.utf8)
        predictor = predictingKeys ? KeyPredictor.shared : nil
    }

    /// The value of one member, still in the line's buffer, and where it starts.
    struct Field {
        var raw: JSONRawString
        var offset: Int
        var text: String { raw.string }
    }

    /// The members a line may hold; any other key is a warning (a newer anxin may add fields).
    enum Key: Int, CaseIterable {
        case id, at, replica, actor, office, enterprise, type, seen
        case name, jurisdiction, industry, tier, supervision, department, person, phone, address
        case reason, criterion, level, verdict, note, action, date, ref, deadline, mark, cause, grade, text, year
        case subject, other

        /// Matches a key's bytes without building a String: by length, then byte by byte.
        static func match(_ raw: JSONRawString) -> Key? {
            guard !raw.escaped else { return Key.allCases.first { raw.string == "\($0)" } }
            switch raw.bytes.count {
            case 2: return raw.equals("id") ? .id : raw.equals("at") ? .at : nil
            case 3: return raw.equals("ref") ? .ref : nil
            case 4:
                if raw.equals("type") { return .type }
                if raw.equals("seen") { return .seen }
                if raw.equals("name") { return .name }
                if raw.equals("tier") { return .tier }
                if raw.equals("note") { return .note }
                if raw.equals("date") { return .date }
                if raw.equals("mark") { return .mark }
                if raw.equals("text") { return .text }
                if raw.equals("year") { return .year }
                return nil
            case 5:
                if raw.equals("actor") { return .actor }
                if raw.equals("phone") { return .phone }
                if raw.equals("level") { return .level }
                if raw.equals("cause") { return .cause }
                if raw.equals("grade") { return .grade }
                if raw.equals("other") { return .other }
                return nil
            case 6:
                if raw.equals("office") { return .office }
                if raw.equals("person") { return .person }
                if raw.equals("reason") { return .reason }
                if raw.equals("action") { return .action }
                return nil
            case 7:
                if raw.equals("replica") { return .replica }
                if raw.equals("subject") { return .subject }
                if raw.equals("address") { return .address }
                if raw.equals("verdict") { return .verdict }
                return nil
            case 8:
                if raw.equals("industry") { return .industry }
                if raw.equals("deadline") { return .deadline }
                return nil
            case 9: return raw.equals("criterion") ? .criterion : nil
            case 10:
                if raw.equals("enterprise") { return .enterprise }
                if raw.equals("department") { return .department }
                return nil
            case 11: return raw.equals("supervision") ? .supervision : nil
            case 12: return raw.equals("jurisdiction") ? .jurisdiction : nil
            default: return nil
            }
        }
    }

    /// The members of the line being decoded. The values live in a buffer the decoder owns and reuses for every
    /// line; a bit of `present` says which are set (an array of 33 optional fields made and destroyed for each
    /// line cost a fifth of decoding it).
    struct Fields {
        let values: UnsafeMutablePointer<Field>
        var present: UInt64 = 0
        var experts: [String] = []
        var unknown: [(key: String, offset: Int)] = []

        subscript(key: Key) -> Field? {
            get { present & (1 << key.rawValue) != 0 ? values[key.rawValue] : nil }
            set {
                if let newValue {
                    (values + key.rawValue).initialize(to: newValue)   // a plain value: nothing to release first
                    present |= 1 << key.rawValue
                } else {
                    present &= ~(1 << key.rawValue)
                }
            }
        }
    }

    /// The keys anxin writes, in its order: most keys are read by comparing bytes (see `KeyPredictor`).
    private let predictor: KeyPredictor?

    /// Room for one value per key, reused line after line (see `Fields`).
    private let fieldValues = UnsafeMutablePointer<Field>.allocate(capacity: Key.allCases.count)

    deinit {
        fieldValues.deallocate()
    }

    public func decode(_ line: UnsafeBufferPointer<UInt8>) -> (Event?, [LineProblem]) {
        var problems: [LineProblem] = []
        let event = decode(line, problems: &problems)
        return (event, problems)
    }

    /// The same, adding the line's problems to `problems`.
    public func decode(_ line: UnsafeBufferPointer<UInt8>, problems: inout [LineProblem]) -> Event? {
        withUnsafeTemporaryAllocation(of: Event.self, capacity: 1) { place in
            decode(line, problems: &problems, into: place.baseAddress!) ? place.baseAddress!.move() : nil
        }
    }

    /// The same, writing the event straight into `place` (uninitialized memory: initialized when this returns
    /// true). The journal's hot path: an event is about 200 bytes, and handing it back through an optional,
    /// a line struct and a buffer copied it four times on the way.
    func decode(_ line: UnsafeBufferPointer<UInt8>, problems: inout [LineProblem], into place: UnsafeMutablePointer<Event>) -> Bool {
        let first = problems.count
        var fields = Fields(values: fieldValues)
        do {
            var scanner = JSONScanner(line)
            try scanner.beginObject()
            var previous = KeyPredictor.start
            while true {
                // The key anxin writes next, read by comparing bytes (a string value right after it too);
                // anything else goes the generic way below.
                if let key = predictor?.key(in: &scanner, after: previous) {
                    previous = key.rawValue
                    try readValue(of: key, at: scanner.offset, from: &scanner, into: &fields, &problems)
                    continue
                }
                guard let rawKey = try scanner.nextRawKey() else { break }
                let offset = scanner.offset
                if rawKey.equals("experts") {
                    guard case let .array(items) = try scanner.readValue() else {
                        problems.append(error(offset, Catalog.fieldNotStrings("experts")))
                        continue
                    }
                    for item in items {
                        guard case let .string(name) = item else {
                            problems.append(error(offset, Catalog.fieldNotStrings("experts")))
                            break
                        }
                        fields.experts.append(name)
                    }
                    continue
                }
                guard let key = Key.match(rawKey) else {
                    fields.unknown.append((rawKey.string, offset))
                    try scanner.skipValue()
                    continue
                }
                previous = key.rawValue
                try readValue(of: key, at: offset, from: &scanner, into: &fields, &problems)
            }
            try scanner.end()
        } catch {
            problems.append(LineProblem(severity: .error, offset: error.offset, message: Catalog.jsonSyntax(error.kind.problemKind)))
            return false
        }
        for unknown in fields.unknown {
            problems.append(LineProblem(severity: .warning, offset: unknown.offset, message: Catalog.unknownField(unknown.key)))
        }
        guard build(fields, &problems, into: place) else { return false }
        if problems[first...].contains(where: { $0.severity == .error }) {
            place.deinitialize(count: 1)
            return false
        }
        return true
    }

    /// Reads a known member's value: a string is kept, null is as if absent, anything else is a problem.
    @inline(__always)
    private func readValue(of key: Key, at offset: Int, from scanner: inout JSONScanner, into fields: inout Fields,
                           _ problems: inout [LineProblem]) throws(JSONSyntaxError) {
        // A string right after the colon (as anxin writes every value): read without looking further.
        if offset < scanner.count, scanner.bytes[offset] == JSONByte.quote {
            fields[key] = Field(raw: try scanner.scanRawString(), offset: offset)
            return
        }
        if scanner.peekKind() == .null {
            try scanner.skipValue()
            return
        }
        guard scanner.peekKind() == .string else {
            // Skip first: a value that is not even JSON is a syntax error, reported once, as such.
            try scanner.skipValue()
            problems.append(error(offset, Catalog.fieldNotString("\(key)")))
            return
        }
        fields[key] = Field(raw: try scanner.readRawString(), offset: offset)
    }

    /// The event types (read through `types`: a `switch` over strings costs a lookup table each time).
    private enum LineType: String {
        case listed, edited, removed, ticked, cleared, step, marked, unmarked, noted, carried, resolved
    }

    private func error(_ offset: Int, _ message: Message) -> LineProblem {
        LineProblem(severity: .error, offset: offset, message: message)
    }

    // MARK: - Building the event

    /// Builds the event into `place` (true: initialized), reporting what is wrong with the fields.
    private func build(_ f: Fields, _ problems: inout [LineProblem], into place: UnsafeMutablePointer<Event>) -> Bool {
        func required(_ field: Field?, _ key: String) -> Field? {
            guard let field, !field.raw.bytes.isEmpty else {
                problems.append(error(0, Catalog.fieldMissing(key)))
                return nil
            }
            return field
        }
        func token<T: Term>(_ field: Field?, _ key: String, _ type: T.Type) -> T? {
            guard let field else { return nil }
            guard let value = T(rawValue: field.text) else {
                problems.append(error(field.offset, Catalog.unknownToken(field.text, field: key,
                                                                         expected: T.allCases.map(\.rawValue))))
                return nil
            }
            return value
        }
        func day(_ field: Field?, _ key: String) -> Day? {
            guard let field else { return nil }
            guard let value = field.raw.escaped ? Day(field.text) : Day(utf8: field.raw.bytes) else {
                problems.append(error(field.offset, Catalog.invalidDate(field.text, field: key)))
                return nil
            }
            return value
        }

        let idField = required(f[.id], "id"), atField = required(f[.at], "at")
        let replicaField = required(f[.replica], "replica"), actorField = required(f[.actor], "actor")
        let officeField = required(f[.office], "office"), enterpriseField = required(f[.enterprise], "enterprise")
        let typeField = required(f[.type], "type")

        let id = idField.flatMap { field -> EventID? in
            guard let id = field.raw.escaped ? EventID(field.text) : EventID(utf8: field.raw.bytes) else {
                problems.append(error(field.offset, Catalog.invalidEventID(field.text)))
                return nil
            }
            return id
        }
        let at = atField.flatMap { field -> Instant? in
            guard let at = field.raw.escaped ? Instant(field.text) : Instant(utf8: field.raw.bytes) else {
                problems.append(error(field.offset, Catalog.invalidInstant(field.text)))
                return nil
            }
            return at
        }
        if let replicaField, replicaField.raw.escaped || replicaField.raw.bytes.count != replicaBytes.count
            || (!replicaBytes.isEmpty && memcmp(replicaField.raw.bytes.baseAddress!, replicaBytes, replicaBytes.count) != 0) {
            problems.append(error(replicaField.offset, Catalog.wrongReplica(replicaField.text, file: replica)))
        }
        let code = enterpriseField.flatMap { field -> CreditCode? in
            switch Result(catching: { () throws(CreditCodeError) -> CreditCode in
                field.raw.escaped ? try CreditCode(validating: field.text) : try CreditCode(validatingBytes: field.raw.bytes)
            }) {
            case let .success(code): return code
            case let .failure(failure):
                problems.append(self.error(field.offset, failure.message))
                return nil
            }
        }
        var seen: EventID?
        if let field = f[.seen] {
            seen = field.raw.escaped ? EventID(field.text) : EventID(utf8: field.raw.bytes)
            if seen == nil { problems.append(error(field.offset, Catalog.invalidEventID(field.text))) }
        }
        guard let typeField else { return false }
        var payload: EventPayload?
        let type = typeField.raw.escaped ? LineType(rawValue: typeField.text)
            : types.value(typeField.raw.bytes) { LineType(rawValue: String(decoding: $0, as: UTF8.self)) }
        switch type {
        case .listed:
            let tier = token(required(f[.tier], "tier"), "tier", Tier.self)
            let level = token(required(f[.supervision], "supervision"), "supervision", SupervisionLevel.self)
            let name = required(f[.name], "name"), jurisdiction = required(f[.jurisdiction], "jurisdiction")
            let industry = required(f[.industry], "industry"), department = required(f[.department], "department")
            let person = required(f[.person], "person")
            if let code, let tier, let level, let name, let jurisdiction, let industry, let department, let person {
                payload = .listed(EnterpriseProfile(code: code, name: name.text, jurisdiction: rosterText(jurisdiction),
                                                    industry: rosterText(industry), tier: tier, level: level,
                                                    department: rosterText(department), person: person.text,
                                                    phone: f[.phone]?.text, address: f[.address]?.text))
            } else { payload = nil }
        case .edited:
            let change = ProfileChange(name: f[.name]?.text, jurisdiction: f[.jurisdiction]?.text, industry: f[.industry]?.text,
                                       tier: token(f[.tier], "tier", Tier.self),
                                       level: token(f[.supervision], "supervision", SupervisionLevel.self),
                                       department: f[.department]?.text, person: f[.person]?.text,
                                       phone: f[.phone]?.text, address: f[.address]?.text)
            payload = .edited(change)
        case .removed:
            payload = required(f[.reason], "reason").map { .removed(reason: $0.text) }
        case .ticked, .cleared:
            let criterion = required(f[.criterion], "criterion").flatMap { checkCriterion($0, &problems) }
            let level = f[.level].flatMap { remembered($0, in: &levels) } ?? token(f[.level], "level", CheckLevel.self)
            if type == .ticked {
                var verdict: Verdict?
                if let field = required(f[.verdict], "verdict") {
                    verdict = remembered(field, in: &verdicts)
                    if verdict == nil || verdict == .unchecked {
                        verdict = nil
                        problems.append(error(field.offset, Catalog.unknownToken(field.text, field: "verdict", expected: ["met", "unmet", "na"])))
                    }
                }
                if let criterion, let verdict {
                    payload = .ticked(Tick(criterion: criterion, level: level, verdict: verdict, note: f[.note]?.text))
                } else { payload = nil }
            } else {
                payload = criterion.map { .cleared(criterion: $0, level: level) }
            }
        case .step:
            let actionField = required(f[.action], "action")
            let action = actionField.flatMap { remembered($0, in: &actions) } ?? token(actionField, "action", StepAction.self)
            let date = day(required(f[.date], "date"), "date")
            let deadline = day(f[.deadline], "deadline")
            if let action, let date {
                payload = .step(StepDetails(action: action, date: date, reference: f[.ref]?.text, experts: f.experts,
                                            deadline: deadline, note: f[.note]?.text))
            } else { payload = nil }
        case .marked:
            let mark = token(required(f[.mark], "mark"), "mark", Mark.self)
            let date = day(required(f[.date], "date"), "date")
            let reason = required(f[.reason], "reason")
            var blacklistCause: BlacklistCause?, revocationCause: RevocationCause?
            if let cause = f[.cause] {
                if mark == .revoked { revocationCause = token(cause, "cause", RevocationCause.self) }
                else { blacklistCause = token(cause, "cause", BlacklistCause.self) }
            }
            let grade = token(f[.grade], "grade", AccidentGrade.self)
            if let mark, let date, let reason {
                payload = .marked(MarkDetails(mark: mark, reason: reason.text, blacklistCause: blacklistCause,
                                              revocationCause: revocationCause, accidentGrade: grade, date: date))
            } else { payload = nil }
        case .unmarked:
            let mark = token(required(f[.mark], "mark"), "mark", Mark.self)
            let date = day(required(f[.date], "date"), "date")
            let reason = required(f[.reason], "reason")
            if let mark, let date, let reason { payload = .unmarked(mark: mark, reason: reason.text, date: date) } else { payload = nil }
        case .noted:
            payload = required(f[.text], "text").map { .noted(text: $0.text) }
        case .carried:
            if let field = required(f[.year], "year") {
                if let year = Int(field.text), (2000...2999).contains(year), field.text.count == 4 {
                    payload = .carried(year: year)
                } else {
                    problems.append(error(field.offset, Catalog.badCampaignYear(field.text)))
                    payload = nil
                }
            } else { payload = nil }
        case .resolved:
            var subject: Subject?
            if let field = required(f[.subject], "subject") {
                subject = Subject(journalText: field.text)
                if subject == nil {
                    problems.append(error(field.offset, Catalog.unknownSubject(field.text)))
                } else if let criterion = subject?.criterion, let catalog, catalog[criterion] == nil {
                    problems.append(error(field.offset, Catalog.unknownCriterion(criterion.value, known: catalog.criteria.map(\.id.value))))
                    subject = nil
                }
            }
            var other: EventID?
            if let field = required(f[.other], "other") {
                other = EventID(field.text)
                if other == nil { problems.append(error(field.offset, Catalog.invalidEventID(field.text))) }
            }
            if let subject, let other { payload = .resolved(subject: subject, other: other) } else { payload = nil }
        case nil:
            problems.append(error(typeField.offset, Catalog.unknownToken(typeField.text, field: "type", expected: EventPayload.typeTokens)))
            payload = nil
        }
        // The payload moved out, not copied (a copy retains each of its texts, then the original releases them).
        guard let id, let at, let actor = actorField, let office = officeField, let code, replicaField != nil,
              let payload = payload.take() else { return false }
        place.initialize(to: Event(id: id, at: at, replica: replica, actor: shared(actor), office: shared(office),
                                   enterprise: code, seen: seen, payload: payload))
        return true
    }

    /// A field's text, shared with the lines before that said the same.
    private func shared(_ field: Field) -> String {
        field.raw.escaped ? field.text : texts.text(field.raw.bytes)
    }

    /// A token read through a memo (nil when the bytes are no token of `T`: the caller reports that).
    private func remembered<T: Term>(_ field: Field, in memo: inout BytesMemo<T>) -> T? {
        field.raw.escaped ? T(rawValue: field.text) : memo.value(field.raw.bytes) { T(rawValue: String(decoding: $0, as: UTF8.self)) }
    }

    private func rosterText(_ field: Field) -> String {
        field.raw.escaped ? field.text : rosterTexts.text(field.raw.bytes)
    }

    private func checkCriterion(_ field: Field, _ problems: inout [LineProblem]) -> CriterionID? {
        // (The catalog is read only when the memo does not know the bytes: copying it out costs retains.)
        if !field.raw.escaped, let known = criteria.value(field.raw.bytes, orMake: { bytes in
            let id = CriterionID(String(decoding: bytes, as: UTF8.self))
            return self.catalog.map { $0[id] != nil } ?? true ? id : nil
        }) {
            return known
        }
        let id = CriterionID(field.text)
        if let catalog, catalog[id] == nil {
            problems.append(error(field.offset, Catalog.unknownCriterion(field.text, known: catalog.criteria.map(\.id.value))))
            return nil
        }
        return id
    }
}
