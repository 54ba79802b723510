import AnxinCore
@testable import AnxinDocuments
import Foundation
import Testing

/// Templates an administrator edits in `<store>/templates/`: edits take effect; a missing, broken or misspelled
/// template is an error naming the file and place, never an empty document.
@Suite("Template folder")
struct TemplateFolderTests {
    /// A folder holding every default template.
    static func folder() throws -> String {
        let directory = DocumentFixture.temporaryDirectory()
        for (name, text) in DefaultTemplates.all {
            try text.write(toFile: "\(directory)/\(name).mustache", atomically: true, encoding: .utf8)
        }
        return directory
    }

    static var context: [String: Any] {
        DocumentContext(config: DocumentFixture.config, day: DocumentFixture.day("2024-09-15"))
            .list(.notice, selector: ListSelector(state: DocumentFixture.state()))
    }

    static func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as TemplateError { return error.message.zh } catch { return "\(error)" }
        return nil
    }

    @Test("an edited template takes effect")
    func edit() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "【{{city}}公示】{{#members}}{{name}}/{{/members}}\n".write(toFile: "\(directory)/notice.txt.mustache",
                                                                     atomically: true, encoding: .utf8)
        let templates = TemplateSet(directory: directory)
        #expect(!templates.usesBuiltInDefaults)
        let text = try templates.render("notice", format: .txt, context: Self.context)
        #expect(text == "【保定市公示】\(DocumentFixture.hostile)/保定市清苑区华丰食品有限公司/\n")
    }

    @Test("a broken template is an error naming the file, line and column")
    func broken() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "第一行\n{{#members}}\n{{name}}\n{{/member}}\n".write(toFile: "\(directory)/notice.txt.mustache", atomically: true, encoding: .utf8)
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .txt, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.txt.mustache:4:"), "\(message)")
        #expect(message.contains("error:") && message.contains("结束标签"))
    }

    @Test("a section never closed is reported where it opens, by name")
    func unclosed() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "标题\n\n  {{#groups}}{{tier}}\n{{#members}}{{name}}{{/members}}\n".write(toFile: "\(directory)/notice.txt.mustache",
                                                                                   atomically: true, encoding: .utf8)
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .txt, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.txt.mustache:3:3: error:"), "\(message)")
        #expect(message.contains("{{#groups}} 没有结束标签 {{/groups}}"))
    }

    @Test("an unclosed section on the first line is reported at the file's own column")
    func firstLine() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "ab{{name".write(toFile: "\(directory)/notice.md.mustache", atomically: true, encoding: .utf8)
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .md, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.md.mustache:1:"), "\(message)")
        #expect(message.contains("\n    ab{{name\n"), "the line is quoted without the content-type pragma: \(message)")
    }

    @Test("a misspelled variable is an error with its line and column, not an empty field")
    func unknownVariable() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "标题\n  {{#members}}{{nmae}}{{/members}}\n".write(toFile: "\(directory)/notice.txt.mustache", atomically: true, encoding: .utf8)
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .txt, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.txt.mustache:2:15: error:"), "\(message)")
        #expect(message.contains("nmae"))
    }

    @Test("a missing template file in the folder is an error that says how to restore it")
    func missing() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: "\(directory)/notice.html.mustache")
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .html, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.html.mustache: error:"))
        #expect(message.contains("anxin export templates"))
    }

    @Test("a partial that does not exist is an error, and so is a deleted shared style")
    func missingPartial() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: "\(directory)/style.html.mustache")
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .html, context: Self.context) })
        #expect(message.hasPrefix("\(directory)/notice.html.mustache:7:1: error:"), "\(message)")
        #expect(message.contains("style.html"))
    }

    @Test("a partial escapes by its own format: a .txt partial inside a .txt document prints names as they are")
    func textPartial() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "{{#members}}{{> row.txt}}{{/members}}".write(toFile: "\(directory)/notice.txt.mustache", atomically: true, encoding: .utf8)
        try "{{name}}\n".write(toFile: "\(directory)/row.txt.mustache", atomically: true, encoding: .utf8)
        let text = try TemplateSet(directory: directory).render("notice", format: .txt, context: Self.context)
        #expect(text.hasPrefix(DocumentFixture.hostile + "\n"))
    }

    @Test("a template that is not UTF-8 is refused")
    func notUTF8() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data([0xB9, 0xAB, 0xCA, 0xBE, 0x0A]).write(to: URL(fileURLWithPath: "\(directory)/notice.txt.mustache"))
        let message = try #require(Self.message { _ = try TemplateSet(directory: directory).render("notice", format: .txt, context: Self.context) })
        #expect(message.contains("UTF-8"))
    }

    @Test("the tag scanner finds names, sections and partials with their places")
    func tags() {
        let tags = TemplateLint.tags(in: "a{{x}}\n {{#s}}{{{y}}}{{/s}}{{! note }}{{> p.html}}{{&z}}{{up(w)}}")
        #expect(tags.map(\.name) == ["x", "s", "y", "s", "p.html", "z", "w"])
        #expect(tags.map(\.line) == [1, 2, 2, 2, 2, 2, 2])
        #expect(tags.map(\.column) == [2, 2, 8, 15, 32, 44, 50])
    }
}
