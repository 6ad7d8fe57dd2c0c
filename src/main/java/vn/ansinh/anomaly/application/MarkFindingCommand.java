package vn.ansinh.anomaly.application;

import jakarta.persistence.LockModeType;
import vn.ansinh.anomaly.domain.AnomalyFinding;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.shared.command.AuditorsCommand;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * An auditor (or administrator) marks a finding of their jurisdiction explained or referred, with a note. The
 * finding is the auditors' own working record, not one of AnSinh's benefit records, so the read-only auditor may
 * mark it; no other role may. The audit row keeps the status and note before and after.
 */
public record MarkFindingCommand(Long findingId, AdminUnitCode commune, FindingStatus target, String note)
        implements AuditorsCommand<AnomalyFinding> {

    @Override
    public String action() {
        return "anomaly.mark";
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public AnomalyFinding execute(CommandContext context) {
        AnomalyFinding finding = findingId == null
                ? null
                : context.em().find(AnomalyFinding.class, findingId, LockModeType.PESSIMISTIC_WRITE);
        if (finding == null || !finding.communeCode().equals(commune)) {
            throw new BusinessRuleException("anomaly.error.notFound");
        }
        String before = json(finding.status(), finding.note());
        finding.mark(target, note, context.actor().username(), context.now());
        context.recordChange(
                "AnomalyFinding",
                findingId.toString(),
                before,
                Jsons.createObjectBuilder()
                        .add("rule", finding.rule().name())
                        .add("subject", finding.subjectKey())
                        .add("status", finding.status().name())
                        .add("note", finding.note())
                        .build()
                        .toString());
        return finding;
    }

    private static String json(FindingStatus status, String note) {
        return Jsons.createObjectBuilder()
                .add("status", status.name())
                .add("note", note == null ? "" : note)
                .build()
                .toString();
    }
}
