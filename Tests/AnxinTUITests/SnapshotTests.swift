import AnxinCore
import Testing
@testable import AnxinTUI

/// Golden screens at the three sizes the issue names, with the demo campaign and with hostile names.
/// Regenerate with `ANXIN_UPDATE_SNAPSHOTS=1 swift test --filter AnxinTUITests`, then read every changed file.
@Suite("Golden screens")
struct SnapshotTests {
    struct Size: Sendable, CustomTestStringConvertible {
        let width: Int, height: Int
        var name: String { "\(width)x\(height)" }
        var testDescription: String { "\(width)×\(height)" }
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 20)]

    /// A normalized enterprise of the demo at work on its checklist, with some N05 levels ticked.
    static func demoWithN05(_ size: Size, language: Language = .zh) -> Session {
        var session = Session.demo(language: language, width: size.width, height: size.height)
        let catalog = session.state.campaign.catalog
        let code = session.state.rows.first { code in
            let record = session.state.campaign[code]!
            let levels = record.criteria[CriterionID("N05")]?.levels ?? [:]
            return record.profile.tier == .normalized && record.stage == .inProgress && !levels.isEmpty
                && !record.progress(in: catalog).isComplete
        }
        if let code { session.select(code) } else { Issue.record("the demo has no normalized enterprise at work on N05") }
        session.press(.enter)
        session.selectRow("N05", level: .workshop)
        return session
    }

    /// An enterprise of the demo whose next step the rules refuse (unchecked criteria block the application).
    static func demoBlockedStep(_ size: Size) -> Session {
        var session = Session.demo(width: size.width, height: size.height)
        let catalog = session.state.campaign.catalog
        if let code = session.state.rows.first(where: { code in
            let record = session.state.campaign[code]!
            return record.stage == .inProgress && !record.progress(in: catalog).isComplete
        }) { session.select(code) }
        session.press(.character(">"))
        return session
    }

    @Test("the demo campaign's list", arguments: sizes)
    func demoList(_ size: Size) {
        let session = Session.demo(width: size.width, height: size.height)
        Snapshot.assert(session.render(), named: "demo-list-\(size.name)")
    }

    @Test("the checklist of an enterprise with N05, a level selected", arguments: sizes)
    func demoChecklist(_ size: Size) {
        Snapshot.assert(Self.demoWithN05(size).render(), named: "demo-checklist-n05-\(size.name)")
    }

    @Test("the timeline of an enterprise with N05", arguments: sizes)
    func demoTimeline(_ size: Size) {
        var session = Self.demoWithN05(size)
        session.press(.character("3"))
        Snapshot.assert(session.render(), named: "demo-timeline-\(size.name)")
    }

    @Test("a step form whose step the rules refuse", arguments: sizes)
    func demoStepForm(_ size: Size) {
        Snapshot.assert(Self.demoBlockedStep(size).render(), named: "demo-step-form-\(size.name)")
    }

    @Test("the help overlay", arguments: sizes)
    func demoHelp(_ size: Size) {
        var session = Session.demo(width: size.width, height: size.height)
        session.press(.character("?"))
        Snapshot.assert(session.render(), named: "demo-help-\(size.name)")
    }

    @Test("the filter menu's 县区 values, one chosen", arguments: sizes)
    func demoFilterMenu(_ size: Size) {
        var session = Session.demo(width: size.width, height: size.height)
        session.press(.character("f"), .enter, .character(" "), .character("j"))
        Snapshot.assert(session.render(), named: "demo-filter-menu-\(size.name)")
    }

    @Test("hostile names in the list", arguments: sizes)
    func hostileList(_ size: Size) {
        let session = Fixtures.hostileSession(width: size.width, height: size.height)
        Snapshot.assert(session.render(), named: "hostile-list-\(size.name)")
    }

    @Test("a hostile name and notes in the checklist", arguments: sizes)
    func hostileChecklist(_ size: Size) {
        var session = Fixtures.hostileSession(width: size.width, height: size.height)
        session.select(Fixtures.hostileProfiles[3].code)
        session.press(.enter)
        Snapshot.assert(session.render(), named: "hostile-checklist-\(size.name)")
        session.selectRow("N05", level: .plant)
        session.press(.character("3"))
        Snapshot.assert(session.render(), named: "hostile-timeline-\(size.name)")
    }

    @Test("the English interface", arguments: sizes)
    func english(_ size: Size) {
        let session = Session.demo(language: .en, width: size.width, height: size.height)
        Snapshot.assert(session.render(), named: "demo-list-en-\(size.name)")
        Snapshot.assert(Self.demoWithN05(size, language: .en).render(), named: "demo-checklist-en-\(size.name)")
    }

    @Test("English help, step form and menu at 80×24")
    func englishOverlays() {
        let size = Size(width: 80, height: 24)
        var help = Session.demo(language: .en, width: 80, height: 24)
        help.press(.function(1))
        Snapshot.assert(help.render(), named: "demo-help-en-80x24")
        var menu = Session.demo(language: .en, width: 80, height: 24)
        menu.press(.character("f"))
        Snapshot.assert(menu.render(), named: "demo-filter-menu-en-80x24")
        var step = Self.demoBlockedStep(size)
        step.state.language = .en
        Snapshot.assert(step.render(), named: "demo-step-form-en-80x24")
    }

    @Test("below the minimum size only a notice to enlarge the window shows", arguments: Language.allCases)
    func tooSmall(_ language: Language) {
        let session = Session.demo(language: language, width: 30, height: 8)
        let screen = session.render()
        Snapshot.assert(screen, named: "too-small-\(language.rawValue)-30x8")
        let text = screen.textLines().joined()
        #expect(text.contains(language == .zh ? "窗口太小" : "too small"))
        #expect(text.contains("40") && text.contains("12"))
    }

    @Test("editing at 80×24: a note being typed, a search, the marks menu, a read-only session")
    func editing() {
        var note = Self.demoWithN05(Size(width: 80, height: 24))
        note.press(.character("x"), .character("e"))
        note.type("班组隐患台账缺失，限期补齐👷🏽‍♀️")
        note.press(.left, .left)
        Snapshot.assert(note.render(), named: "demo-note-editor-80x24")

        var search = Session.demo(width: 80, height: 24)
        search.press(.character("/"))
        search.type("bdj")
        Snapshot.assert(search.render(), named: "demo-search-80x24")

        var marks = Session.demo(width: 80, height: 24)
        marks.press(.character("m"), .character("j"))
        Snapshot.assert(marks.render(), named: "demo-marks-menu-80x24")
    }

    @Test("a read-only session: the badge in the header, a refused tick on the message line", arguments: sizes)
    func readOnly(_ size: Size) {
        var session = Session.demo(access: Fixtures.readOnly, width: size.width, height: size.height)
        session.press(.character("2"), .character("y"))
        Snapshot.assert(session.render(), named: "demo-read-only-\(size.name)")
    }

    @Test("no golden file holds a raw control character")
    func goldenFilesAreInert() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Snapshot.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 40)
        for file in files {
            let text = try String(contentsOf: Snapshot.folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.unicodeScalars.contains(where: ScreenInvariants.isControl), "\(file): \(line)")
            }
        }
    }
}

import Foundation
