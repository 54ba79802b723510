import Testing
import AnxinCore
import AnxinTestSupport

@Suite("Criteria catalog lookup")
struct CriteriaCatalogLookupTests {
    private static let pieces = ["S", "N", "P", "X", "0", "1", "5", "9", "12", "-", "A", "安", "ABCDEFG", "HIJKLMNOP"]

    @Test("property: looking an id up finds the first criterion with that id, as a search down the list does")
    func lookupAgreesWithSearch() {
        var generator = SeededGenerator(seed: 33_000)
        for round in 0..<300 {
            let count = round == 0 ? 0 : Int.random(in: 1...60, using: &generator)
            func randomID() -> CriterionID {
                let parts = Int.random(in: 1...4, using: &generator)
                return CriterionID((0..<parts).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
            }
            let criteria = (0..<count).map { index in
                Criterion(id: randomID(), tier: Tier.allCases[index % Tier.allCases.count], title: "t\(index)", text: "")
            }
            let catalog = CriteriaCatalog(criteria: criteria)
            let probes = criteria.map(\.id) + (0..<40).map { _ in randomID() } + [CriterionID("")]
            for id in probes {
                let expected = criteria.first { $0.id == id }
                #expect(catalog[id] === expected, "round \(round): \(id)")
            }
        }
    }
}
