/// The languages of the user interface. Chinese is the default; English is the second catalog.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// One user-facing text in both languages. Every string a user reads comes from the catalog
/// (`Catalog` and its extensions), never from a literal scattered in the code.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    public var description: String { zh }

    /// Joins messages with a separator suited to each language.
    public static func joined(_ parts: [Message], zh: String = "；", en: String = "; ") -> Message {
        Message(zh: parts.map(\.zh).joined(separator: zh), en: parts.map(\.en).joined(separator: en))
    }
}

/// The string catalog: every user-facing text lives in an extension of this namespace,
/// grouped by area in the files beside this one.
public enum Catalog {}
