package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.payment.application.Recovery;
import vn.ansinh.payment.channel.domain.BankResultImport;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PayrollLine;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * Applies a checked bank result file, all or nothing: locks the lines it names and checks each row
 * again (another import may have come first); then paid rows make their line PAID (paid on the day of
 * the import) and, on a first successful transfer, the person's VERIFIED account PAID_VIA_ACCOUNT;
 * failed rows make their line FAILED with the bank's reason and the account FAILED. A line whose stop
 * was requested (the benefit stopped after the export) is HELD when the bank failed it, and raises a
 * recovery item when the bank paid it anyway. Records the import
 * with its counts and every row's outcome. A commune officer or an administrator within the run's
 * unit; audited.
 */
public record ImportBankResultCommand(Long runId, AdminUnitCode unit, BankResultReport report)
        implements Command<ImportOutcome> {

    public static final String ACTION = "payment.bankResult.import";

    private static final int CHUNK = 1000;
    private static final int REASON_MAX = 300;

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
    }

    @Override
    public ImportOutcome execute(CommandContext context) {
        EntityManager em = context.em();
        RunAccess.ofUnit(em, runId, unit);
        if (report.runId() != runId || !report.canApply()) {
            throw new BusinessRuleException("channels.result.error.nothing");
        }
        List<ResultRow> rows = report.toApply();
        Map<Long, PayrollLine> lines =
                lock(em, rows.stream().map(ResultRow::lineId).toList());
        List<Long> paidPeople = new ArrayList<>();
        List<AccountUpdates.Failure> failures = new ArrayList<>();
        for (ResultRow row : rows) {
            PayrollLine line = lines.get(row.lineId());
            ResultCheck.Verdict now = ResultCheck.check(
                    line == null ? null : LineState.of(line),
                    row.lineId(),
                    runId,
                    report.bankCode(),
                    row.outcome(),
                    row.amount(),
                    row.accountNo());
            if (now.outcome() != row.outcome()) {
                throw new BusinessRuleException("channels.result.error.changed", String.valueOf(row.fileRow()));
            }
            if (row.outcome() == ResultOutcome.PAID) {
                line.paid(context.today());
                paidPeople.add(line.personId());
            } else {
                String reason =
                        row.reason().length() > REASON_MAX ? row.reason().substring(0, REASON_MAX) : row.reason();
                if (line.failed(reason)) {
                    failures.add(new AccountUpdates.Failure(line.personId(), line.id(), reason));
                }
            }
        }
        em.flush();
        AccountUpdates accounts = new AccountUpdates(
                em, context.today(), context.now(), context.actor().username(), runId);
        accounts.paid(paidPeople);
        accounts.failed(failures);
        Recovery.raise(em, Recovery.Source.PAID_ANYWAY, "l.run_id = ?", runId);
        int paid = report.count(ResultOutcome.PAID);
        int failed = report.count(ResultOutcome.FAILED);
        BankResultImport record = BankResultImport.of(
                runId,
                report.bankCode(),
                report.fileName(),
                context.actor().username(),
                context.now(),
                paid,
                failed,
                report.notApplied());
        em.persist(record);
        em.flush();
        ResultRowLog.write(em, record.id(), report.rows(), context.today());
        context.recordChange(
                "BankResultImport",
                record.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("run", runId)
                        .add("bank", report.bankCode())
                        .add("file", record.fileName())
                        .add("paid", paid)
                        .add("failed", failed)
                        .add("notApplied", report.notApplied())
                        .build()
                        .toString());
        return new ImportOutcome(record.id(), paid, failed, report.notApplied());
    }

    private static Map<Long, PayrollLine> lock(EntityManager em, List<Long> ids) {
        Map<Long, PayrollLine> lines = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("select l from PayrollLine l where l.id in :ids", PayrollLine.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(line -> lines.put(line.id(), line));
        }
        return lines;
    }
}
