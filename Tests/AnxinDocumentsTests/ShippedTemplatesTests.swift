@testable import AnxinDocuments
import Foundation
import Testing

@Suite("Shipped templates")
struct ShippedTemplatesTests {
    @Test("data/templates holds exactly the default templates (run anxin export templates --force after changing one)")
    func shippedTemplatesAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("data/templates").path
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(names == DefaultTemplates.all.keys.map { "\($0).mustache" }.sorted())
        for (name, text) in DefaultTemplates.all {
            let shipped = try String(contentsOfFile: "\(directory)/\(name).mustache", encoding: .utf8)
            #expect(shipped == text, "data/templates/\(name).mustache is stale")
        }
    }

    @Test("every default template names only known variables and existing partials")
    func defaultsPassTheCheck() throws {
        let templates = TemplateSet(directory: "/nonexistent/anxin/templates")
        for name in DefaultTemplates.all.keys where name != "style.html" {
            let parts = name.split(separator: ".")
            let format = try #require(DocumentFormat(rawValue: String(parts[1])))
            // An empty context: the check is about the template's names, not the data.
            _ = try templates.render(String(parts[0]), format: format, context: [:])
        }
    }
}
