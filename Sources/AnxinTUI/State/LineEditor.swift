/// A one-line text editor that moves and deletes by grapheme (a Chinese character, an emoji with its
/// modifiers, a letter with its accents are each one step).
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Cursor position, 0…characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Inserts text and segments again: the terminal sends one key per scalar, so a combining mark, a skin
    /// tone or a flag's second half joins the character before it.
    public mutating func insert(_ text: String) {
        let before = String(characters[..<cursor]) + String(text.filter { !$0.isNewline })
        let joined = Array(before + String(characters[cursor...]))
        cursor = min(joined.count, Array(before).count)
        characters = joined
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(character): insert(String(character))
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("u"): clear()
        default: return false
        }
        return true
    }
}
