import AnxinCore

/// Every user action of the TUI, declared once (tig's request table): the key map, the hint bar and the help
/// overlay are all generated from `KeyMap`, which binds keys to these.
public enum Command: String, CaseIterable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane, focusList, focusChecklist, focusTimeline
    case open
    case cycleVerdict, markMet, markUnmet, markNotApplicable, clearVerdict, editNote
    case nextStep, marksMenu
    case search, searchNext, searchPrevious, filterMenu, sortMenu
    case dashboard, nextYear
    /// The dashboard's own keys (KeyMap.dashboardBindings).
    case dashboardOrder, dashboardMark, dashboardOpen, dashboardOpenOverdue, dashboardView
    case undo, help, back, quit, forceQuit
    case sync, resolveConflict

    /// The short form the hint bar uses (the help overlay says it in full).
    public var hint: Message {
        switch self {
        case .nextPane: Message(zh: "窗格", en: "pane")
        case .cycleVerdict: Message(zh: "循环", en: "cycle")
        case .editNote: Message(zh: "备注", en: "note")
        case .nextStep: Message(zh: "下一步", en: "step")
        case .search: Message(zh: "搜索", en: "search")
        case .markNotApplicable: Message(zh: "不适用", en: "n/a")
        case .dashboard: Message(zh: "总览", en: "dashboard")
        case .dashboardOrder: Message(zh: "排序", en: "order")
        case .dashboardMark: Message(zh: "多选", en: "mark")
        case .dashboardOpen: Message(zh: "打开名单", en: "open list")
        case .dashboardOpenOverdue: Message(zh: "只看逾期", en: "overdue only")
        case .dashboardView: Message(zh: "条款", en: "criteria")
        case .sync: Catalog.tuiSyncHint
        default: help
        }
    }

    public var help: Message {
        switch self {
        case .moveUp: Message(zh: "上移", en: "move up")
        case .moveDown: Message(zh: "下移", en: "move down")
        case .pageUp: Message(zh: "上一页", en: "page up")
        case .pageDown: Message(zh: "下一页", en: "page down")
        case .top: Message(zh: "到顶", en: "go to the top")
        case .bottom: Message(zh: "到底", en: "go to the bottom")
        case .nextPane: Message(zh: "下一个窗格", en: "next pane")
        case .previousPane: Message(zh: "上一个窗格", en: "previous pane")
        case .focusList: Message(zh: "企业名单", en: "enterprise list")
        case .focusChecklist: Message(zh: "检查表", en: "checklist")
        case .focusTimeline: Message(zh: "时间线", en: "timeline")
        case .open: Message(zh: "打开", en: "open")
        case .cycleVerdict: Message(zh: "循环评定", en: "cycle the verdict")
        case .markMet: Message(zh: "符合", en: "met")
        case .markUnmet: Message(zh: "不符合", en: "unmet")
        case .markNotApplicable: Message(zh: "不适用", en: "not applicable")
        case .clearVerdict: Message(zh: "撤销评定", en: "clear the verdict")
        case .editNote: Message(zh: "写备注", en: "write the note")
        case .nextStep: Message(zh: "下一步", en: "next lifecycle step")
        case .marksMenu: Message(zh: "标记", en: "marks")
        case .search: Message(zh: "搜索（名称、代码、拼音）", en: "search (name, code, pinyin)")
        case .searchNext: Message(zh: "下一个匹配", en: "next match")
        case .searchPrevious: Message(zh: "上一个匹配", en: "previous match")
        case .filterMenu: Message(zh: "筛选", en: "filter")
        case .sortMenu: Message(zh: "排序", en: "sort")
        case .dashboardOrder: Message(zh: "总览：排序（单位顺序、最落后、逾期最多）", en: "dashboard: order rows (behind, overdue)")
        case .dashboardMark: Message(zh: "总览：选中或取消一行", en: "dashboard: mark or unmark a row")
        case .dashboardOpen: Message(zh: "总览：打开所选单位的企业名单", en: "dashboard: open the rows' enterprises")
        case .dashboardOpenOverdue: Message(zh: "总览：只打开逾期企业", en: "dashboard: open their overdue ones")
        case .dashboardView: Message(zh: "总览：进度／不符合最多的条款", en: "dashboard: progress / failing criteria")
        case .nextYear: Message(zh: "下一年度（类别调整、开始新年度）", en: "next year (tier moves, start it)")
        case .dashboard: Message(zh: "总览（各县区、部门进度）", en: "dashboard (progress per owner)")
        case .undo: Message(zh: "撤销我的上一次修改", en: "undo your last change")
        case .help: Message(zh: "帮助", en: "help")
        case .back: Message(zh: "返回", en: "back")
        case .quit: Message(zh: "退出", en: "quit")
        case .forceQuit: Message(zh: "立即退出", en: "quit at once")
        case .sync: Catalog.tuiSyncCommand
        case .resolveConflict: Catalog.tuiResolveCommand
        }
    }
}
