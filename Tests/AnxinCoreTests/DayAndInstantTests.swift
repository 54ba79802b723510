import Testing
import AnxinCore
import AnxinTestSupport

@Suite("Day: calendar dates")
struct DayTests {
    @Test("29 February parses in a leap year and prints back the same")
    func leapDay() throws {
        let day = try #require(Day("2024-02-29"))
        #expect(day.year == 2024 && day.month == 2 && day.day == 29)
        #expect(day.description == "2024-02-29")
        #expect(Day("2000-02-29") != nil)
    }

    @Test("impossible dates are rejected", arguments: ["2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
                                                        "2024-04-31", "2024-01-00", "1900-02-29"])
    func impossible(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("only YYYY-MM-DD is accepted", arguments: ["2024-4-15", "2024/04/15", "20240415", "2024-04-15 ", " 2024-04-15",
                                                    "2024-04-1a", "", "2024-04-150"])
    func strictFormat(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("year, month and day round-trip through the day count across centuries")
    func civilRoundTrip() {
        for year in [1970, 1999, 2000, 2023, 2024, 2100, 2400] {
            for month in 1...12 {
                for day in [1, 15, Day.daysIn(month: month, year: year)] {
                    let value = Day(year: year, month: month, day: day)!
                    #expect(Day(daysSinceEpoch: value.daysSinceEpoch) == value)
                    #expect(value.year == year && value.month == month && value.day == day)
                    #expect(Day(value.description) == value)
                }
            }
        }
        #expect(Day("1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day("2024-01-01")!.daysSinceEpoch == 19_723)
    }

    @Test("adding days crosses months, leap days and years")
    func addingDays() {
        #expect(d("02-28").adding(days: 1) == d("02-29"))
        #expect(d("02-29").adding(days: 1) == d("03-01"))
        #expect(d("12-31").adding(days: 1) == d("2025-01-01"))
        #expect(d("03-01").adding(days: -1) == d("02-29"))
        #expect(d("2023-03-01").adding(days: -1) == d("2023-02-28"))
        #expect(d("01-01").days(until: d("12-31")) == 365)
        #expect(d("12-31").days(until: d("01-01")) == -365)
    }

    @Test("adding months keeps the day, clamped to the month's end")
    func addingMonths() {
        #expect(d("01-31").adding(months: 1) == d("02-29"))
        #expect(d("2023-01-31").adding(months: 1) == d("2023-02-28"))
        #expect(d("03-31").adding(months: -1) == d("02-29"))
        #expect(d("05-31").adding(months: 1) == d("06-30"))
        #expect(d("06-01").adding(months: 12) == d("2025-06-01"))
        #expect(d("11-15").adding(months: 3) == d("2025-02-15"))
        #expect(d("01-15").adding(months: -3) == d("2023-10-15"))
    }

    @Test("adding years turns 29 February into 28 February in a common year")
    func addingYears() {
        #expect(d("02-29").adding(years: 1) == d("2025-02-28"))
        #expect(d("02-29").adding(years: 3) == d("2027-02-28"))
        #expect(d("02-29").adding(years: 4) == d("2028-02-29"))
        #expect(d("06-01").adding(years: 3) == d("2027-06-01"))
    }

    @Test("days order by date")
    func ordering() {
        #expect(d("04-15") < d("04-16"))
        #expect(d("12-31") < d("2025-01-01"))
        #expect([d("07-31"), d("03-31"), d("04-15")].sorted() == [d("03-31"), d("04-15"), d("07-31")])
    }
}

@Suite("Instant: moments with their UTC offset")
struct InstantTests {
    @Test("RFC 3339 round-trips with its offset", arguments: [
        "2024-05-12T10:31:07+08:00", "2024-05-12T02:31:07Z", "2024-01-01T00:15:00-05:30",
        "2024-05-12T10:31:07.250+08:00", "2024-02-29T23:59:59.001Z", "1969-12-31T23:59:59-05:30",
    ])
    func roundTrip(text: String) throws {
        let instant = try #require(Instant(text))
        #expect(instant.description == text)
        #expect(Instant(instant.description) == instant)
    }

    @Test("the same moment written in +08:00 and in Z orders as equal but keeps its offset")
    func offsets() throws {
        let beijing = try #require(Instant("2024-05-12T10:31:07+08:00"))
        let utc = try #require(Instant("2024-05-12T02:31:07Z"))
        let west = try #require(Instant("2024-05-11T21:01:07-05:30"))
        #expect(beijing.millisecondsSinceEpoch == utc.millisecondsSinceEpoch)
        #expect(west.millisecondsSinceEpoch == utc.millisecondsSinceEpoch)
        #expect(!(beijing < utc) && !(utc < beijing))
        #expect(beijing.offsetMinutes == 480)
        #expect(utc.offsetMinutes == 0)
        #expect(west.offsetMinutes == -330)
        #expect(beijing != utc, "equal instants keep the offset they were recorded in")
    }

    @Test("milliseconds: fewer than three digits scale, more are cut, none is not allowed")
    func milliseconds() throws {
        #expect(Instant("2024-05-12T10:31:07.5+08:00")?.description == "2024-05-12T10:31:07.500+08:00")
        #expect(Instant("2024-05-12T10:31:07.123456Z")?.description == "2024-05-12T10:31:07.123Z")
        #expect(Instant("2024-05-12T10:31:07.+08:00") == nil)
        let a = try #require(Instant("2024-05-12T10:31:07.001Z"))
        let b = try #require(Instant("2024-05-12T10:31:07Z"))
        #expect(a.millisecondsSinceEpoch - b.millisecondsSinceEpoch == 1)
        #expect(b < a)
    }

    @Test("an instant without an offset, or with an impossible time, is rejected", arguments: [
        "2024-05-12T10:31:07", "2024-05-12T24:00:00+08:00", "2024-05-12T10:60:00Z", "2024-02-30T10:00:00Z",
        "2024-05-12T10:31:07+8:00", "2024-05-12T10:31:07+08:00x", "2024-05-12T10:31:07Zx", "2024-05-12",
    ])
    func rejected(text: String) {
        #expect(Instant(text) == nil)
    }

    @Test("a step dated by hand is placed at noon China time")
    func noon() {
        let instant = Instant(day: d("05-12"))
        #expect(instant.description == "2024-05-12T12:00:00+08:00")
        #expect(instant.localDay == d("05-12"))
    }

    @Test("the local day in +08:00 changes at local midnight, not at UTC midnight")
    func localDayAcrossMidnight() throws {
        // 00:30 in Beijing is still the previous day in UTC.
        let justAfter = try #require(Instant("2024-05-13T00:30:00+08:00"))
        #expect(justAfter.localDay == d("05-13"))
        #expect(Instant(millisecondsSinceEpoch: justAfter.millisecondsSinceEpoch, offsetMinutes: 0).localDay == d("05-12"))
        let justBefore = try #require(Instant("2024-05-12T23:59:59.999+08:00"))
        #expect(justBefore.localDay == d("05-12"))
        #expect(justAfter.millisecondsSinceEpoch - justBefore.millisecondsSinceEpoch == 30 * 60_000 + 1)
        // West of Greenwich, before the epoch.
        #expect(Instant("1969-12-31T23:59:59-05:30")?.localDay == d("1969-12-31"))
        #expect(Instant("1970-01-01T00:00:00-05:30")?.localDay == d("1970-01-01"))
    }
}

@Suite("EventID: ULIDs")
struct EventIDTests {
    @Test("an id prints as 26 Crockford characters and parses back to itself")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let millis = Int64.random(in: 0...((1 << 48) - 1), using: &generator)
            let id = EventID.make(millisecondsSinceEpoch: millis, random: (generator.next(), UInt16.random(in: 0...UInt16.max, using: &generator)))
            let text = id.description
            #expect(text.count == 26)
            #expect(EventID(text) == id)
            #expect(EventID(text.lowercased()) == id)
            #expect(id.milliseconds == millis)
        }
    }

    @Test("property: every 128-bit id round-trips, and a text with one character changed parses exactly when it is still 26 base-32 characters with the first at most 7")
    func anyBitsAndMutations() {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
        /// The specification, character by character: the value of each (either case), or nil.
        func reference(_ bytes: [UInt8]) -> (UInt64, UInt64)? {
            guard bytes.count == 26 else { return nil }
            var high: UInt64 = 0, low: UInt64 = 0
            for (index, byte) in bytes.enumerated() {
                let upper = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                guard let value = alphabet.firstIndex(of: upper), index > 0 || value <= 7 else { return nil }
                high = high << 5 | low >> 59
                low = low << 5 | UInt64(value)
            }
            return (high, low)
        }
        var generator = SeededGenerator(seed: 0x0100_1D)
        for round in 0..<3_000 {
            let high = round % 5 == 0 ? UInt64.max : generator.next(), low = round % 7 == 0 ? 0 : generator.next()
            let id = EventID(high: high, low: low)
            #expect(EventID(id.description) == id, "round \(round)")
            var bytes = Array(id.description.utf8)
            bytes[Int.random(in: 0..<26, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            let parsed = bytes.withUnsafeBufferPointer { EventID(utf8: $0) }
            #expect(parsed.map { ($0.high, $0.low) } ?? (0, 0) == reference(bytes) ?? (0, 0), "round \(round)")
            #expect((parsed == nil) == (reference(bytes) == nil), "round \(round)")
        }
    }

    @Test("the time of a ULID is read from its first ten characters")
    func knownULID() throws {
        // The example of the ULID specification; its time decoded here, 5 bits per Crockford character.
        let text = "01ARZ3NDEKTSV4RRFFQ69G5FAV"
        let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        let millis = text.prefix(10).reduce(Int64(0)) { $0 * 32 + Int64(crockford.firstIndex(of: $1)!) }
        #expect(millis == 1_469_922_850_259)
        let id = try #require(EventID(text))
        #expect(id.milliseconds == millis)
        #expect(id.description == text)
    }

    @Test("ids order by the time they were made, whatever their random part")
    func ordering() {
        let earlier = EventID.make(millisecondsSinceEpoch: 1_715_480_000_000, random: (.max, .max))
        let later = EventID.make(millisecondsSinceEpoch: 1_715_480_000_001, random: (0, 0))
        #expect(earlier < later)
        #expect(earlier.description < later.description, "the text sorts the same way as the id")
        let sameTimeA = EventID.make(millisecondsSinceEpoch: 5, random: (1, 0))
        let sameTimeB = EventID.make(millisecondsSinceEpoch: 5, random: (2, 0))
        #expect(sameTimeA < sameTimeB && sameTimeA != sameTimeB)
    }

    @Test("text that is not a ULID is rejected", arguments: [
        "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FAVX", "81ARZ3NDEKTSV4RRFFQ69G5FAV",
        "01ARZ3NDEKTSV4RRFFQ69G5FAU", "01ARZ3NDEKTSV4RRFFQ69G5FAI", "01ARZ3NDEKTSV4RRFFQ69G5FA-", "",
    ])
    func rejected(text: String) {
        #expect(EventID(text) == nil)
    }
}
