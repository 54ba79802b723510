import AnxinCore

/// A small form in a dialog: the confirmation of a lifecycle step or of a mark, asking for what it needs.
public struct Form: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case step(CreditCode)
        case mark(CreditCode, Mark, removing: Bool)
    }

    public enum FieldID: String, Sendable, Equatable {
        case action, date, reference, experts, deadline, note, reason, cause, grade
    }

    public enum Value: Sendable, Equatable {
        case text(LineEditor)
        /// A choice among tokens; ←/→ cycle it.
        case choice(tokens: [String], labels: [Message], index: Int)
    }

    public struct Field: Sendable, Equatable {
        public let id: FieldID
        public let label: Message
        public var value: Value

        public var text: String {
            switch value {
            case let .text(editor): editor.text
            case let .choice(tokens, _, index): tokens.indices.contains(index) ? tokens[index] : ""
            }
        }
    }

    public var purpose: Purpose
    public var fields: [Field]
    public var focus: Int = 0

    public var code: CreditCode {
        switch purpose {
        case let .step(code), let .mark(code, _, _): code
        }
    }

    public func value(_ id: FieldID) -> String? {
        fields.first { $0.id == id }.map(\.text)
    }

    public mutating func set(_ id: FieldID, _ value: Value) {
        if let index = fields.firstIndex(where: { $0.id == id }) { fields[index].value = value }
    }
}

/// A menu overlay: filters, sort, marks.
public struct Menu: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case filterDimensions
        case filterValues(FilterDimension)
        case sort
        case marks
        /// The next campaign year: its tier proposals to confirm, and starting it (city office).
        case nextYear
        /// Are you sure? Starting this year rewrites the calendar and carries the whole roster over.
        case confirmYear(Int)
        /// The selected enterprise's conflicts, to settle one by keeping what is in force.
        case conflicts
    }

    public var kind: Kind
    public var cursor: Int = 0

    public init(_ kind: Kind, cursor: Int = 0) {
        self.kind = kind
        self.cursor = cursor
    }
}

/// What the filter menu can filter on.
public enum FilterDimension: String, Sendable, CaseIterable, Equatable {
    case jurisdiction, department, industry, tier, stage, level, mark, conflicts, overdue, clear

    public var label: Message {
        switch self {
        case .jurisdiction: Message(zh: "县区", en: "jurisdiction")
        case .department: Message(zh: "责任部门", en: "department")
        case .industry: Message(zh: "行业", en: "industry")
        case .tier: Message(zh: "类别", en: "tier")
        case .stage: Message(zh: "阶段", en: "stage")
        case .level: Message(zh: "监管层级", en: "supervision level")
        case .mark: Message(zh: "标记", en: "marks")
        case .overdue: Message(zh: "只看逾期", en: "overdue only")
        case .conflicts: Catalog.tuiFilterConflicts
        case .clear: Message(zh: "清除全部筛选", en: "clear all filters")
        }
    }
}
