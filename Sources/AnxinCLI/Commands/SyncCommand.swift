import AnxinCore
import AnxinStore
import ArgumentParser
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "与其他电脑同步数据（git） · Combine this laptop's work with the others' through git.",
        discussion: """
        提交本机的新事件，拉取、合并、完整校验合并结果，再推送（别人先推送时自动重试）。收到的数据有错误时撤销合并，本机数据原样保留，并指出出错的文件和行。
        没有网络时：anxin sync --bundle 文件 ——文件不存在时写出本机全部数据，存在时读入并合并（用 U 盘携带）。
        第一次：anxin sync --setup 远程仓库（共享盘上的裸仓库、SSH 或托管服务地址）。详见 docs/sync.md。

        Commits this laptop's new events, fetches, merges, runs the full check on the result and pushes, trying again when another laptop pushed first. When the incoming data does not validate, the merge is undone, local data stays exactly as it was, and the wrong file and line are named.
        Without a network: anxin sync --bundle FILE writes everything here to FILE when it does not exist, and reads and merges it when it does (carry it on a USB stick).
        The first time: anxin sync --setup REMOTE (a bare repository on a shared drive, SSH, or a hosting service). See docs/sync.md.
        """)

    @Argument(help: ArgumentHelp("远程仓库（默认：已设置的 origin） · The remote (default: the configured origin).", valueName: "REMOTE"))
    var remote: String?

    @Option(help: ArgumentHelp("写出或读入 git 包（U 盘） · Write or read a git bundle (USB stick).", valueName: "FILE"))
    var bundle: String?

    @Option(help: ArgumentHelp("初始化仓库并设置远程仓库，然后同步 · Prepare the repository, set the remote, then sync.", valueName: "REMOTE"))
    var setup: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if bundle != nil && (remote != nil || setup != nil) {
            throw ValidationError("--bundle: give either a bundle file or a remote, not both")
        }
        if setup != nil && remote != nil {
            throw ValidationError("--setup: the remote is the option's value; drop the extra REMOTE argument")
        }
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let terminal = isatty(2) != 0
        let progress: (@Sendable ([UInt8]) -> Void)? = terminal ? SyncCommand.toStandardError : nil
        let syncer = Syncer(store: store, environment: context.environment,
                            interactive: terminal && isatty(0) != 0, progress: progress)
        // Ctrl-C (or a hang-up) while syncing stops git, which runs with the usual signals; anxin itself carries on
        // long enough to undo a merge git did not finish, then reports.
        let previous = [SIGINT, SIGTERM, SIGHUP].map { ($0, signal($0, SIG_IGN)) }
        defer { for (number, handler) in previous { signal(number, handler) } }
        do {
            try perform(syncer, store: store, context: context)
        } catch {
            for diagnostic in error.diagnostics {
                FileHandle.standardError.write(Data((CommandContext.inert(diagnostic.rendered(context.language)) + "\n").utf8))
            }
            throw CLIFailure(error.message)
        }
    }

    private func perform(_ syncer: Syncer, store: Store, context: CommandContext) throws(SyncFailure) {
        if let bundle {
            let file = SyncCommand.absolute(bundle)
            if FileManager.default.fileExists(atPath: file) {
                let report = try syncer.readBundle(from: file, now: context.now())
                context.say(Catalog.bundleRead(bundle, received: report.receivedEvents))
                sayConflicts(report, context)
            } else {
                let report = try syncer.writeBundle(to: file, now: context.now())
                context.say(Catalog.bundleWritten(bundle, events: report.sentEvents))
            }
            return
        }
        var remote = self.remote.map(SyncCommand.localRemote)
        if let setup {
            let target = SyncCommand.localRemote(setup)
            try syncer.setUp(remote: target)
            context.say(Catalog.syncSetUp(store.directory, remote: target))
            remote = nil
        }
        let report = try syncer.sync(remote: remote, now: context.now())
        if report.kind == .nothingToDo {
            context.say(Catalog.syncNothingToDo)
        } else {
            context.say(Catalog.syncDone(sent: report.sentEvents, received: report.receivedEvents, remote: report.remote))
        }
        sayConflicts(report, context)
    }

    private func sayConflicts(_ report: SyncReport, _ context: CommandContext) {
        if report.openConflicts > 0 { context.say(Catalog.syncConflictsOpen(report.openConflicts)) }
    }

    /// Passes git's progress through to a terminal as it comes.
    @Sendable static func toStandardError(_ bytes: [UInt8]) {
        FileHandle.standardError.write(Data(bytes))
    }

    /// A remote that names a directory here is made absolute; a remote's name (origin) or URL stays as it is.
    static func localRemote(_ location: String) -> String {
        FileManager.default.fileExists(atPath: location) ? absolute(location) : location
    }

    /// A local path relative to where anxin was started (git runs in the data directory); URLs and
    /// `host:path` remotes are left as they are.
    static func absolute(_ location: String) -> String {
        if location.hasPrefix("/") || location.contains("://") { return location }
        if let colon = location.firstIndex(of: ":"), !location[..<colon].contains("/") { return location }
        let base = FileManager.default.currentDirectoryPath
        return base.hasSuffix("/") ? base + location : base + "/" + location
    }
}
