import AnxinTUI
import CNcursesW

/// Colours per role on terminals that have them; bold and reverse carry the meaning everywhere else.
enum ColorScheme {
    static let foregrounds: [ColorRole: Int16] = [
        .header: Int16(COLOR_CYAN), .accent: Int16(COLOR_CYAN), .muted: -1, .met: Int16(COLOR_GREEN),
        .unmet: Int16(COLOR_RED), .notApplicable: Int16(COLOR_BLUE), .unchecked: -1, .overdue: Int16(COLOR_RED),
        .mark: Int16(COLOR_MAGENTA), .warning: Int16(COLOR_YELLOW), .error: Int16(COLOR_RED), .border: -1,
        .title: Int16(COLOR_CYAN),
    ]

    static func install() {
        for role in ColorRole.allCases where role != .normal {
            init_pair(Int16(role.rawValue), foregrounds[role] ?? -1, -1)
        }
    }

    static func attributes(for style: Style, color: Bool) -> (attr_t, Int16) {
        var attributes = anx_A_NORMAL()
        if style.bold { attributes |= anx_A_BOLD() }
        if style.reverse { attributes |= anx_A_REVERSE() }
        if style.underline { attributes |= anx_A_UNDERLINE() }
        if !color && style.role == .muted { attributes |= anx_A_DIM() }
        let pair: Int16 = color && style.role != .normal ? Int16(style.role.rawValue) : 0
        return (attributes, pair)
    }
}
