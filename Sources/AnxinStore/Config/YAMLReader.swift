import AnxinCore
import Yams

/// Reads a YAML file as a tree of nodes that keep their line and column, so every problem in a
/// configuration file is reported with its place (and all of them, not only the first).
struct YAMLReader {
    let file: String
    let lines: [Substring]
    var diagnostics: [Diagnostic] = []

    init(file: String, text: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The document's root, or nil (with a diagnostic) when the YAML does not parse.
    mutating func root(of text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                error(line: 1, column: 1, Catalog.yamlEmpty)
                return nil
            }
            return node
        } catch let yamlError as YamlError {
            switch yamlError {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                error(line: mark.line, column: mark.column, Catalog.yamlSyntax(problem))
            default:
                error(line: 1, column: 1, Catalog.yamlSyntax(String(describing: yamlError)))
            }
            return nil
        } catch {
            self.error(line: 1, column: 1, Catalog.yamlSyntax(String(describing: error)))
            return nil
        }
    }

    mutating func error(at node: Node?, _ message: Message) {
        let mark = node?.mark
        error(line: mark?.line ?? 1, column: mark?.column ?? 1, message)
    }

    mutating func error(line: Int, column: Int, _ message: Message) {
        let source = line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
        diagnostics.append(Diagnostic(.error, file: file, line: line, column: column, message, sourceLine: source))
    }

    /// The members of a mapping in order, or nil with a diagnostic when the node is not a mapping.
    mutating func mapping(_ node: Node?, _ what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let node else { return nil }
        guard case let .mapping(mapping) = node else {
            error(at: node, Catalog.yamlExpected(what, kind: "mapping"))
            return nil
        }
        return mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    mutating func sequence(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        if case let .scalar(scalar) = node, scalar.string.isEmpty || scalar.string == "[]" { return [] }
        guard case let .sequence(sequence) = node else {
            error(at: node, Catalog.yamlExpected(what, kind: "list"))
            return nil
        }
        return Array(sequence)
    }

    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, !scalar.string.isEmpty else {
            error(at: node, Catalog.yamlExpected(what, kind: "text"))
            return nil
        }
        return scalar.string
    }

    mutating func int(_ node: Node?, _ what: String) -> Int? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, let value = Int(scalar.string) else {
            error(at: node, Catalog.yamlExpected(what, kind: "whole number"))
            return nil
        }
        return value
    }

    mutating func double(_ node: Node?, _ what: String) -> Double? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, let value = Double(scalar.string) else {
            error(at: node, Catalog.yamlExpected(what, kind: "number"))
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, let value = Bool(scalar.string.lowercased()) else {
            error(at: node, Catalog.yamlExpected(what, kind: "true or false"))
            return nil
        }
        return value
    }

    mutating func day(_ node: Node?, _ what: String) -> Day? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, let value = Day(scalar.string) else {
            let text: String
            if case let .scalar(scalar) = node { text = scalar.string } else { text = "" }
            error(at: node, Catalog.invalidDate(text, field: what))
            return nil
        }
        return value
    }

    /// Reports keys a file does not know, so a typo (`jurisdiction:` for `jurisdictions:`) is not silently ignored.
    mutating func rejectUnknownKeys(_ members: [(key: String, keyNode: Node, value: Node)], known: [String], in what: String) {
        for member in members where !known.contains(member.key) {
            error(at: member.keyNode, Catalog.yamlUnknownKey(member.key, in: what, known: known))
        }
    }
}
