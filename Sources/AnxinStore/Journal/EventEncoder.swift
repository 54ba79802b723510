import AnxinCore

/// Writes an event as one JSON line with its keys in a fixed, documented order (docs/data-format.md),
/// Chinese written as itself. `EventDecoder` reads it back: `decode(encode(e)) == e`.
public enum EventEncoder {
    public static func line(_ event: Event) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(320)
        out.append(UInt8(ascii: "{"))
        var first = true
        func key(_ name: StaticString) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }
        func string(_ name: StaticString, _ value: String) {
            key(name)
            JSONWriter.appendString(value, to: &out)
        }
        func optional(_ name: StaticString, _ value: String?) {
            if let value { string(name, value) }
        }

        string("id", event.id.description)
        string("at", event.at.description)
        string("replica", event.replica)
        string("actor", event.actor)
        string("office", event.office)
        string("enterprise", event.enterprise.value)
        string("type", event.payload.typeToken)
        optional("seen", event.seen?.description)

        switch event.payload {
        case let .listed(profile):
            string("name", profile.name)
            string("jurisdiction", profile.jurisdiction)
            string("industry", profile.industry)
            string("tier", profile.tier.rawValue)
            string("supervision", profile.level.rawValue)
            string("department", profile.department)
            string("person", profile.person)
            optional("phone", profile.phone)
            optional("address", profile.address)
        case let .edited(change):
            optional("name", change.name)
            optional("jurisdiction", change.jurisdiction)
            optional("industry", change.industry)
            optional("tier", change.tier?.rawValue)
            optional("supervision", change.level?.rawValue)
            optional("department", change.department)
            optional("person", change.person)
            optional("phone", change.phone)
            optional("address", change.address)
        case let .removed(reason):
            string("reason", reason)
        case let .ticked(tick):
            string("criterion", tick.criterion.value)
            optional("level", tick.level?.rawValue)
            string("verdict", tick.verdict.rawValue)
            optional("note", tick.note)
        case let .cleared(criterion, level):
            string("criterion", criterion.value)
            optional("level", level?.rawValue)
        case let .step(details):
            string("action", details.action.rawValue)
            string("date", details.date.description)
            optional("ref", details.reference)
            if !details.experts.isEmpty {
                key("experts")
                out.append(UInt8(ascii: "["))
                for (index, expert) in details.experts.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONWriter.appendString(expert, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            optional("deadline", details.deadline?.description)
            optional("note", details.note)
        case let .marked(details):
            string("mark", details.mark.rawValue)
            string("date", details.date.description)
            string("reason", details.reason)
            optional("cause", details.blacklistCause?.rawValue ?? details.revocationCause?.rawValue)
            optional("grade", details.accidentGrade?.rawValue)
        case let .unmarked(mark, reason, date):
            string("mark", mark.rawValue)
            string("date", date.description)
            string("reason", reason)
        case let .noted(text):
            string("text", text)
        case let .carried(year):
            string("year", String(year))
        case let .resolved(subject, other):
            string("subject", subject.description)
            string("other", other.description)
        }
        out.append(UInt8(ascii: "}"))
        out.append(UInt8(ascii: "\n"))
        return out
    }
}
