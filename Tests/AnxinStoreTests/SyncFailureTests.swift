import AnxinCore
import Testing
@testable import AnxinStore

/// git's own failure texts (as git 2.x prints them) become messages that say what happened and what to do.
@Suite("Sync: reading git's failures")
struct SyncFailureTests {
    static func failed(_ stderr: String, started: Bool = true) -> SyncFailure {
        SyncFailure.classify(GitResult(status: started ? 128 : 127, stdout: "", stderr: stderr, started: started),
                             command: "fetch", remote: "origin")
    }

    @Test("refused credentials, over HTTPS and SSH", arguments: [
        "fatal: Authentication failed for 'https://git.example.com/campaign.git/'\n",
        "git@git.example.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
        "fatal: could not read Username for 'https://git.example.com': terminal prompts disabled\n",
    ])
    func authentication(_ stderr: String) {
        let message = Self.failed(stderr).message
        #expect(message.en.hasPrefix("the remote origin refused the credentials"), "\(message.en)")
        #expect(message.zh.contains("拒绝了身份验证"))
    }

    @Test("a remote that cannot be reached", arguments: [
        "fatal: unable to access 'https://git.example.com/campaign.git/': Could not resolve host: git.example.com\n",
        "ssh: connect to host 10.0.0.9 port 22: Connection refused\nfatal: Could not read from remote repository.\n",
        "fatal: '/media/usb/campaign.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n",
    ])
    func unreachable(_ stderr: String) {
        let message = Self.failed(stderr).message
        #expect(message.en.hasPrefix("cannot reach the remote origin"), "\(message.en)")
        #expect(message.en.contains("nothing local changed"))
    }

    @Test("a full disk")
    func diskFull() {
        let message = Self.failed("error: file write error: No space left on device\nfatal: unable to write loose object file\n").message
        #expect(message.en.hasPrefix("the disk is full"), "\(message.en)")
        #expect(message.en.contains("fatal: unable to write loose object file"), "the telling line of git's output is quoted")
    }

    @Test("git not installed")
    func missing() {
        #expect(Self.failed("No such file or directory", started: false).message == Catalog.gitMissing)
    }

    @Test("anything else names the git command and git's last error line")
    func other() {
        let message = Self.failed("warning: something\nerror: cannot lock ref 'refs/anxin/incoming'\n").message
        #expect(message.en == "git fetch failed: error: cannot lock ref 'refs/anxin/incoming'")
    }
}
