import AnxinCore

/// A template that cannot be used: missing, unreadable, not UTF-8, not valid Mustache, or naming a variable or
/// partial that does not exist. The message names the file (with line and column where known) and what to do.
public struct TemplateError: Error, Sendable {
    public let message: Message
}

extension TemplateError {
    static func missing(_ path: String) -> TemplateError {
        TemplateError(message: Catalog.templateMissing(path))
    }

    static func unreadable(_ path: String) -> TemplateError {
        TemplateError(message: Catalog.templateUnreadable(path))
    }

    static func notUTF8(_ path: String) -> TemplateError {
        TemplateError(message: Catalog.templateNotUTF8(path))
    }

    static func syntax(_ path: String, line: Int, column: Int, source: String, problem: Message) -> TemplateError {
        TemplateError(message: Catalog.templateSyntax(path, line: line, column: column, source: source, problem: problem))
    }

    static func unknownName(_ path: String, line: Int, column: Int, name: String, known: [String]) -> TemplateError {
        TemplateError(message: Catalog.templateUnknownVariable(path, line: line, column: column, name: name, known: known))
    }

    static func unknownPartial(_ path: String, line: Int, column: Int, name: String) -> TemplateError {
        TemplateError(message: Catalog.templateUnknownPartial(path, line: line, column: column, name: name))
    }
}
