/// `anxin sync`, `anxin sync --setup`, `anxin init --git` and `anxin sync --bundle`: git as the transport.
extension Catalog {
    public static let gitMissing = Message(
        zh: "找不到 git；请先安装（Debian：apt-get install git）", en: "git is not installed; install it first (Debian: apt-get install git)")

    public static func syncNotARepository(_ directory: String) -> Message {
        Message(zh: "数据目录 \(directory) 还不是 git 仓库；先运行 anxin sync --setup 远程仓库（例如 anxin sync --setup /mnt/共享盘/campaign.git）",
                en: "the data directory \(directory) is not a git repository yet; run anxin sync --setup REMOTE first (e.g. anxin sync --setup /mnt/share/campaign.git)")
    }

    public static func syncNotRepositoryRoot(_ directory: String, root: String) -> Message {
        Message(zh: "数据目录 \(directory) 位于 git 仓库 \(root) 之内，而不是仓库本身；同步要求数据目录自成一个仓库：把它复制到别处再运行 anxin sync --setup",
                en: "the data directory \(directory) is inside the git repository \(root), not a repository of its own; sync needs its own: copy it elsewhere and run anxin sync --setup")
    }

    public static let syncNoRemote = Message(
        zh: "没有配置远程仓库；运行 anxin sync --setup 远程仓库，或在命令中写明：anxin sync 远程仓库",
        en: "no remote is configured; run anxin sync --setup REMOTE, or name one: anxin sync REMOTE")

    public static func syncNoBranch(_ detail: String) -> Message {
        Message(zh: "仓库没有当前分支（\(detail)）；请切换到一个分支后再同步", en: "the repository is not on a branch (\(detail)); check out a branch and sync again")
    }

    public static func syncUnreachable(_ remote: String, _ detail: String) -> Message {
        Message(zh: "无法连接远程仓库 \(remote)：\(detail)\n本机数据未改动；联网（或插上 U 盘）后再运行 anxin sync，或用 anxin sync --bundle 文件",
                en: "cannot reach the remote \(remote): \(detail)\nnothing local changed; sync again when online (or with the USB stick), or use anxin sync --bundle FILE")
    }

    public static func syncAuthenticationFailed(_ remote: String, _ detail: String) -> Message {
        Message(zh: "远程仓库 \(remote) 拒绝了身份验证：\(detail)\n请检查用户名、密码或 SSH 密钥（在终端里运行 anxin sync 时 git 会询问密码）",
                en: "the remote \(remote) refused the credentials: \(detail)\ncheck the user name, password or SSH key (run anxin sync in a terminal so git can ask for a password)")
    }

    public static func syncDiskFull(_ detail: String) -> Message {
        Message(zh: "磁盘已满：\(detail)\n请腾出空间后再同步；已保存的数据未受影响",
                en: "the disk is full: \(detail)\nfree some space and sync again; saved data is untouched")
    }

    public static func syncMergeRefused(_ files: [String]) -> Message {
        Message(zh: "合并被拒绝：这些文件在两边都被改动，无法自动合并：\(files.joined(separator: "、"))\n合并已撤销，本机数据未改动；请由管理员统一修改这些配置文件后再同步",
                en: "merge refused: these files were changed on both sides and cannot be merged automatically: \(files.joined(separator: ", "))\nthe merge was undone and nothing local changed; have one supervisor make the change to these configuration files, then sync again")
    }

    public static func syncUnrelatedHistories(_ remote: String) -> Message {
        Message(zh: "\(remote) 中是另一份数据（两者没有共同的历史）；要加入它，请克隆：git clone \(remote) 新目录，再在新目录中运行 anxin whoami",
                en: "\(remote) holds a different store (no shared history); to join it, clone it: git clone \(remote) NEWDIR, then run anxin whoami in NEWDIR")
    }

    public static func syncIncomingInvalid(_ errors: Int) -> Message {
        Message(zh: "收到的数据有 \(errors) 处错误（见上）；合并已撤销，本机数据原样保留。请让写入这些文件的电脑运行 anxin check 并修正后重新同步",
                en: "the incoming data has \(errors) error(s) (above); the merge was undone and local data is exactly as it was. Ask the laptop that wrote those files to run anxin check, fix them and sync again")
    }

    public static func syncLocalInvalid(_ errors: Int) -> Message {
        Message(zh: "本机数据有 \(errors) 处错误（见上）；先运行 anxin check 并修正（写入中断的残行用 anxin repair），再同步",
                en: "the local data has \(errors) error(s) (above); run anxin check and fix them first (a torn last line: anxin repair), then sync")
    }

    public static func syncPushGaveUp(_ attempts: Int) -> Message {
        Message(zh: "推送 \(attempts) 次都被拒绝（其他电脑同时在推送）；本机已合并的数据都已保存，请稍后再运行 anxin sync",
                en: "the push was refused \(attempts) times (other laptops are pushing at the same time); everything merged is saved here: run anxin sync again in a moment")
    }

    public static func gitFailed(_ command: String, _ detail: String) -> Message {
        Message(zh: "git \(command) 失败：\(detail)", en: "git \(command) failed: \(detail)")
    }

    public static let syncNothingToDo = Message(zh: "已是最新：没有要发送或接收的内容", en: "up to date: nothing to send or receive")

    public static func syncDone(sent: Int, received: Int, remote: String) -> Message {
        Message(zh: "已与 \(remote) 同步：发出本机 \(sent) 条事件，收到 \(received) 条",
                en: "synced with \(remote): sent \(sent) event(s) of this laptop, received \(received)")
    }

    public static func syncConflictsOpen(_ count: Int) -> Message {
        Message(zh: "有 \(count) 处冲突待处理；用 anxin conflicts 查看", en: "\(count) conflict(s) open; see anxin conflicts")
    }

    public static func bundleWritten(_ file: String, events: Int) -> Message {
        Message(zh: "已写入 \(file)（含本机全部数据，\(events) 条本机事件）；带到另一台电脑上运行 anxin sync --bundle \(file)",
                en: "wrote \(file) (all the data here, \(events) event(s) of this laptop); on the other laptop run anxin sync --bundle \(file)")
    }

    public static func bundleRead(_ file: String, received: Int) -> Message {
        Message(zh: "已从 \(file) 合并：收到 \(received) 条事件", en: "merged \(file): received \(received) event(s)")
    }

    public static func bundleInvalid(_ file: String, _ detail: String) -> Message {
        Message(zh: "\(file) 不是可用的 git 包（bundle）：\(detail)", en: "\(file) is not a usable git bundle: \(detail)")
    }

    public static func syncSetUp(_ directory: String, remote: String?) -> Message {
        guard let remote else {
            return Message(zh: "\(directory) 已是 git 仓库（.local/ 不提交）；设置共享仓库：anxin sync --setup 远程仓库",
                           en: "\(directory) is now a git repository (.local/ is not committed); to share it: anxin sync --setup REMOTE")
        }
        return Message(zh: "\(directory) 已设置远程仓库 \(remote)", en: "\(directory) now syncs with \(remote)")
    }

    public static let syncHeaderNever = Message(zh: "未同步", en: "never synced")

    public static func syncHeader(unshared: Int, last: String?) -> Message {
        let zhLast = last.map { "上次同步 \($0)" } ?? "未同步"
        let enLast = last.map { "synced \($0)" } ?? "never synced"
        return Message(zh: "待发送 \(unshared) · \(zhLast)", en: "unshared \(unshared) · \(enLast)")
    }
}

/// The interface's sync key and badges.
extension Catalog {
    public static let tuiSyncNotSetUp = Message(
        zh: "此数据目录还未设置同步；在命令行运行 anxin sync --setup 远程仓库（见 docs/sync.md）",
        en: "this store is not set up for sync; run anxin sync --setup REMOTE on the command line (see docs/sync.md)")

    public static func tuiSyncRunning(_ progress: String) -> Message {
        Message(zh: "正在同步… \(progress)", en: "syncing… \(progress)")
    }

    public static let tuiBadgeConflict = Message(zh: "冲", en: "C")
    public static let tuiSyncCommand = Message(zh: "与其他电脑同步（git）", en: "sync with the other laptops (git)")
    public static let tuiSyncHint = Message(zh: "同步", en: "sync")
    public static let tuiFilterConflicts = Message(zh: "只看冲突", en: "conflicts only")
}

extension Catalog {
    public static let tuiResolveCommand = Message(
        zh: "解决冲突：保留生效的一方", en: "settle a conflict: keep what is in force")

    public static let tuiConflictsTitle = Message(zh: "冲突", en: "Conflicts")

    public static func tuiNoConflicts(_ name: String) -> Message {
        Message(zh: "\(name)没有冲突", en: "\(name) has no conflicts")
    }

    public static func tuiKeepInForce(clockSkew: Bool) -> Message {
        clockSkew ? Message(zh: "时钟偏差；回车保留生效的一方", en: "clock skew; Enter keeps what is in force")
                  : Message(zh: "并发修改；回车保留生效的一方", en: "concurrent edits; Enter keeps what is in force")
    }
}
