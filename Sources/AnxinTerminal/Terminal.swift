import AnxinTUI
import CNcursesW
#if canImport(Glibc)
import Glibc
#endif

/// The one place that talks to ncursesw: it reads keys and presents screen buffers. Everything else is pure.
public final class Terminal {
    public private(set) var width = 0
    public private(set) var height = 0
    /// False under NO_COLOR, on monochrome terminals and with fewer than 8 colours: selection is then shown
    /// by reverse video and focus by bold.
    public private(set) var usesColor = false
    private var started = false

    public init() {}

    /// Whether standard input and output are terminals (the TUI refuses politely otherwise).
    public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Sets the locale from the environment; returns whether its codeset is UTF-8.
    public static func setLocale() -> Bool {
        setlocale(LC_ALL, "")
        return anx_codeset_is_utf8() != 0
    }

    /// Starts curses; returns false when the terminal type is unusable.
    public func start(noColor: Bool) -> Bool {
        guard anx_newterm() != nil else { return false }
        started = true
        raw()
        noecho()
        nonl()
        keypad(anx_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(anx_BUTTON1_CLICKED() | anx_BUTTON1_PRESSED() | anx_BUTTON4_PRESSED() | anx_BUTTON5_PRESSED(), nil)
        mouseinterval(0)
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            usesColor = anx_COLORS() >= 8
            if usesColor { ColorScheme.install() }
        }
        updateSize()
        return true
    }

    public func stop() {
        guard started else { return }
        endwin()
        started = false
    }

    deinit { stop() }

    private func updateSize() {
        height = Int(anx_LINES())
        width = Int(anx_COLS())
    }

    /// What reading the keyboard gave.
    public enum Input {
        case key(Key)
        /// Something to ignore (an unbound mouse report, an unknown key).
        case nothing
        /// The terminal is gone (hung up, closed): there is nobody left to read from.
        case closed
    }

    /// Waits for the next key (or mouse event, or resize). Reading is blocking, so an error means the
    /// terminal went away; a few in a row end the session instead of spinning.
    public func read() -> Input {
        var character: wint_t = 0
        let result = wget_wch(anx_stdscr(), &character)
        if result == KEY_CODE_YES {
            failures = 0
            return specialKey(Int32(character)).map(Input.key) ?? .nothing
        }
        guard result == OK else {
            failures += 1
            return failures >= 3 || isatty(0) == 0 ? .closed : .nothing
        }
        failures = 0
        return KeyDecoder.character(UInt32(character)).map(Input.key) ?? .nothing
    }

    private var failures = 0

    private func specialKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            updateSize()
            return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if event.bstate & anx_BUTTON4_PRESSED() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
            if event.bstate & anx_BUTTON5_PRESSED() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
            if event.bstate & (anx_BUTTON1_CLICKED() | anx_BUTTON1_PRESSED()) != 0 {
                return .mouse(MouseEvent(.click, x: x, y: y))
            }
            return nil
        default:
            for number in 1...12 where code == anx_KEY_F(Int32(number)) { return .function(number) }
            return nil
        }
    }

    /// Draws a buffer; ncurses sends only what changed (wnoutrefresh + doupdate).
    public func present(_ screen: ScreenBuffer) {
        let window = anx_stdscr()
        for y in 0..<min(screen.height, height) {
            for x in 0..<min(screen.width, width) {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                // A wide character in the last column cannot be drawn; ncurses would wrap it.
                var scalars = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                if x == width - 1, scalars.count > 0, cell.text.unicodeScalars.first.map({ $0.value >= 0x1100 }) == true,
                   screen.width > x + 1, screen[x + 1, y].isContinuation {
                    scalars = [wchar_t(0x20)]
                }
                scalars.append(0)
                let (attributes, pair) = ColorScheme.attributes(for: cell.style, color: usesColor)
                let drawn = scalars.withUnsafeBufferPointer { anx_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attributes, pair) }
                if drawn == ERR && scalars.count > 2 {
                    // ncurses refuses a cell of several spacing code points (a flag, a skin tone, a ZWJ family):
                    // draw its first code point rather than leave the previous frame's glyph there.
                    let first: [wchar_t] = [scalars[0], 0]
                    _ = first.withUnsafeBufferPointer { anx_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attributes, pair) }
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
    }
}

/// Maps wide characters from wget_wch to keys.
enum KeyDecoder {
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 3: return .control("c")
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
