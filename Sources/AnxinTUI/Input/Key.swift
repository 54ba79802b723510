/// A key press or mouse event, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)          // Ctrl-A … Ctrl-Z, lowercase letter
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    case mouse(MouseEvent)
    case resize

    /// How the help overlay and the hint bar write the key.
    public var label: String {
        switch self {
        case let .character(character): character == " " ? "Space" : String(character)
        case let .control(letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case let .function(number): "F\(number)"
        case .mouse: "Mouse"
        case .resize: "Resize"
        }
    }
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public let kind: Kind
    public let x: Int
    public let y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
