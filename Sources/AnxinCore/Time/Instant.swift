/// A moment in time with the UTC offset it was recorded in, e.g. `2024-05-12T10:31:07+08:00`.
/// Ordering compares the moment only (milliseconds since the Unix epoch), not the offset.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let millisecondsSinceEpoch: Int64
    /// Minutes east of UTC (+480 for China Standard Time).
    public var offsetMinutes: Int { Int(offset) }
    private let offset: Int16

    public init(millisecondsSinceEpoch: Int64, offsetMinutes: Int) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
        self.offset = Int16(clamping: offsetMinutes)
    }

    /// Noon of a day in the given offset: what a step dated by hand is placed at.
    public init(day: Day, hour: Int = 12, minute: Int = 0, second: Int = 0, offsetMinutes: Int = 480) {
        let localSeconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(millisecondsSinceEpoch: (localSeconds - Int64(offsetMinutes * 60)) * 1000,
                  offsetMinutes: offsetMinutes)
    }

    /// The calendar date at the place the instant was recorded.
    public var localDay: Day {
        let localMillis = millisecondsSinceEpoch + Int64(offsetMinutes) * 60_000
        let days = localMillis >= 0 ? localMillis / 86_400_000 : (localMillis - 86_399_999) / 86_400_000
        return Day(daysSinceEpoch: Int(days))
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    public static func == (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSinceEpoch == rhs.millisecondsSinceEpoch && lhs.offsetMinutes == rhs.offsetMinutes
    }

    /// RFC 3339 with the recorded offset; milliseconds only when not zero.
    public var description: String {
        let localMillis = millisecondsSinceEpoch + Int64(offsetMinutes) * 60_000
        var days = localMillis / 86_400_000
        var rest = localMillis % 86_400_000
        if rest < 0 { rest += 86_400_000; days -= 1 }
        let day = Day(daysSinceEpoch: Int(days))
        let seconds = Int(rest / 1000), millis = Int(rest % 1000)
        var text = "\(day)T\(Day.pad(seconds / 3600, 2)):\(Day.pad(seconds / 60 % 60, 2)):\(Day.pad(seconds % 60, 2))"
        if millis != 0 { text += "." + Day.pad(millis, 3) }
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let sign = offsetMinutes < 0 ? "-" : "+"
            let magnitude = abs(offsetMinutes)
            text += "\(sign)\(Day.pad(magnitude / 60, 2)):\(Day.pad(magnitude % 60, 2))"
        }
        return text
    }

    /// Parses RFC 3339 (`YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`). An offset is required:
    /// an instant without one is ambiguous between laptops.
    public init?(_ text: some StringProtocol) {
        var copy = String(text)
        guard let instant = copy.withUTF8({ Instant(utf8: $0) }) else { return nil }
        self = instant
    }

    /// The same, from bytes (the journal's hot path).
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        guard b.count >= 20, b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A,
              let day = Day(utf8: UnsafeBufferPointer(rebasing: b[0..<10])),
              let hh = Day.number(b, 11, 13), let mm = Day.number(b, 14, 16), let ss = Day.number(b, 17, 19),
              hh < 24, mm < 60, ss < 61
        else { return nil }
        var index = 19
        var millis = 0
        if b[index] == 0x2E {
            index += 1
            var digits = 0
            while index < b.count, b[index] >= 0x30, b[index] <= 0x39 {
                if digits < 3 { millis = millis * 10 + Int(b[index] - 0x30) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in 0..<max(0, 3 - digits) { millis *= 10 }
        }
        guard index < b.count else { return nil }
        var offset = 0
        if (b[index] == 0x5A || b[index] == 0x7A) && index == b.count - 1 {
            offset = 0
        } else if (b[index] == 0x2B || b[index] == 0x2D), b.count == index + 6, b[index + 3] == 0x3A,
                  let oh = Day.number(b, index + 1, index + 3), let om = Day.number(b, index + 4, index + 6),
                  oh < 24, om < 60 {
            offset = (oh * 60 + om) * (b[index] == 0x2D ? -1 : 1)
        } else {
            return nil
        }
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(hh * 3600 + mm * 60 + min(ss, 59))
        self.init(millisecondsSinceEpoch: (local - Int64(offset * 60)) * 1000 + Int64(millis), offsetMinutes: offset)
    }
}
