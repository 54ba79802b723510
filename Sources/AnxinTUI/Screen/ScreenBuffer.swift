import AnxinText

/// A grid of cells that the UI renders into and the terminal adapter presents. A wide (two-column) character
/// sits in its first cell; the second cell is a continuation with empty text. Writing over either half of a
/// wide character blanks the other half, so nothing is ever left half-drawn.
public struct ScreenBuffer: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme, " " for blank, "" for the right half of a wide character.
        public var text: String
        public var style: Style
        public var isContinuation: Bool { text.isEmpty }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", style: .plain), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let top = max(0, rect.y), bottom = min(height, rect.maxY)
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard top < bottom, left < right else { return }
        for y in top..<bottom {
            for x in left..<right {
                set(x, y, Cell(text: " ", style: style))
            }
        }
    }

    /// Writes text from (x, y), clipped at `limit` columns (and at the screen's edge). Text is made inert first:
    /// control and escape characters from data never reach the terminal. Returns the columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text.inert {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end {
                // A wide character that does not fit at the cut column becomes a blank.
                if column < end, column >= 0 { set(column, y, Cell(text: " ", style: style)) ; column += 1 }
                break
            }
            if column >= 0 {
                set(column, y, Cell(text: String(character), style: style))
                if columns == 2 { set(column + 1, y, Cell(text: "", style: style)) }
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// Writes text padded or truncated (with "…") to exactly `width` columns.
    public mutating func write(fitting text: String, x: Int, y: Int, width columns: Int,
                               alignment: TextFit.Alignment = .left, style: Style = .plain) {
        guard columns > 0 else { return }
        write(TextFit.fit(text.inert, toWidth: columns, alignment: alignment), x: x, y: y, limit: columns, style: style)
    }

    /// Restyles a run of cells (e.g. the selected row) without changing their text.
    public mutating func restyle(x: Int, y: Int, width columns: Int, _ transform: (Style) -> Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + columns) {
            cells[y * width + column].style = transform(cells[y * width + column].style)
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half. (A new wide character's own right half
        // lands on the cell after its left half: that left half is new, not one to blank.)
        if !cell.isContinuation, cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        if x + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation,
           DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The screen as text, one line per row, trailing blanks kept (golden snapshots compare exactly).
    public func textLines() -> [String] {
        (0..<height).map { y in
            (0..<width).map { self[$0, y].text }.joined()
        }
    }

    /// The style layer: one letter per column (see `Style.letter`).
    public func styleLines() -> [String] {
        (0..<height).map { y in
            String((0..<width).map { self[$0, y].style.letter })
        }
    }
}

/// A rectangle of the screen in columns and rows.
public struct Rect: Sendable, Equatable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var description: String { "(\(x),\(y) \(width)×\(height))" }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}
