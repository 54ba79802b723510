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

    struct Case: Sendable, CustomTestStringConvertible {
        let width: Int, height: Int
        let arrangement: Layout.Arrangement
        /// "x,y w×h" of header, tabs, list, checklist, timeline, hint, message ("-" when absent), focus on the list.
        let rects: [String]
        /// visibleRows of list, checklist, timeline.
        let visible: [Int]
        var testDescription: String { "\(width)×\(height)" }
    }

    static let table: [Case] = [
        Case(width: 120, height: 40, arrangement: .sideBySide,
             rects: ["0,0 120×1", "-", "0,1 72×37", "72,1 48×22", "72,23 48×15", "0,38 120×1", "0,39 120×1"],
             visible: [34, 19, 12]),
        Case(width: 160, height: 50, arrangement: .sideBySide,
             rects: ["0,0 160×1", "-", "0,1 96×47", "96,1 64×28", "96,29 64×19", "0,48 160×1", "0,49 160×1"],
             visible: [44, 25, 16]),
        Case(width: 119, height: 40, arrangement: .tabbed,
             rects: ["0,0 119×1", "0,1 119×1", "0,2 119×36", "-", "-", "0,38 119×1", "0,39 119×1"],
             visible: [33, 0, 0]),
        Case(width: 80, height: 24, arrangement: .tabbed,
             rects: ["0,0 80×1", "0,1 80×1", "0,2 80×20", "-", "-", "0,22 80×1", "0,23 80×1"],
             visible: [17, 0, 0]),
        Case(width: 60, height: 20, arrangement: .tabbed,
             rects: ["0,0 60×1", "0,1 60×1", "0,2 60×16", "-", "-", "0,18 60×1", "0,19 60×1"],
             visible: [13, 0, 0]),
        Case(width: 40, height: 12, arrangement: .tabbed,
             rects: ["0,0 40×1", "0,1 40×1", "0,2 40×8", "-", "-", "0,10 40×1", "0,11 40×1"],
             visible: [5, 0, 0]),
        Case(width: 39, height: 12, arrangement: .tooSmall, rects: ["-", "-", "-", "-", "-", "-", "-"], visible: [0, 0, 0]),
        Case(width: 80, height: 11, arrangement: .tooSmall, rects: ["-", "-", "-", "-", "-", "-", "-"], visible: [0, 0, 0]),
        Case(width: 1, height: 1, arrangement: .tooSmall, rects: ["-", "-", "-", "-", "-", "-", "-"], visible: [0, 0, 0]),
        Case(width: 0, height: 0, arrangement: .tooSmall, rects: ["-", "-", "-", "-", "-", "-", "-"], visible: [0, 0, 0]),
    ]

    static func describe(_ rect: Rect?) -> String {
        guard let rect, rect.width > 0, rect.height > 0 else { return "-" }
        return "\(rect.x),\(rect.y) \(rect.width)×\(rect.height)"
    }

    @Test("a size gives its arrangement, rectangles and visible rows", arguments: table)
    func arrangement(_ row: Case) {
        let layout = Layout.compute(width: row.width, height: row.height, focus: .list)
        #expect(layout.arrangement == row.arrangement)
        let actual = [layout.header, layout.tabs, layout.panes[.list], layout.panes[.checklist], layout.panes[.timeline],
                      layout.hint, layout.message].map(Self.describe)
        #expect(actual == row.rects)
        #expect(Pane.allCases.map(layout.visibleRows) == row.visible)
    }

    static let sizes: [(Int, Int)] = [(120, 40), (160, 50), (119, 40), (80, 24), (60, 20), (40, 12), (120, 12), (300, 100),
                                      (39, 12), (80, 11), (1, 1), (0, 0)]

    @Test("no two regions overlap, every region lies inside the screen, and the body is tiled without gaps",
          arguments: sizes.map { [$0.0, $0.1] }, Pane.allCases)
    func tiling(_ size: [Int], focus: Pane) {
        let (width, height) = (size[0], size[1])
        let layout = Layout.compute(width: width, height: height, focus: focus)
        var regions = [layout.header, layout.hint, layout.message] + Array(layout.panes.values)
        if let tabs = layout.tabs { regions.append(tabs) }
        regions = regions.filter { $0.width > 0 && $0.height > 0 }
        var covered = Set<Int>()
        for rect in regions {
            #expect(rect.x >= 0 && rect.y >= 0 && rect.maxX <= width && rect.maxY <= height, "\(rect) leaves \(width)×\(height)")
            for y in rect.y..<rect.maxY {
                for x in rect.x..<rect.maxX {
                    #expect(covered.insert(y * width + x).inserted, "\(rect) overlaps another region at (\(x),\(y))")
                }
            }
        }
        switch layout.arrangement {
        case .tooSmall:
            #expect(regions.isEmpty)
        case .sideBySide, .tabbed:
            #expect(covered.count == width * height, "the regions leave holes")
            if layout.arrangement == .tabbed { #expect(Array(layout.panes.keys) == [focus], "tabbed shows the focused pane only") }
        }
    }

    @Test("the boundaries: 120 columns go side by side, 40×12 is the smallest usable size")
    func boundaries() {
        #expect(Layout.compute(width: Layout.sideBySideWidth, height: 30, focus: .list).arrangement == .sideBySide)
        #expect(Layout.compute(width: Layout.sideBySideWidth - 1, height: 30, focus: .list).arrangement == .tabbed)
        #expect(Layout.compute(width: Layout.minimumWidth, height: Layout.minimumHeight, focus: .list).arrangement == .tabbed)
        #expect(Layout.compute(width: Layout.minimumWidth - 1, height: Layout.minimumHeight, focus: .list).arrangement == .tooSmall)
        #expect(Layout.compute(width: Layout.minimumWidth, height: Layout.minimumHeight - 1, focus: .list).arrangement == .tooSmall)
    }
}
