import AnxinText
import Foundation
import Testing
@testable import AnxinTUI

/// Golden screen snapshots: `__Snapshots__/<name>.txt` holds the text lines, a separator line and the style
/// lines. Compared exactly; `ANXIN_UPDATE_SNAPSHOTS=1` rewrites the files and records an issue, so a run that
/// writes never passes silently.
enum Snapshot {
    static let separator = "~~~~~~~~ styles ~~~~~~~~"

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["ANXIN_UPDATE_SNAPSHOTS"] == "1" }

    static func text(of screen: ScreenBuffer) -> String {
        (screen.textLines() + [separator] + screen.styleLines()).joined(separator: "\n") + "\n"
    }

    /// Checks the screen's invariants, then compares it with (or writes) its golden file.
    static func assert(_ screen: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        ScreenInvariants.check(screen, sourceLocation: sourceLocation)
        let actual = text(of: screen)
        let url = folder.appendingPathComponent(name + ".txt")
        if updating {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("snapshot \(name) written (ANXIN_UPDATE_SNAPSHOTS=1): read it, then run without the variable",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(url.path); run with ANXIN_UPDATE_SNAPSHOTS=1 to write it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) where report.count < 12 {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { report.append("line \(index + 1)\n  golden: \(a)\n  actual: \(b)") }
        }
        let details: String = report.joined(separator: "\n")
        Issue.record("screen differs from \(name).txt (ANXIN_UPDATE_SNAPSHOTS=1 rewrites it):\n\(details)",
                     sourceLocation: sourceLocation)
    }
}

/// What every rendered screen must satisfy, whatever the data.
enum ScreenInvariants {
    /// Scalars that must never reach the terminal: C0, DEL, C1, line and paragraph separators, bidi controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The problems of a screen, empty when it is sound.
    static func problems(_ screen: ScreenBuffer) -> [String] {
        var problems: [String] = []
        let lines = screen.textLines()
        for y in 0..<screen.height {
            var columns = 0
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if let bad = cell.text.unicodeScalars.first(where: isControl) {
                    problems.append("(\(x),\(y)) holds control U+\(String(bad.value, radix: 16, uppercase: true))")
                }
                if cell.isContinuation {
                    let left = x > 0 ? screen[x - 1, y] : nil
                    if left == nil || left!.isContinuation || DisplayWidth.of(left!.text) != 2 {
                        problems.append("(\(x),\(y)) is a continuation cell without a wide character on its left")
                    }
                    continue
                }
                if cell.text.count != 1 { problems.append("(\(x),\(y)) holds \(cell.text.count) graphemes: \(cell.text.debugDescription)") }
                let width = DisplayWidth.of(cell.text)
                columns += width
                switch width {
                case 1: break
                case 2:
                    if x + 1 >= screen.width || !screen[x + 1, y].isContinuation {
                        problems.append("(\(x),\(y)) wide \(cell.text.debugDescription) has no continuation cell on its right")
                    }
                default:
                    problems.append("(\(x),\(y)) holds \(cell.text.debugDescription) of width \(width)")
                }
            }
            if columns != screen.width { problems.append("row \(y) is \(columns) columns wide, not \(screen.width)") }
            let line = lines[y]
            if DisplayWidth.of(line) != screen.width {
                problems.append("row \(y) text measures \(DisplayWidth.of(line)) columns, not \(screen.width)")
            }
        }
        return problems
    }

    static func check(_ screen: ScreenBuffer, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(screen)
        guard !found.isEmpty else { return }
        let problems: String = found.prefix(8).joined(separator: "\n")
        let lines: String = screen.textLines().joined(separator: "\n")
        Issue.record("screen \(screen.width)×\(screen.height) \(context) breaks its invariants:\n\(problems)\n\(lines)",
                     sourceLocation: sourceLocation)
    }
}
