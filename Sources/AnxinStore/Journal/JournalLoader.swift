import AnxinCore

/// What to do while loading the journal.
public struct LoadOptions: Sendable {
    /// Fold only events recorded on or before this day (state as of a date).
    public var asOf: Day?
    /// Judge every event against the rules as it is folded, reporting breaches as warnings (`anxin check`).
    public var checkRules = false
    /// Keep the events this predicate accepts, in fold order (for timelines).
    public var collect: (@Sendable (Event) -> Bool)?
    /// Remember where each enterprise's events are (file and byte range), so a timeline can be read back
    /// later without keeping every event in memory.
    public var indexLocations = false
    /// Fold only this campaign year: stop at the first event that carries an enterprise into a later year
    /// (reading a finished year with `--year`).
    public var campaignYear: Int?

    public init(asOf: Day? = nil, checkRules: Bool = false, collect: (@Sendable (Event) -> Bool)? = nil,
                indexLocations: Bool = false) {
        self.asOf = asOf
        self.checkRules = checkRules
        self.collect = collect
        self.indexLocations = indexLocations
    }
}

/// An event with the place it was read from.
public struct LoadedEvent: Sendable {
    public let event: Event
    public let file: String
    public let line: Int
}

/// One replica's journal file as read.
public struct JournalFileSummary: Sendable, Equatable {
    public let path: String
    public let replica: String
    public var bytes = 0
    public var lines = 0
    public var events = 0
    /// Bytes of a last line without its newline (ignored), or 0.
    public var tornBytes = 0
    /// The instant of the last event in the file (new appends must not go before it).
    public var lastInstant: Instant?
}

/// Where one event's line is: which journal file, and its bytes.
public struct EventLocation: Sendable, Equatable {
    public let file: Int32
    public let length: Int32
    public let offset: Int

    public init(file: Int32, length: Int32, offset: Int) {
        self.file = file
        self.length = length
        self.offset = offset
    }
}

/// The result of loading: the folded state, every problem found, and what each file held.
public struct JournalLoad: Sendable {
    public var state: CampaignState
    public var diagnostics: [Diagnostic]
    public var files: [JournalFileSummary]
    public var collected: [LoadedEvent]
    /// With `indexLocations`: each enterprise's events in fold order, and the journal paths they refer to.
    public var locations = EventIndex()
    public var locationFiles: [String] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads every replica's journal and folds the events in (instant, replica, line) order.
/// Files are streamed and merged (each replica appends in time order); a file found out of order is read
/// whole and sorted, and the fold starts again, so the result is always the fold of the sorted journal.
public enum JournalLoader {
    public static func load(eventsDirectory: String, displayDirectory: String, config: CampaignConfig,
                            catalog: CriteriaCatalog, options: LoadOptions) -> JournalLoad {
        let names = POSIXFile.list(eventsDirectory).filter { $0.hasSuffix(".jsonl") }
        var sortedFiles = Set<Int>()
        var idsInFold = false
        while true {
            let attempt = foldOnce(names: names, eventsDirectory: eventsDirectory, displayDirectory: displayDirectory,
                                   config: config, catalog: catalog, options: options, sortedFiles: sortedFiles,
                                   idsInFold: idsInFold)
            switch attempt {
            case let .done(load): return load
            case let .unsorted(file): sortedFiles.insert(file)
            case .duplicateIDs: idsInFold = true
            }
        }
    }

    enum Attempt {
        case done(JournalLoad)
        case unsorted(Int)
        /// The decoders met an id twice: fold again, judging each id in fold order (the later one is refused).
        case duplicateIDs
    }

    private static func foldOnce(names: [String], eventsDirectory: String, displayDirectory: String,
                                 config: CampaignConfig, catalog: CriteriaCatalog, options: LoadOptions,
                                 sortedFiles: Set<Int>, idsInFold: Bool) -> Attempt {
        var diagnostics: [Diagnostic] = []
        var cursors: [EventCursor] = []
        for (index, name) in names.enumerated() {
            let replica = String(name.dropLast(".jsonl".count))
            let display = "\(displayDirectory)/\(name)"
            if !LocalIdentity.isValidReplica(replica) {
                diagnostics.append(Diagnostic(.error, file: display, line: 0, column: 0, Catalog.badReplicaFileName(name)))
                continue
            }
            do {
                let cursor = try EventCursor(index: index, path: "\(eventsDirectory)/\(name)", display: display,
                                             replica: replica, catalog: catalog, sortWhole: sortedFiles.contains(index))
                cursors.append(cursor)
            } catch {
                diagnostics.append(Diagnostic(.error, file: display, line: 0, column: 0, error.message))
            }
        }

        // About 270 bytes an event: sized once instead of growing (and rehashing) a million-entry set.
        let journalBytes = names.compactMap { POSIXFile.size("\(eventsDirectory)/\($0)") }.reduce(0, +)
        var state = CampaignState(config: config, catalog: catalog)
        // Journals hold about ten events of ~270 bytes per enterprise.
        state.reserveCapacity(enterprises: journalBytes / 3000)
        let rulebook = Rulebook(config: config, catalog: catalog)
        var collected: [LoadedEvent] = []
        var heap = CursorHeap(cursors)
        // Duplicate ids are looked for by the decoding threads, off this one, unless a file is served sorted
        // (decoded here) or they found some (then here, in fold order, which decides which one is refused).
        let idsInWorkers = options.checkRules && !idsInFold && sortedFiles.isEmpty
        var seenIDs = EventIDSet(expected: options.checkRules && !idsInWorkers ? journalBytes / 240 + 16 : 0)
        // About 270 bytes a line: sized once, so the index never grows by copying.
        var locations = options.indexLocations ? EventIndex(expectedEvents: journalBytes / 250 + 16) : EventIndex()
        var yearEnded = false
        // Streamed files are decoded on worker threads while this thread folds.
        let streamed = cursors.filter { !$0.isSorted }
        // A journal of more than a few megabytes grows a state worth preparing the heap for.
        let prefault = journalBytes > 8 << 20 ? HeapPrefault() : nil
        defer { prefault?.finish() }
        let pipeline = DecodePipeline(cursors: streamed, expectedIDs: idsInWorkers ? journalBytes / 240 + 16 : nil,
                                      prefault: prefault)
        pipeline.start(workers: DecodePipeline.workerCount(files: streamed.count))
        defer { pipeline.stop() }
        for cursor in cursors {
            cursor.advance(into: &diagnostics)
            if cursor.hasHead { heap.push(cursor) }
        }
        // The earliest head is read where it is; then its cursor moves on and sinks to its new place in the merge
        // (one pass down the heap instead of a removal and an insertion).
        while let cursor = heap.peekMin() {
            // The event after this one (this file's next line, or the merge's runner-up, whichever comes first):
            // its slot was asked for when its file moved on to it, so its record can be asked for now and arrive
            // while this event is judged and folded.
            if let code = heap.enterpriseAfterMin() { state.prefetchRecord(of: code) }
            // The event is moved out of its chunk (no copy: a copy retains every text of it), judged and folded,
            // and moved back: the chunk goes back to a decoding thread, which frees the texts it made.
            let decoded = cursor.head
            let line = decoded.pointee.line, offset = decoded.pointee.offset, length = decoded.pointee.length
            let slot = UnsafeMutableRawPointer(decoded).advanced(by: MemoryLayout<DecodedLine>.offset(of: \DecodedLine.event)!)
                .assumingMemoryBound(to: Event.self)
            let event = slot.move()
            // Reported after the cursor moves on: the problems of the chunk it moves into come first, as they did
            // when the event was taken out before the move.
            var eventDiagnostics: [Diagnostic] = []
            folding: do {
                if let asOf = options.asOf, event.at.localDay > asOf { break folding }
                if let year = options.campaignYear {
                    if yearEnded { break folding }
                    if case let .carried(into) = event.payload, into > year { yearEnded = true; break folding }
                }
                let position = state.position(of: event.enterprise)
                // The record's fields arrived (asked for an event ago): ask for its tables now, while the rules
                // look at the fields.
                if let position { state.prefetchTables(at: position, tick: isTick(event)) }
                if options.checkRules {
                    if !idsInWorkers, !seenIDs.insert(event.id) {
                        eventDiagnostics.append(cursor.diagnostic(.error, line: line, Catalog.duplicateEventID(event.id.description)))
                        break folding
                    }
                    // An event about an enterprise never listed gets its own error below, not a rule warning too.
                    if position != nil || isListing(event), let refusal = rulebook.refusal(for: event, at: position, in: state) {
                        eventDiagnostics.append(cursor.diagnostic(.warning, line: line, Catalog.ruleViolation(refusal.message)))
                    }
                }
                if state.apply(event, at: position) == .unknownEnterprise {
                    eventDiagnostics.append(cursor.diagnostic(.error, line: line, Catalog.eventForUnknownEnterprise(event.enterprise)))
                    break folding
                }
                if let collect = options.collect, collect(event) {
                    collected.append(LoadedEvent(event: event, file: cursor.display, line: line))   // a copy: kept
                }
                if options.indexLocations {
                    locations.append(EventLocation(file: Int32(cursor.index), length: Int32(clamping: length),
                                                   offset: offset), for: event.enterprise)
                }
            }
            slot.initialize(to: consume event)
            cursor.moveOn(into: &diagnostics)
            if !eventDiagnostics.isEmpty { diagnostics.append(contentsOf: eventDiagnostics) }
            if cursor.outOfOrder { return .unsorted(cursor.index) }
            if !cursor.hasHead {
                heap.removeMin()
            } else {
                heap.minMovedOn()
                // The event after this file's head comes within a few dozen: ask for its roster slot now (the
                // head's was asked for when it was the one after; at a chunk's start, ask for the head's).
                if let code = cursor.nextHead?.enterprise ?? cursor.headEnterprise { state.prefetchSlot(of: code) }
                // The head's slot was asked for a turn ago: it leads to where the record's address is.
                if let code = cursor.headEnterprise { state.prefetchRecordAddress(of: code) }
            }
        }
        if idsInWorkers, pipeline.sawDuplicateIDs() { return .duplicateIDs }
        diagnostics.append(contentsOf: cursors.flatMap(\.reorderWarnings))
        var load = JournalLoad(state: state, diagnostics: diagnostics, files: cursors.map(\.summary), collected: collected)
        if options.indexLocations {
            load.locations = locations
            load.locationFiles = names.map { "\(eventsDirectory)/\($0)" }
        }
        return .done(load)
    }

    private static func isTick(_ event: Event) -> Bool {
        switch event.payload {
        case .ticked, .cleared: true
        default: false
        }
    }

    private static func isListing(_ event: Event) -> Bool {
        if case .listed = event.payload { return true }
        return false
    }
}
