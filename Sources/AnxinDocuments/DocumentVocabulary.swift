/// Every name a template may use (docs/documents.md explains each). A tag naming anything else is an error
/// with its line and column: Mustache alone would render an unknown name as nothing.
public enum DocumentVocabulary {
    public static let names: Set<String> = [
        // Every document.
        "title", "city", "year", "cityOffice", "bureau", "date", "dateISO", "blacklistYears", "earlyRemovalMonths",
        // Lists.
        "members", "count", "hasMembers", "groups", "numeral",
        "sectors", "sector", "hasSites", "sites", "rectified", "hasRectified", "rectifiedLimit",
        // An enterprise.
        "index", "name", "code", "jurisdiction", "industry", "tier", "tierShort", "level", "department", "person",
        "phone", "hasPhone", "address", "hasAddress", "stage", "stageDate", "inCampaign",
        "accepted", "acceptedDate", "acceptedOffice", "acceptedRef", "hasAcceptedRef", "publicizedDate",
        "deadline", "hasDeadline",
        // Marks: key supervision and the blacklist.
        "since", "sinceCN", "reason", "markOffice", "fromRevocation", "revocationCause",
        "cause", "termEnd", "termEndCN", "earliestRemoval", "earliestRemovalCN", "termOver",
        // Letters.
        "addressee", "hasAddressee",
        // The acceptance record.
        "criteria", "id", "criterionTitle", "text", "hasLevels", "levels", "levelName",
        "verdict", "isMet", "isUnmet", "note", "hasNote", "inspector", "hasInspector", "inspectorOffice", "checkedDate",
        "met", "applicable", "checklist", "decided", "decision", "decisionDate", "decisionDateCN", "decisionActor",
        "decisionOffice", "decisionRef", "hasDecisionRef", "planRef", "experts", "hasExperts",
        "rejections", "hasRejections", "rejectedDate", "rejectedOffice", "rejectedActor", "rejectedNote",
    ]
}
