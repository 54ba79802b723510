import AnxinCore

extension DocumentContext {
    /// The context of the acceptance record (验收记录表) of one enterprise.
    public func record(_ sheet: AcceptanceSheet) -> [String: Any] {
        let record = sheet.record
        let tier = record.profile.tier
        var context = common(title: tier.earnsTitle ? "安全诚信企业验收记录表" : "问题型企业整治验收记录表")
        context.merge(enterprise(record)) { $1 }
        context["criteria"] = sheet.rows.map(row)
        let progress = sheet.progress
        context["met"] = String(progress.met)
        context["applicable"] = String(progress.applicable)
        context["checklist"] = tier == .standardized ? "GB/T 33000-2016 一级要素及行业要求"
            : tier == .normalized ? "规范化企业12条标准（方案二（二））" : "问题型企业5项基本要求（方案二（三））"
        if let decision = sheet.decision {
            context["decided"] = true
            context["decision"] = decision.details.action == .close ? "整治验收合格，予以销账" : "验收合格，登记建档"
            context["decisionDate"] = decision.details.date.description
            context["decisionDateCN"] = DocumentContext.chinese(decision.details.date)
            context["decisionActor"] = decision.actor
            context["decisionOffice"] = decision.office
            context["decisionRef"] = decision.details.reference ?? ""
            context["hasDecisionRef"] = decision.details.reference != nil
        } else {
            context["decided"] = false
            for key in ["decision", "decisionDate", "decisionDateCN", "decisionActor", "decisionOffice", "decisionRef"] {
                context[key] = ""
            }
            context["hasDecisionRef"] = false
        }
        context["planRef"] = sheet.plan?.details.reference ?? ""
        context["experts"] = sheet.plan?.details.experts.joined(separator: "、") ?? ""
        context["hasExperts"] = !(sheet.plan?.details.experts.isEmpty ?? true)
        context["rejections"] = sheet.rejections.map { step -> [String: Any] in
            ["rejectedDate": step.details.date.description, "rejectedOffice": step.office,
             "rejectedActor": step.actor, "rejectedNote": step.details.note ?? ""]
        }
        context["hasRejections"] = !sheet.rejections.isEmpty
        return context
    }

    private func row(_ row: AcceptanceSheet.Row) -> [String: Any] {
        var item = verdict(row.verdict, row.latest)
        item["id"] = row.criterion.id.value
        item["criterionTitle"] = row.criterion.title
        item["text"] = row.criterion.text
        item["hasLevels"] = !row.levels.isEmpty
        item["levels"] = row.levels.map { entry -> [String: Any] in
            var level = verdict(entry.record?.verdict ?? .unchecked, entry.record)
            level["levelName"] = entry.level.label.zh
            return level
        }
        return item
    }

    /// A verdict with its note and who gave it, when.
    private func verdict(_ verdict: Verdict, _ record: VerdictRecord?) -> [String: Any] {
        [
            "verdict": verdict.label.zh,
            "isMet": verdict == .met,
            "isUnmet": verdict == .unmet,
            "note": record?.note ?? "",
            "hasNote": !(record?.note ?? "").isEmpty,
            "inspector": record?.actor ?? "",
            "hasInspector": record != nil,
            "inspectorOffice": record?.office ?? "",
            "checkedDate": record?.at.localDay.description ?? "",
        ]
    }
}
