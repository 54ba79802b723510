import AnxinCore
import Foundation

/// The files of a campaign year: when the campaign rolls over, the finished year's campaign.yaml and
/// criteria.yaml are kept under `years/<year>/` (so `--year` can still read it as it was), and campaign.yaml is
/// rewritten for the new year with the finished year's dates moved on by one year, comments and all.
public enum CampaignYearFiles {
    /// Keeps the store's configuration under `years/<year>/`. Doing it again is harmless when the kept copy is
    /// the same; a different kept copy is refused (it would lose the finished year's rules).
    public static func archive(_ store: Store) throws(StoreError) {
        let year = store.config.year
        let directory = Store.archiveDirectory(store.directory, year: year)
        do {
            let campaign = try POSIXFile.readAll(store.campaignPath)
            let criteria = POSIXFile.exists(store.criteriaPath)
                ? try POSIXFile.readAll(store.criteriaPath) : Array(DefaultCriteria.yaml.utf8)
            try POSIXFile.makeDirectory("\(store.directory)/years")
            try POSIXFile.makeDirectory(directory)
            for (name, bytes) in [("campaign.yaml", campaign), ("criteria.yaml", criteria)] {
                let path = "\(directory)/\(name)"
                if POSIXFile.exists(path) {
                    if try POSIXFile.readAll(path) != bytes { throw StoreError.refused(Catalog.archiveDiffers(path)) }
                    continue
                }
                try AtomicFile.write(bytes, to: path)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .refused(Catalog.archiveDiffers(directory))
        }
    }

    /// Keeps the finished year's files and rewrites campaign.yaml for `year` (call it holding the write lock).
    public static func startYear(_ year: Int, in store: Store) throws(StoreError) {
        try archive(store)
        do {
            let text = String(decoding: try POSIXFile.readAll(store.campaignPath), as: UTF8.self)
            try AtomicFile.write(nextYearText(text, from: store.config.year, to: year), to: store.campaignPath)
        } catch {
            throw .file(error)
        }
    }

    /// Whether a finished year's configuration is kept in this directory.
    public static func isArchived(_ year: Int, in directory: String) -> Bool {
        POSIXFile.exists("\(Store.archiveDirectory(directory, year: year))/campaign.yaml")
    }

    /// campaign.yaml for the next year: `year:` and every date of the finished year (calendar, deadlines, the
    /// demo clock) move on by one year; 2月29日 becomes 2月28日. Everything else, comments included, stays.
    public static func nextYearText(_ text: String, from old: Int, to new: Int) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            // `year: 2024` (a comment after it stays).
            if line.hasPrefix("year:"), let range = line.range(of: String(old)),
               line[line.index(line.startIndex, offsetBy: 5)..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "\t" }) {
                line.replaceSubrange(range, with: String(new))
            }
            line = movingDates(in: line, from: old, to: new)
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces `OLD-MM-DD` with `NEW-MM-DD` and `OLD年` with `NEW年` where they stand as whole words.
    static func movingDates(in line: String, from old: Int, to new: Int) -> String {
        let oldYear = Array(String(old).utf8), newYear = Array(String(new).utf8)
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        while index < bytes.count {
            let end = index + oldYear.count
            if end <= bytes.count, Array(bytes[index..<end]) == oldYear, !isDigit(index - 1), !isDigit(end) {
                let nian: [UInt8] = Array("年".utf8)
                if end + 6 <= bytes.count, bytes[end] == 45, isDigit(end + 1), isDigit(end + 2), bytes[end + 3] == 45,
                   isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6) {
                    var monthDay = Array(bytes[end..<end + 6])
                    if monthDay == Array("-02-29".utf8) { monthDay = Array("-02-28".utf8) }
                    out += newYear + monthDay
                    index = end + 6
                    continue
                }
                if end + nian.count <= bytes.count, Array(bytes[end..<end + nian.count]) == nian {
                    out += newYear
                    index = end
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
