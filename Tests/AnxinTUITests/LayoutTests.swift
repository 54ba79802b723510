import Testing
@testable import AnxinTUI

@Suite("Layout: a pure function from a size to rectangles")
struct LayoutTests {
    @Test("120 columns or more put the three panes side by side, list on the left")
    func wide() {
        let layout = Layout.compute(width: 120, height: 40, focus: .list)
        #expect(layout.arrangement == .sideBySide)
        #expect(layout.panes.count == 3)
        #expect(layout.panes[.list]?.x == 0)
        #expect(layout.panes[.checklist]?.x == layout.panes[.list]?.maxX)
        #expect(layout.panes[.timeline]?.y == layout.panes[.checklist]?.maxY)
    }
}
