import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on standard error, drawn only when standard error is a terminal and the work is
/// large enough to wait for; otherwise it does nothing (scripts and pipes see no bar).
final class ProgressBar {
    static let threshold = 2_000
    private let label: String
    private let total: Int
    private let enabled: Bool
    private var shown = -1

    init(label: String, total: Int) {
        self.label = label
        self.total = max(total, 1)
        enabled = total > ProgressBar.threshold && isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != shown else { return }
        shown = percent
        let width = 30, filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        write("\r\(label) [\(bar)] \(percent)% \(min(done, total))/\(total)")
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, shown >= 0 else { return }
        write("\r" + String(repeating: " ", count: 60 + label.count * 2) + "\r")
        shown = -1
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
