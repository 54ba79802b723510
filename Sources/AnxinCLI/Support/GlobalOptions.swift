import AnxinCore
import ArgumentParser

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("数据目录 · The data directory (default: $ANXIN_DATA, else ./data).", valueName: "DIR"))
    public var data: String?

    @Option(name: .long, help: ArgumentHelp("当作今天的日期 · The day taken as today (default: the store's frozen date, else the system date).", valueName: "YYYY-MM-DD"))
    public var today: String?

    @Option(name: .long, help: ArgumentHelp("界面语言 · Language of messages: zh or en (default: $ANXIN_LANG, else zh).", valueName: "zh|en"))
    public var lang: String?

    @Option(name: .long, help: ArgumentHelp("活动年度 · The campaign year: to read (a finished year is read-only; default: the current one); for init and rollover, the year to create or start.", valueName: "YYYY"))
    public var year: Int?

    public init() {}

    public mutating func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today: \"\(today)\" is not a valid date; write YYYY-MM-DD, e.g. 2024-09-15")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang: \"\(lang)\" is not a language; use zh or en")
        }
    }
}
