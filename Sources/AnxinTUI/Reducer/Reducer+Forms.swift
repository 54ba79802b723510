import AnxinCore
import Foundation

/// The confirmation dialogs of a lifecycle step and of a mark: they show what will be recorded, ask for what
/// the action needs, and explain a refusal before anything is written.
extension Reducer {
    static func beginStep(_ state: inout AppState) {
        guard let record = state.selected else { return }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        guard record.isActive else {
            state.notice = Notice(kind: .error, message: Catalog.enterpriseRemoved(record.profile.name, reason: record.removal ?? ""))
            return
        }
        var actions = Lifecycle.actions(from: record.stage, tier: record.profile.tier)
        if let next = Lifecycle.nextAction(from: record.stage, tier: record.profile.tier), let index = actions.firstIndex(of: next) {
            actions.swapAt(0, index)
        }
        guard !actions.isEmpty else {
            state.notice = Notice(kind: .info, message: Catalog.tuiLifecycleDone(record.profile.name))
            return
        }
        state.mode = .form(Form(purpose: .step(record.code), fields: stepFields(actions, selected: 0, record: record, today: state.today)))
    }

    static func stepFields(_ actions: [StepAction], selected: Int, record: EnterpriseRecord, today: Day,
                           keeping old: Form? = nil) -> [Form.Field] {
        let action = actions[selected]
        func text(_ id: Form.FieldID, _ label: Message, _ initial: String = "") -> Form.Field {
            let kept = old?.fields.first { $0.id == id }
            if let kept, case .text = kept.value { return Form.Field(id: id, label: label, value: kept.value) }
            return Form.Field(id: id, label: label, value: .text(LineEditor(initial)))
        }
        var fields = [Form.Field(id: .action, label: Catalog.tuiFieldAction,
                                 value: .choice(tokens: actions.map(\.rawValue), labels: actions.map(\.label), index: selected)),
                      text(.date, Catalog.tuiFieldDate, today.description)]
        switch action {
        case .commit where record.profile.tier == .problem: fields.append(text(.deadline, Catalog.deadlineLabel))
        case .plan: fields += [text(.reference, Catalog.referenceLabel), text(.experts, Catalog.expertsLabel)]
        case .accept, .close, .publicize, .award, .announce: fields.append(text(.reference, Catalog.referenceLabel))
        default: break
        }
        fields.append(text(.note, action == .reject ? Catalog.tuiFieldReasons : Catalog.tuiFieldNote))
        return fields
    }

    static func openMarkForm(_ mark: Mark, _ state: inout AppState) {
        guard let record = state.selected else { return }
        let removing = record.has(mark)
        var fields: [Form.Field] = [Form.Field(id: .reason, label: Catalog.tuiFieldReason, value: .text(LineEditor()))]
        if !removing && mark == .blacklisted {
            let causes = BlacklistCause.allCases
            fields.append(Form.Field(id: .cause, label: Catalog.tuiFieldCause,
                                     value: .choice(tokens: causes.map(\.rawValue), labels: causes.map(\.label), index: 0)))
            let grades = AccidentGrade.allCases.filter { $0 >= .larger }
            fields.append(Form.Field(id: .grade, label: Catalog.tuiFieldGrade,
                                     value: .choice(tokens: grades.map(\.rawValue), labels: grades.map(\.label), index: 0)))
        }
        if !removing && mark == .revoked {
            let causes = RevocationCause.allCases
            fields.append(Form.Field(id: .cause, label: Catalog.tuiFieldCause,
                                     value: .choice(tokens: causes.map(\.rawValue), labels: causes.map(\.label), index: 0)))
        }
        fields.append(Form.Field(id: .date, label: Catalog.tuiFieldDate, value: .text(LineEditor(state.today.description))))
        state.mode = .form(Form(purpose: .mark(record.code, mark, removing: removing), fields: fields))
    }

    static func handleFormKey(_ key: Key, _ state: inout AppState, _ effects: inout [Effect]) {
        guard case var .form(form) = state.mode else { return }
        switch key {
        case .escape:
            state.mode = .normal
            state.notice = Notice(kind: .info, message: Catalog.tuiCancelled)
            return
        case .tab, .down:
            form.focus = (form.focus + 1) % form.fields.count
        case .backTab, .up:
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .enter:
            let preview = state.preview(form)
            if let problem = preview.problem {
                state.notice = Notice(kind: .error, message: problem)
                state.mode = .form(form)
                return
            }
            if let payload = preview.payload {
                state.mode = .normal
                effects.append(.record(payload, form.code, undo: undoEntry(for: payload, form: form, in: state)))
            }
            return
        case .left, .right:
            let field = form.fields[form.focus]
            if case let .choice(tokens, labels, index) = field.value {
                let next = (index + (key == .left ? tokens.count - 1 : 1)) % tokens.count
                form.fields[form.focus].value = .choice(tokens: tokens, labels: labels, index: next)
                if field.id == .action, case .step = form.purpose, let record = state.campaign[form.code] {
                    let actions = tokens.compactMap(StepAction.init(rawValue:))
                    form.fields = stepFields(actions, selected: next, record: record, today: state.today, keeping: form)
                }
            } else if case var .text(editor) = field.value {
                _ = editor.handle(key)
                form.fields[form.focus].value = .text(editor)
            }
        default:
            if case var .text(editor) = form.fields[form.focus].value, editor.handle(key) {
                form.fields[form.focus].value = .text(editor)
            }
        }
        state.mode = .form(form)
    }

    /// Undo for a mark: set ⇄ remove. Steps cannot be undone by an event (there is no "unstep"): nil.
    static func undoEntry(for payload: EventPayload, form: Form, in state: AppState) -> UndoEntry? {
        guard case let .mark(code, mark, removing) = form.purpose, let record = state.campaign[code] else { return nil }
        let what = Catalog.tuiUndoMark(mark.label)
        if removing, let current = record.marks[mark] {
            return UndoEntry(code: code, undo: .marked(current.details), what: what)
        }
        return UndoEntry(code: code, undo: .unmarked(mark: mark, reason: Catalog.tuiUndoReason.zh, date: state.today), what: what)
    }
}

extension AppState {
    /// What a form would record, or why it cannot: a date that does not parse, or the rules' refusal.
    public func preview(_ form: Form) -> (payload: EventPayload?, problem: Message?) {
        guard let dateText = form.value(.date), let date = Day(dateText) else {
            return (nil, Catalog.invalidDate(form.value(.date) ?? "", field: Catalog.tuiFieldDate.text(language)))
        }
        let payload: EventPayload
        switch form.purpose {
        case .step:
            guard let action = form.value(.action).flatMap(StepAction.init(rawValue:)) else { return (nil, nil) }
            var deadline: Day?
            if let text = form.value(.deadline), !text.isEmpty {
                guard let day = Day(text) else { return (nil, Catalog.invalidDate(text, field: Catalog.deadlineLabel.text(language))) }
                deadline = day
            }
            let experts = (form.value(.experts) ?? "")
                .split(whereSeparator: { "、,，;； ".contains($0) }).map(String.init)
            payload = .step(StepDetails(action: action, date: date, reference: form.value(.reference)?.nonEmpty,
                                        experts: experts, deadline: deadline, note: form.value(.note)?.nonEmpty))
        case let .mark(_, mark, removing):
            let reason = form.value(.reason) ?? ""
            if removing {
                payload = .unmarked(mark: mark, reason: reason, date: date)
            } else {
                let cause = form.value(.cause)
                payload = .marked(MarkDetails(mark: mark, reason: reason,
                                              blacklistCause: mark == .blacklisted ? cause.flatMap(BlacklistCause.init(rawValue:)) : nil,
                                              revocationCause: mark == .revoked ? cause.flatMap(RevocationCause.init(rawValue:)) : nil,
                                              accidentGrade: mark == .blacklisted && cause == BlacklistCause.accident.rawValue
                                                  ? form.value(.grade).flatMap(AccidentGrade.init(rawValue:)) : nil,
                                              date: date))
            }
        }
        return (payload, refusal(payload, for: form.code))
    }

    /// The rules' verdict on an action by this UI's actor, judged before anything is written.
    public func refusal(_ payload: EventPayload, for code: CreditCode) -> Message? {
        guard case let .readWrite(actor, office) = access else {
            if case let .readOnly(reason) = access { return Catalog.tuiReadOnly(reason) }
            return nil
        }
        let draft = Event(id: EventID(high: 0, low: 0), at: Instant(day: today), replica: "preview", actor: actor,
                          office: office, enterprise: code, payload: payload)
        return Rulebook(config: campaign.config, catalog: campaign.catalog, today: today).refusal(for: draft, in: campaign)?.message
    }
}

extension String {
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
