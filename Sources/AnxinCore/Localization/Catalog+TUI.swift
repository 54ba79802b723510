/// What the terminal interface says.
extension Catalog {
    public static func tuiUnboundKey(_ key: String) -> Message {
        Message(zh: "“\(key)”键在此窗格无作用；按 ? 查看帮助", en: "the key \"\(key)\" does nothing here; press ? for help")
    }

    public static func tuiUndoTick(_ criterion: String, level: Message?) -> Message {
        Message(zh: "评定 \(criterion)" + (level.map { " \($0.zh)" } ?? ""), en: "verdict on \(criterion)" + (level.map { " \($0.en)" } ?? ""))
    }

    public static func tuiUndoMark(_ mark: Message) -> Message {
        Message(zh: "标记 \(mark.zh)", en: "mark \(mark.en)")
    }

    /// On the first screen, while the rest of the journal is read (keys wait until then).
    public static let tuiLoadingRest = Message(zh: "正在读取全部记录，按键将在读完后生效……",
                                               en: "reading the whole journal; keys take effect once it is read…")
    public static let tuiUndoReason = Message(zh: "撤销误操作", en: "undo of a mistaken change")
    public static let tuiNoteNeedsLevel = Message(zh: "请选中 N05 的某一层级再写备注", en: "select one level of N05 to write its note")
    public static let tuiNoteNeedsVerdict = Message(zh: "先评定（Space、y、x、-）再写备注", en: "record a verdict first (Space, y, x, -), then the note")
    public static let tuiCancelled = Message(zh: "已取消，未记录任何内容", en: "cancelled; nothing was recorded")
    public static let tuiNothingToUndo = Message(zh: "本次没有可撤销的修改（步骤不能撤销）", en: "nothing of yours to undo in this session (steps cannot be undone)")

    public static func tuiReadOnly(_ reason: Message) -> Message {
        Message(zh: "只读：\(reason.zh)", en: "read-only: \(reason.en)")
    }

    public static func tuiNoMatch(_ text: String) -> Message {
        Message(zh: "没有匹配“\(text)”的企业", en: "no enterprise matches \"\(text)\"")
    }

    public static let tuiNoSearch = Message(zh: "还没有搜索；按 / 输入名称、代码或拼音", en: "no search yet; press / and type a name, code or pinyin")

    public static func tuiLifecycleDone(_ name: String) -> Message {
        Message(zh: "\(name)已完成全部步骤", en: "\(name) has taken every step")
    }

    public static let tuiFieldAction = Message(zh: "步骤", en: "step")
    public static let tuiFieldDate = Message(zh: "日期", en: "date")
    public static let tuiFieldReasons = Message(zh: "不合格原因", en: "reasons")
    public static let tuiFieldNote = Message(zh: "备注", en: "note")
    public static let tuiFieldReason = Message(zh: "原因", en: "reason")
    public static let tuiFieldCause = Message(zh: "原因类别", en: "cause")
    public static let tuiFieldGrade = Message(zh: "事故等级", en: "accident grade")
    public static let tuiDescending = Message(zh: "倒序", en: "descending")

    public static func tuiMarkSince(_ day: Day) -> Message {
        Message(zh: "自 \(day)", en: "since \(day)")
    }

    public static let tuiMarkNotSet = Message(zh: "未设置", en: "not set")

    public static func tuiTooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> Message {
        Message(zh: "窗口太小（\(width)×\(height)）：请放大到至少 \(minimumWidth)×\(minimumHeight)",
                en: "the window is too small (\(width)×\(height)): enlarge it to at least \(minimumWidth)×\(minimumHeight)")
    }

    public static func tuiCampaignTitle(city: String, year: Int) -> Message {
        Message(zh: "\(city) \(year)年度安全诚信企业创建", en: "\(city) \(year) Safety-Integrity campaign")
    }

    public static let tuiToday = Message(zh: "今天", en: "today")
    public static let tuiDemoClock = Message(zh: "（演示）", en: " (demo)")

    public static func tuiCurrentStep(_ number: Int, _ title: String, daysLeft: Int) -> Message {
        if daysLeft < 0 {
            return Message(zh: "第\(number)步 \(title) 已过期\(-daysLeft)天", en: "step \(number) \(title), \(-daysLeft) days past")
        }
        return Message(zh: "第\(number)步 \(title) 剩\(daysLeft)天", en: "step \(number) \(title), \(daysLeft) days left")
    }

    public static let tuiReadOnlyBadge = Message(zh: "只读", en: "READ-ONLY")

    public static func tuiAsOf(_ day: Day) -> Message {
        Message(zh: "截至 \(day) 的状态", en: "as of \(day)")
    }

    public static let tuiLockedByOther = Message(zh: "另一个 anxin 正在写入", en: "another anxin is writing")
    public static let tuiAsOfReadOnly = Message(zh: "查看历史状态", en: "viewing a past state")
    public static let tuiNoIdentity = Message(zh: "未设置操作人（anxin whoami）", en: "no actor set (anxin whoami)")
    public static let tuiPaneList = Message(zh: "企业名单", en: "Enterprises")
    public static let tuiPaneChecklist = Message(zh: "检查表", en: "Checklist")
    public static let tuiPaneTimeline = Message(zh: "时间线", en: "Timeline")
    public static let tuiHintSearch = Message(zh: "输入名称、代码或拼音（如 bd）· ↑↓ 上/下一个 · Enter 确定 · Esc 取消",
                                              en: "type a name, code or pinyin (e.g. bd) · ↑↓ previous/next · Enter keep · Esc cancel")
    public static let tuiHintEditor = Message(zh: "Enter 保存 · Esc 取消 · ←→ 移动 · Backspace 删除", en: "Enter save · Esc cancel · ←→ move · Backspace delete")
    public static let tuiHintForm = Message(zh: "Enter 确认记录 · Tab/↑↓ 切换项 · ←→ 选择 · Esc 取消", en: "Enter record · Tab/↑↓ field · ←→ choose · Esc cancel")
    public static let tuiHintMenu = Message(zh: "↑↓ 选择 · Enter/Space 选定 · Esc 返回", en: "↑↓ move · Enter/Space choose · Esc back")
    public static let tuiHintHelp = Message(zh: "↑↓ 滚动 · Esc 关闭", en: "↑↓ scroll · Esc close")
    public static let tuiNotePrompt = Message(zh: "备注", en: "note")
    public static let tuiFilterLabel = Message(zh: "筛选", en: "filter")
    public static let tuiSortLabel = Message(zh: "排序", en: "sort")
    public static let tuiProgress = Message(zh: "进度", en: "progress")
    public static let tuiMarks = Message(zh: "标记", en: "marks")
    public static let tuiNoRows = Message(zh: "没有符合筛选的企业（f 修改筛选）", en: "no enterprise matches the filter (f to change it)")
    public static let tuiBadgeOverdue = Message(zh: "逾", en: "!")

    public static func tuiBadge(_ mark: Mark) -> Message {
        switch mark {
        case .demo: Message(zh: "示", en: "D")
        case .revoked: Message(zh: "撤", en: "R")
        case .supervised: Message(zh: "重", en: "K")
        case .blacklisted: Message(zh: "黑", en: "B")
        }
    }

    public static let tuiLoading = Message(zh: "读取中…", en: "loading…")
    public static let tuiHelpTitle = Message(zh: "帮助 · 全部按键", en: "Help · every key")
    public static let tuiHelpMouse = Message(zh: "鼠标：单击选择行或窗格，滚轮滚动", en: "Mouse: click selects a row or pane, the wheel scrolls")
    public static let tuiHelpEditor = Message(zh: "编辑：←→ Home End 移动，Backspace/Del 删除，Ctrl-U 清空，Enter 保存，Esc 取消",
                                              en: "Editing: ←→ Home End move, Backspace/Del delete, Ctrl-U clear, Enter save, Esc cancel")
    public static let tuiFilterTitle = Message(zh: "筛选", en: "Filter")
    public static let tuiSortTitle = Message(zh: "排序", en: "Sort")
    public static let tuiMarksTitle = Message(zh: "标记", en: "Marks")
    public static let tuiStepTitle = Message(zh: "记录下一步", en: "Record a step")
    public static let tuiWillRecord = Message(zh: "将记录：", en: "will record:")
    public static let tuiCannotRecord = Message(zh: "不能记录：", en: "cannot record:")

    public static func tuiSaved(_ zh: String, _ en: String) -> Message {
        Message(zh: "已保存：" + zh, en: "saved: " + en)
    }

    public static let tuiNotATerminal = Message(
        zh: "anxin 的界面需要终端（标准输入和输出都须是终端）。脚本请用命令行：anxin list、anxin show 代码、anxin tick …（anxin --help 查看全部）",
        en: "anxin's interface needs a terminal (standard input and output). From scripts use the commands: anxin list, anxin show CODE, anxin tick … (anxin --help lists them all)")

    public static let tuiNotUTF8 = Message(zh: "警告：当前区域设置不是 UTF-8，中文可能无法显示；已改用 ASCII 符号（可设 LANG=C.UTF-8）",
                                           en: "warning: the locale is not UTF-8, so Chinese may not show; using ASCII symbols (set LANG=C.UTF-8)")
}
