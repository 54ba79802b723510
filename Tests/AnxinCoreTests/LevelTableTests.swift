@testable import AnxinCore
import Testing
import AnxinTestSupport

/// The per-level table of N05 behaves as the dictionary it replaced.
@Suite("Level table (check level → value)")
struct LevelTableTests {
    @Test("agrees with Dictionary through sets, removals, counts, values, iteration and equality (property)")
    func agreesWithDictionary() {
        var generator = SeededGenerator(seed: 2024)
        for round in 0..<200 {
            var table = LevelTable<Int>()
            var reference: [CheckLevel: Int] = [:]
            for step in 0..<30 {
                let level = CheckLevel.allCases.randomElement(using: &generator)!
                let value: Int? = Int.random(in: 0..<4, using: &generator) == 0 ? nil : step
                table[level] = value
                reference[level] = value
                #expect(CheckLevel.allCases.allSatisfy { table[$0] == reference[$0] }, "round \(round), step \(step)")
                #expect(table.count == reference.count && table.isEmpty == reference.isEmpty)
                #expect(table.values.sorted() == reference.values.sorted())
                #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
            }
            // Equal to a table built from the same pairs in another order; an emptied table equals an empty one.
            var rebuilt = LevelTable<Int>()
            for (level, value) in reference.sorted(by: { $0.key.rawValue > $1.key.rawValue }) { rebuilt[level] = value }
            #expect(rebuilt == table)
            for level in CheckLevel.allCases { rebuilt[level] = nil }
            #expect(rebuilt == LevelTable<Int>() && rebuilt.isEmpty)
            #expect(rebuilt == table || !reference.isEmpty)
        }
        let literal: LevelTable<String> = [.plant: "厂级符合", .post: "岗位不符合"]
        #expect(literal[.plant] == "厂级符合" && literal[.workshop] == nil && literal.count == 2)
        #expect(literal.map(\.key) == [.plant, .post])   // level order
    }
}
