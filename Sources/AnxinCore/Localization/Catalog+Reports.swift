/// What the reports (`anxin report …`) and the dashboard say.
extension Catalog {
    public static let reportCity = Message(zh: "全市", en: "City total")
}
