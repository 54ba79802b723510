import AnxinCore

/// An item of a menu as drawn and chosen.
public struct MenuItem: Sendable, Equatable {
    public let label: String
    /// nil: not a toggle; true/false: a checkbox.
    public let checked: Bool?
    public let detail: String
}

/// The filter, sort and marks menus.
extension Reducer {
    static func openMenu(_ kind: Menu.Kind, _ state: inout AppState) {
        if kind == .marks {
            guard state.selected != nil else { return }
            guard state.access.canWrite else { return refuseReadOnly(&state) }
        }
        state.mode = .menu(Menu(kind))
    }

    static func handleMenuKey(_ key: Key, _ state: inout AppState, _ effects: inout [Effect]) {
        guard case var .menu(menu) = state.mode else { return }
        let items = state.menuItems(menu.kind)
        switch key {
        case .escape, .character("q"), .left:
            if case .filterValues = menu.kind {
                state.mode = .menu(Menu(.filterDimensions))
            } else {
                state.mode = .normal
            }
            return
        case .up, .character("k"): menu.cursor = max(0, menu.cursor - 1)
        case .down, .character("j"): menu.cursor = min(max(0, items.count - 1), menu.cursor + 1)
        case .home, .character("g"): menu.cursor = 0
        case .end, .character("G"): menu.cursor = max(0, items.count - 1)
        case .enter, .character(" "), .right:
            switch menu.kind {
            case .nextYear, .confirmYear: chooseNextYear(menu, &state, &effects)
            case .conflicts: chooseConflict(menu, &state, &effects)
            default: choose(menu, toggleOnly: key == .character(" "), &state)
            }
            return
        default: break
        }
        state.mode = .menu(menu)
    }

    private static func choose(_ menu: Menu, toggleOnly: Bool, _ state: inout AppState) {
        let keep = state.selectedCode
        switch menu.kind {
        case .filterDimensions:
            let dimension = FilterDimension.allCases[min(menu.cursor, FilterDimension.allCases.count - 1)]
            switch dimension {
            case .overdue, .conflicts:
                state.toggleFilter(dimension, "")
                state.refreshRows(keeping: keep)
                state.mode = .menu(menu)
            case .clear:
                let text = state.filter.text
                state.filter = EnterpriseFilter()
                state.conflictsOnly = false
                state.filter.text = text
                state.refreshRows(keeping: keep)
                state.mode = .normal
            default:
                state.mode = .menu(Menu(.filterValues(dimension)))
            }
        case let .filterValues(dimension):
            let values = state.filterValues(dimension)
            guard values.indices.contains(menu.cursor) else { return }
            state.toggleFilter(dimension, values[menu.cursor].token)
            state.refreshRows(keeping: keep)
            state.mode = .menu(menu)
        case .sort:
            let keys = SortKey.allCases
            if menu.cursor < keys.count {
                state.sort = keys[menu.cursor]
            } else {
                state.descending.toggle()
            }
            state.refreshRows(keeping: keep)
            state.mode = toggleOnly || menu.cursor >= keys.count ? .menu(menu) : .normal
        case .marks:
            let marks = Mark.allCases
            guard marks.indices.contains(menu.cursor) else { return }
            openMarkForm(marks[menu.cursor], &state)
        case .nextYear, .confirmYear, .conflicts:
            break   // chooseNextYear, chooseConflict
        }
    }
}

extension AppState {
    /// One value a filter dimension offers: the token stored in the filter and how it reads.
    public struct FilterValue: Sendable, Equatable {
        public let token: String
        public let label: String
    }

    public func filterValues(_ dimension: FilterDimension) -> [FilterValue] {
        let config = campaign.config
        switch dimension {
        case .jurisdiction: return config.jurisdictions.map { FilterValue(token: $0.name, label: $0.name) }
        case .department:
            let names = config.departments + config.jurisdictions.map(\.name) + [config.cityOffice]
            return names.map { FilterValue(token: $0, label: $0) }
        case .industry: return config.industries.map { FilterValue(token: $0.name, label: $0.name) }
        case .tier: return Tier.allCases.map { FilterValue(token: $0.rawValue, label: $0.label.text(language)) }
        case .stage: return Stage.allCases.map { FilterValue(token: $0.rawValue, label: $0.label.text(language)) }
        case .level: return SupervisionLevel.allCases.map { FilterValue(token: $0.rawValue, label: $0.label.text(language)) }
        case .mark: return Mark.allCases.map { FilterValue(token: $0.rawValue, label: $0.label.text(language)) }
        case .overdue, .conflicts, .clear: return []
        }
    }

    public func filterHas(_ dimension: FilterDimension, _ token: String) -> Bool {
        switch dimension {
        case .jurisdiction: filter.jurisdictions.contains(token)
        case .department: filter.departments.contains(token)
        case .industry: filter.industries.contains(token)
        case .tier: Tier(rawValue: token).map(filter.tiers.contains) ?? false
        case .stage: Stage(rawValue: token).map(filter.stages.contains) ?? false
        case .level: SupervisionLevel(rawValue: token).map(filter.levels.contains) ?? false
        case .mark: Mark(rawValue: token).map(filter.marks.contains) ?? false
        case .overdue: filter.overdueOnly
        case .conflicts: conflictsOnly
        case .clear: false
        }
    }

    mutating func toggleFilter(_ dimension: FilterDimension, _ token: String) {
        func flip<T: Hashable>(_ set: inout Set<T>, _ value: T?) {
            guard let value else { return }
            if set.contains(value) { set.remove(value) } else { set.insert(value) }
        }
        switch dimension {
        case .jurisdiction: flip(&filter.jurisdictions, token)
        case .department: flip(&filter.departments, token)
        case .industry: flip(&filter.industries, token)
        case .tier: flip(&filter.tiers, Tier(rawValue: token))
        case .stage: flip(&filter.stages, Stage(rawValue: token))
        case .level: flip(&filter.levels, SupervisionLevel(rawValue: token))
        case .mark: flip(&filter.marks, Mark(rawValue: token))
        case .overdue: filter.overdueOnly.toggle()
        case .conflicts: conflictsOnly.toggle()
        case .clear:
            filter = EnterpriseFilter()
            conflictsOnly = false
        }
    }

    /// The active filter in words: "清苑区 · 规范化企业 · 逾期".
    public var filterSummary: String {
        var parts: [String] = []
        parts += filter.owners.map { $0.name(language) }.sorted()
        parts += filter.jurisdictions.sorted()
        parts += filter.departments.sorted()
        parts += filter.industries.sorted()
        parts += Tier.allCases.filter(filter.tiers.contains).map { $0.label.text(language) }
        parts += Stage.allCases.filter(filter.stages.contains).map { $0.label.text(language) }
        parts += SupervisionLevel.allCases.filter(filter.levels.contains).map { $0.label.text(language) }
        parts += Mark.allCases.filter(filter.marks.contains).map { $0.label.text(language) }
        if filter.overdueOnly { parts.append(Catalog.overdueBadge.text(language)) }
        if conflictsOnly { parts.append(Catalog.tuiFilterConflicts.text(language)) }
        return parts.joined(separator: " · ")
    }

    public func menuItems(_ kind: Menu.Kind) -> [MenuItem] {
        switch kind {
        case .filterDimensions:
            return FilterDimension.allCases.map { dimension in
                let chosen = filterValues(dimension).filter { filterHas(dimension, $0.token) }.map(\.label)
                let checked: Bool? = dimension == .overdue ? filter.overdueOnly : dimension == .conflicts ? conflictsOnly : nil
                return MenuItem(label: dimension.label.text(language), checked: checked,
                                detail: chosen.joined(separator: language == .zh ? "、" : ", "))
            }
        case let .filterValues(dimension):
            return filterValues(dimension).map { MenuItem(label: $0.label, checked: filterHas(dimension, $0.token), detail: "") }
        case .sort:
            return SortKey.allCases.map { MenuItem(label: $0.label.text(language), checked: sort == $0, detail: "") }
                + [MenuItem(label: Catalog.tuiDescending.text(language), checked: descending, detail: "")]
        case .marks:
            guard let record = selected else { return [] }
            return Mark.allCases.map { mark in
                let detail = record.marks[mark].map { Catalog.tuiMarkSince($0.details.date).text(language) }
                    ?? Catalog.tuiMarkNotSet.text(language)
                return MenuItem(label: mark.label.text(language), checked: record.has(mark), detail: detail)
            }
        case .nextYear, .confirmYear:
            return nextYearItems(kind)
        case .conflicts:
            guard let record = selected else { return [] }
            return campaign.conflicts.conflicts(of: record.code).map { conflict in
                MenuItem(label: conflict.subject.argumentText, checked: nil,
                         detail: Catalog.tuiKeepInForce(clockSkew: conflict.kind == .clockSkew).text(language))
            }
        }
    }
}
