/// Two edits of the same subject of one enterprise that do not agree on what came before (并发修改冲突):
/// replicas changed it without having seen each other's event. The fold still decides (the later of instant,
/// replica, id is in force) and both events stay in the timeline; the conflict is only a flag, settled by a
/// `resolved` event.
public struct Conflict: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Two edits made without seeing each other.
        case concurrent
        /// An edit dated before the event it was based on (时钟偏差): a laptop's clock is behind.
        case clockSkew = "clock-skew"
    }

    public let kind: Kind
    public let enterprise: CreditCode
    public let subject: Subject
    /// Concurrent: the event that was in force and was overridden. Clock skew: the event dated too early.
    public let overridden: EventID
    /// Concurrent: the event in force after the pair. Clock skew: the event it was based on (which sorts after it).
    public let kept: EventID

    public init(kind: Kind, enterprise: CreditCode, subject: Subject, overridden: EventID, kept: EventID) {
        self.kind = kind
        self.enterprise = enterprise
        self.subject = subject
        self.overridden = overridden
        self.kept = kept
    }

    public var key: ConflictKey { ConflictKey(enterprise: enterprise, subject: subject) }

    /// Whether an event is one of the pair.
    public func involves(_ id: EventID) -> Bool { id == overridden || id == kept }
}

/// Where a conflict is: one subject of one enterprise (a later conflict on the same subject replaces it).
public struct ConflictKey: Hashable, Sendable {
    public let enterprise: CreditCode
    public let subject: Subject

    public init(enterprise: CreditCode, subject: Subject) {
        self.enterprise = enterprise
        self.subject = subject
    }
}
