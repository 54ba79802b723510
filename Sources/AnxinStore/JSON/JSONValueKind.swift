/// The kind of the next JSON value, decided by its first byte alone (see `JSONScanner.peekKind()`).
///
/// Lets a reader branch (for example "string or object?") without parsing the value twice.
public enum JSONValueKind: Equatable, Sendable {
    case object, array, string, number, bool, null
}
