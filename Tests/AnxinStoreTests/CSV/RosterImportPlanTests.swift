import AnxinCore
import AnxinStore
import Testing

@Suite("Roster import plan: which rows list, edit or stay, and why a row is refused")
struct RosterImportPlanTests {
    static let header = "企业名称,统一社会信用代码,所属县区,行业,类别,监管层级,责任部门,责任人,联系电话,地址"

    /// A state holding Sample.profile(1) (listed by 清苑区), plus whatever events follow.
    func state(_ store: Store, _ more: [Event] = []) -> CampaignState {
        var state = CampaignState(config: store.config, catalog: store.catalog)
        for event in [Sample.listing(1)] + more { state.apply(event) }
        return state
    }

    func plan(_ csv: String, _ store: Store, office: String = "市安委办", mapping: [String: RosterField] = [:],
              more: [Event] = []) throws -> RosterImportPlan {
        let file = try RosterFile.parse(Array(csv.utf8), encoding: nil)
        let columns = RosterColumns(header: file.header.fields, mapping: mapping)
        #expect(columns.problems.isEmpty)
        return RosterImportPlan.make(records: file.records, columns: columns, state: state(store, more), actor: "孙建国",
                                     office: office, now: Sample.instant("2024-06-01T09:00:00+08:00"), today: Sample.day("2024-06-01"))
    }

    /// Sample.profile(n)'s line, with fields replaced.
    func line(_ n: Int, name: String? = nil, jurisdiction: String = "清苑区", phone: String? = nil, code: String? = nil) -> String {
        let profile = Sample.profile(n)
        return [name ?? profile.name, code ?? profile.code.value, jurisdiction, "机械", "规范化企业", "属地", "市工信局", "李四",
                phone ?? profile.phone!, profile.address!].joined(separator: ",")
    }

    @Test("a known code whose line is the same is unchanged; a new code is listed; one changed field is one edit")
    func listEditUnchanged() throws {
        try withStore { fixture in
            let unchanged = try plan([Self.header, line(1)].joined(separator: "\r\n"), fixture.store)
            #expect(unchanged.entries.isEmpty && unchanged.unchanged == 1 && unchanged.problems.isEmpty)

            let listed = try plan([Self.header, line(2)].joined(separator: "\r\n"), fixture.store)
            #expect(listed.entries.map(\.action) == [.list(Sample.profile(2))])

            let edited = try plan([Self.header, line(1, phone: "13800000000")].joined(separator: "\r\n"), fixture.store)
            #expect(edited.entries.map(\.action) == [.edit(ProfileChange(phone: "13800000000"))])
        }
    }

    @Test("an empty phone cell clears the phone; a file without a phone column leaves it alone")
    func phoneColumn() throws {
        try withStore { fixture in
            let cleared = try plan([Self.header, line(1, phone: "")].joined(separator: "\n"), fixture.store)
            #expect(cleared.entries.map(\.action) == [.edit(ProfileChange(phone: ""))])
            let profile = Sample.profile(1)
            let narrow = "统一社会信用代码,责任人\n\(profile.code.value),王五\n"
            let edited = try plan(narrow, fixture.store)
            #expect(edited.entries.map(\.action) == [.edit(ProfileChange(person: "王五"))])
        }
    }

    @Test("a new code in a file without the required columns names what is missing")
    func newCodeNeedsColumns() throws {
        try withStore { fixture in
            let result = try plan("统一社会信用代码,责任人\n\(Sample.code(2).value),王五\n", fixture.store)
            #expect(result.entries.isEmpty)
            #expect(result.invalidRows == 1)
            #expect(result.problems.count == 6)
            #expect(result.problems.allSatisfy { $0.row == 2 && $0.column == nil })
            #expect(result.problems.first?.message == Catalog.importMissingColumn(RosterField.name.label))
        }
    }

    @Test("every row of a code written twice is refused, naming the other row")
    func duplicates() throws {
        try withStore { fixture in
            let result = try plan([Self.header, line(2), line(3), line(2, name: "别名")].joined(separator: "\n"), fixture.store)
            #expect(result.entries.map(\.code) == [Sample.code(3)])
            #expect(result.problems.map(\.row) == [2, 4])
            #expect(result.problems.map(\.column) == ["统一社会信用代码", "统一社会信用代码"])
            #expect(result.problems[0].message == Catalog.importDuplicateCode(Sample.code(2).value, rows: [4]))
        }
    }

    @Test("a wrong check character, an Excel number and an unknown jurisdiction are each named by column")
    func cellProblems() throws {
        try withStore { fixture in
            let wrong = Sample.codeWithWrongCheck(2).text
            let result = try plan([Self.header, line(2, code: wrong), line(3, code: "9.11306E+17"), line(4, jurisdiction: "清苑")]
                .joined(separator: "\n"), fixture.store)
            #expect(result.entries.isEmpty)
            #expect(result.problems.map(\.row) == [2, 3, 4])
            #expect(result.problems.map(\.column) == ["统一社会信用代码", "统一社会信用代码", "所属县区"])
            #expect(result.problems[1].message == Catalog.importCodeTurnedIntoNumber("9.11306E+17"))
            #expect(result.problems[2].message == Catalog.importUnknownName("清苑", field: RosterField.jurisdiction.label, suggestion: "清苑区"))
        }
    }

    @Test("the rules judge as the acting office: 清苑区 cannot list a 满城区 enterprise")
    func rulebookAuthority() throws {
        try withStore { fixture in
            var line = line(2, jurisdiction: "满城区")
            line = line.replacingOccurrences(of: "市工信局", with: "满城区")
            let result = try plan([Self.header, line].joined(separator: "\n"), fixture.store, office: "清苑区")
            #expect(result.entries.isEmpty)
            #expect(result.problems.count == 1)
            #expect(result.problems[0].column == nil)
            #expect(result.problems[0].message.en.contains("满城区"))
        }
    }

    @Test("a removed enterprise is not brought back by an import")
    func removed() throws {
        try withStore { fixture in
            let removal = Sample.event(.removed(reason: "已关闭"), at: "2024-05-20T09:00:00+08:00")
            let result = try plan([Self.header, line(1)].joined(separator: "\n"), fixture.store, more: [removal])
            #expect(result.entries.isEmpty)
            #expect(result.problems.map(\.message) == [Catalog.importRemovedEnterprise(Sample.profile(1).name, reason: "已关闭")])
        }
    }

    @Test("headers: English names, aliases, a required-column star, --map; unknown columns are listed once")
    func headers() {
        let columns = RosterColumns(header: ["序号", "单位名称*", "code", "所属县（市、区）", "Level", "负责人", "备注"],
                                    mapping: ["负责人": .person])
        #expect(columns.problems.isEmpty)
        #expect(columns.positions == [.name: 1, .code: 2, .jurisdiction: 3, .level: 4, .person: 5])
        #expect(columns.ignored == ["序号", "备注"])
    }

    @Test("two columns for one field, a --map naming no column and a missing code column are header problems")
    func headerProblems() {
        let columns = RosterColumns(header: ["企业名称", "name", "责任人"], mapping: ["联系人": .person])
        #expect(columns.problems == [Catalog.importDuplicateColumn("企业名称", "name", field: RosterField.name.label),
                                     Catalog.importMapColumnMissing("联系人"), Catalog.importNoCodeColumn])
    }

    @Test("a title row above the header is skipped; row numbers stay the spreadsheet's")
    func titleRow() throws {
        let file = try RosterFile.parse(Array("保定市安全诚信企业名单,,\n\(Self.header)\n\(line(2))\n,,,\n".utf8), encoding: nil)
        #expect(file.header.row == 2)
        #expect(file.records.map(\.row) == [3])
    }
}
