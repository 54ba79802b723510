import AnxinCore

/// A failure the command line reports: the message says why and what to do.
/// Exit 1: refused by a rule or invalid data; exit 2: a usage error.
public struct CLIFailure: Error {
    public let message: Message
    public let exitCode: Int32

    public init(_ message: Message, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    public static func usage(_ message: Message) -> CLIFailure { CLIFailure(message, exitCode: 2) }
}
