package vn.ansinh.gift.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.payment.channel.application.BankColumn;
import vn.ansinh.payment.channel.application.BankResultParser;
import vn.ansinh.payment.channel.application.BankResultReport;
import vn.ansinh.payment.channel.application.LineState;
import vn.ansinh.payment.channel.application.ResultCheck;
import vn.ansinh.payment.channel.application.ResultRow;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * A bank's result file for a commune part of a one-off list, read with the payroll's parser ({@link BankResultParser})
 * and checked row by row with the payroll's rule ({@link ResultCheck}): each entry stands to the rule as a payroll line
 * would ({@link #state}), the commune part playing the run (so that an entry of another list or another commune is
 * refused). Two refusals are the list's own: an entry of another part, and a person already paid by the officer (in
 * cash) whom the bank says it paid as well.
 */
public final class GiftResults {

    private static final int CHUNK = 1000;

    private final EntityManager em;

    public GiftResults(EntityManager em) {
        this.em = em;
    }

    /** Reads the file for the part and the bank, and reports each row; writes nothing. */
    public GiftResultReport check(GiftCommune part, String bankCode, String fileName, long size, InputStream content) {
        Map<Long, GiftEntry> seen = new HashMap<>();
        BankResultReport report =
                new BankResultParser(part.id(), bankCode, ids -> states(ids, seen)).parse(fileName, size, content);
        List<ResultRow> rows = report.rows().stream()
                .map(row -> adjusted(row, row.lineId() == null ? null : seen.get(row.lineId())))
                .toList();
        return new GiftResultReport(
                part.listId(), part.communeCode().value(), bankCode, report.fileName(), report.fileProblems(), rows);
    }

    /** What the row does to the entry now (the command's check of a locked entry before it changes it). */
    static ResultOutcome verdict(ResultRow row, GiftEntry entry, GiftCommune part, String bankCode) {
        ResultCheck.Verdict verdict = ResultCheck.check(
                state(entry, part), row.lineId(), part.id(), bankCode, row.outcome(), row.amount(), row.accountNo());
        return adjusted(
                        new ResultRow(
                                row.fileRow(),
                                row.lineId(),
                                row.amount(),
                                row.accountNo(),
                                verdict.outcome(),
                                row.reason(),
                                verdict.problem()),
                        entry)
                .outcome();
    }

    /**
     * The entry as the payroll's rule sees a line: of its commune part (the run), paid (by the bank or by the officer),
     * failed at the bank, in the bank's file (an entry awaiting its transfer in an approved part: the file is offered
     * only then), or not sent (a part not approved, a person dropped or paid in cash).
     */
    static LineState state(GiftEntry entry, GiftCommune part) {
        PaymentStatus status;
        if (entry.bankResult() == ResultOutcome.FAILED) {
            status = PaymentStatus.FAILED;
        } else if (entry.paidOn() != null) {
            status = PaymentStatus.PAID;
        } else if (part.status().mayPay() && entry.awaitsTransfer()) {
            status = PaymentStatus.EXPORTED;
        } else {
            status = PaymentStatus.PENDING;
        }
        return new LineState(
                entry.id(), part.id(), entry.channel(), entry.bankCode(), entry.accountNo(), entry.amount(), status);
    }

    /** The list's own wording and refusals, over the payroll's verdict. */
    private static ResultRow adjusted(ResultRow row, GiftEntry entry) {
        UploadMessage<BankColumn> problem = row.problem();
        String key = problem == null ? null : problem.messageKey();
        if (entry != null
                && entry.paidOn() != null
                && entry.bankResult() == null
                && (problem == null || key.startsWith("channels.result.row.conflict"))) {
            return rejected(
                    row,
                    "gift.result.row.alreadyPaid",
                    entry.fullName(),
                    VietnameseFormat.date(entry.paidOn()),
                    String.valueOf(entry.id()));
        }
        if ("channels.result.row.otherRun".equals(key)) {
            return rejected(row, "gift.result.row.otherPart", String.valueOf(row.lineId()));
        }
        return row;
    }

    private static ResultRow rejected(ResultRow row, String key, Object... arguments) {
        return new ResultRow(
                row.fileRow(),
                row.lineId(),
                row.amount(),
                row.accountNo(),
                ResultOutcome.REJECTED,
                null,
                UploadMessage.<BankColumn>fileError(key, arguments).atRow(row.fileRow()));
    }

    private Map<Long, LineState> states(Collection<Long> ids, Map<Long, GiftEntry> seen) {
        Map<Long, LineState> states = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object[]> found = em.createQuery(
                            "select e, g from GiftEntry e, GiftCommune g where g.listId = e.listId"
                                    + " and g.communeCode = e.communeCode and e.id in :ids",
                            Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList();
            for (Object[] row : found) {
                GiftEntry entry = (GiftEntry) row[0];
                seen.put(entry.id(), entry);
                states.put(entry.id(), state(entry, (GiftCommune) row[1]));
            }
        }
        return states;
    }

    /** The entries the rows name, locked for the import. */
    static Map<Long, GiftEntry> lock(EntityManager em, List<Long> ids) {
        Map<Long, GiftEntry> entries = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("select e from GiftEntry e where e.id in :ids", GiftEntry.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(e -> entries.put(e.id(), e));
        }
        return entries;
    }
}
