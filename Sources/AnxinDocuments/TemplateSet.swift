import AnxinCore
import Foundation
import Mustache

/// The templates a store's documents are rendered with: `<store>/templates/<document>.<format>.mustache`.
/// An administrator may edit them; `anxin init` and `anxin export templates` write the defaults.
///
/// A store without a `templates/` folder (made before documents existed) renders with the built-in defaults
/// and `usesBuiltInDefaults` is true, so the command can say so. Inside an existing folder, a missing, broken or
/// misspelled template is an error naming the file: never an empty document.
public struct TemplateSet: Sendable {
    public let directory: String
    public let usesBuiltInDefaults: Bool

    public init(directory: String) {
        self.directory = directory
        var isDirectory: ObjCBool = false
        usesBuiltInDefaults = !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue
    }

    /// The path shown to the user for a template name (`notice.html`).
    public func path(of name: String) -> String { "\(directory)/\(name).mustache" }

    /// Renders the document `name` (`notice`, `letter-banks`, `record`) in a template format with a context made
    /// of plain dictionaries, arrays, strings, numbers and booleans.
    public func render(_ name: String, format: DocumentFormat, context: [String: Any]) throws(TemplateError) -> String {
        _ = MarkdownContentType.registered
        let main = "\(name).\(format.rawValue)"
        var library = MustacheLibrary()
        var pending = [main], loaded: Set<String> = []
        while let next = pending.popLast() {
            guard loaded.insert(next).inserted else { continue }
            let source = try text(of: next)
            // Syntax first (the library's own parser), then the names it would silently render as nothing.
            // A partial escapes by its own name's format (`note.txt` prints as it is), the main one by the document's.
            let own = next == main ? format : next.split(separator: ".").last.flatMap { DocumentFormat(rawValue: String($0)) }
            let template = try parse(source, name: next, contentType: (own ?? .html).contentType)
            let tags = TemplateLint.tags(in: source)
            try check(tags, in: next)
            library.register(template, named: next)
            pending += tags.filter { $0.kind == .partial }.map(\.name)
        }
        guard let output = library.render(context, withTemplate: main) else { throw .missing(path(of: main)) }
        return output
    }

    /// The text of a template: the file in the folder, else (no folder at all) the built-in default.
    func text(of name: String) throws(TemplateError) -> String {
        if usesBuiltInDefaults {
            guard let text = DefaultTemplates.all[name] else { throw .missing(path(of: name)) }
            return text
        }
        let path = path(of: name)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(bytes: data, encoding: .utf8) else { throw .notUTF8(path) }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Every variable and section must be one the documents provide; every partial must exist.
    private func check(_ tags: [TemplateLint.Tag], in name: String) throws(TemplateError) {
        for tag in tags {
            switch tag.kind {
            case .variable, .section, .close:
                for part in TemplateLint.components(of: tag.name) where !DocumentVocabulary.names.contains(part) {
                    throw .unknownName(path(of: name), line: tag.line, column: tag.column, name: part,
                                       known: DocumentVocabulary.names.sorted())
                }
            case .partial:
                let exists = usesBuiltInDefaults ? DefaultTemplates.all[tag.name] != nil
                    : FileManager.default.fileExists(atPath: path(of: tag.name))
                if !exists { throw .unknownPartial(path(of: name), line: tag.line, column: tag.column, name: tag.name) }
            case .other:
                break
            }
        }
    }

    /// Parses with the format's content type set first, on the same line, so line numbers stay the file's own.
    private func parse(_ source: String, name: String, contentType: String) throws(TemplateError) -> MustacheTemplate {
        let pragma = "{{% CONTENT_TYPE: \(contentType) }}"
        do {
            return try MustacheTemplate(string: pragma + source)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            if case .expectedSectionEnd = error.error as? MustacheTemplate.Error,
               let open = TemplateLint.unclosedSection(in: TemplateLint.tags(in: source)) {
                let line = source.split(separator: "\n", omittingEmptySubsequences: false)[open.line - 1]
                throw .syntax(path(of: name), line: open.line, column: open.column, source: String(line),
                              problem: Catalog.templateSectionNotClosed(open.name))
            }
            let column = context.lineNumber == 1 ? max(1, context.columnNumber - pragma.count) : context.columnNumber
            let line = context.lineNumber == 1 && context.line.hasPrefix(pragma)
                ? String(context.line.dropFirst(pragma.count)) : context.line
            throw .syntax(path(of: name), line: context.lineNumber, column: column, source: line,
                          problem: TemplateSet.describe(error.error))
        } catch {
            throw .syntax(path(of: name), line: 1, column: 1, source: "", problem: Message(zh: "\(error)", en: "\(error)"))
        }
    }

    static func describe(_ error: Error) -> Message {
        guard let error = error as? MustacheTemplate.Error else { return Message(zh: "\(error)", en: "\(error)") }
        switch error {
        case .sectionCloseNameIncorrect:
            return Message(zh: "结束标签 {{/…}} 与开始的 {{#…}} 名称不一致", en: "the closing tag {{/…}} does not match the open section")
        case .unfinishedName:
            return Message(zh: "标签没有正确结束，或名称含有不允许的字符（变量名只用英文字母、数字、. _ -）",
                           en: "a tag is not closed, or its name has characters not allowed (use letters, digits, . _ -)")
        case .expectedSectionEnd:
            return Message(zh: "缺少区块的结束标签 {{/…}}", en: "a section is never closed with {{/…}}")
        case .invalidSetDelimiter:
            return Message(zh: "分隔符设置标签 {{=… …=}} 写法不对", en: "a set-delimiter tag {{=… …=}} is malformed")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return Message(zh: "{{% … }} 设置项写法不对或不认识", en: "a {{% … }} pragma is malformed or unknown")
        default:
            return Message(zh: "模板继承写法不对：\(error)", en: "template inheritance is malformed: \(error)")
        }
    }
}
