/// Why an action is refused, in words a user understands (both languages from the catalog).
public struct Refusal: Error, Equatable, Sendable {
    public let message: Message
    public init(_ message: Message) { self.message = message }
}
