/// What a cell means, not how it looks: the terminal adapter turns roles into colours (or into bold and
/// reverse video on monochrome terminals and under NO_COLOR).
public enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal, header, accent, muted, met, unmet, notApplicable, unchecked, overdue, mark, warning, error, border, title

    /// One letter per role for the style layer of screen snapshots.
    public var letter: Character {
        switch self {
        case .normal: "."
        case .header: "h"
        case .accent: "a"
        case .muted: "m"
        case .met: "g"
        case .unmet: "r"
        case .notApplicable: "n"
        case .unchecked: "u"
        case .overdue: "o"
        case .mark: "k"
        case .warning: "w"
        case .error: "e"
        case .border: "b"
        case .title: "t"
        }
    }
}

/// The look of a cell.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()

    public func with(bold: Bool? = nil, reverse: Bool? = nil) -> Style {
        var copy = self
        if let bold { copy.bold = bold }
        if let reverse { copy.reverse = reverse }
        return copy
    }

    /// The snapshot letter: the role's letter, upper-cased when reversed (selection).
    public var letter: Character {
        let base = role.letter
        if reverse { return base == "." ? "#" : Character(base.uppercased()) }
        if bold { return base == "." ? "*" : base }
        return base
    }
}
