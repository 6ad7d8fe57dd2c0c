package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Set;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollLine;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;
import vn.ansinh.shared.text.FormulaText;

/**
 * Exports the transfers of an approved run to one bank: every bank-transfer line to that bank not yet
 * paid or failed (pending, or exported before and asked for again) goes into the file, and the pending
 * ones become EXPORTED. A commune officer or an administrator within the run's unit; audited with the
 * count and total. Refused, naming the line, when a payee's name could run as a spreadsheet formula.
 *
 * @param format what the file is written as ({@code csv} or {@code xlsx}), for the audit trail
 */
public record ExportBankFileCommand(Long runId, AdminUnitCode unit, String bankCode, String format)
        implements Command<BankFile> {

    public static final String ACTION = "payment.bankFile.export";

    /** Held lines and lines whose stop was requested never go into a file. */
    private static final Set<PaymentStatus> EXPORTABLE = PaymentStatus.exportable();

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
    }

    @Override
    public BankFile execute(CommandContext context) {
        EntityManager em = context.em();
        PayrollRun run = RunAccess.ofUnit(em, runId, unit);
        if (!run.status().isFrozen()) {
            throw new BusinessRuleException("channels.export.error.notApproved");
        }
        String bankName = Banks.all(em).get(bankCode);
        if (bankName == null) {
            throw new BusinessRuleException("channels.export.error.bank", bankCode);
        }
        List<PayrollLine> lines = em.createQuery(
                        "select l from PayrollLine l where l.runId = :run and l.channel = :channel "
                                + "and l.bankCode = :bank and l.paymentStatus in :statuses order by l.id",
                        PayrollLine.class)
                .setParameter("run", runId)
                .setParameter("channel", PaymentChannel.BANK_TRANSFER)
                .setParameter("bank", bankCode)
                .setParameter("statuses", EXPORTABLE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (lines.isEmpty()) {
            throw new BusinessRuleException("channels.export.error.empty", bankCode);
        }
        long pending = lines.stream()
                .filter(l -> l.paymentStatus() == PaymentStatus.PENDING)
                .count();
        lines.forEach(PayrollLine::exported);
        em.flush();
        BankFile file = new BankFile(
                runId,
                run.unitCode(),
                run.month(),
                bankCode,
                bankName,
                new ChannelLines(em).bank(runId, bankCode, EXPORTABLE));
        refuseFormulas(file);
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                Jsons.createObjectBuilder()
                        .add("bank", bankCode)
                        .add("pending", pending)
                        .add("exportedBefore", lines.size() - pending)
                        .build()
                        .toString(),
                Jsons.createObjectBuilder()
                        .add("bank", bankCode)
                        .add("format", format)
                        .add("lines", file.lines().size())
                        .add("total", file.total())
                        .add("newlyExported", pending)
                        .build()
                        .toString());
        return file;
    }

    /**
     * The bank matches the payee's name exactly, so a name a spreadsheet would run as a formula is
     * neither sent as it is nor altered: no file is produced, and the message names the line (its
     * number in the file and the payroll line id) so that the officer corrects the person first.
     */
    private static void refuseFormulas(BankFile file) {
        for (int i = 0; i < file.lines().size(); i++) {
            PaymentLine line = file.lines().get(i);
            if (FormulaText.startsFormula(line.fullName())) {
                throw new BusinessRuleException("channels.export.error.formula", i + 1, Long.toString(line.lineId()));
            }
        }
    }
}
