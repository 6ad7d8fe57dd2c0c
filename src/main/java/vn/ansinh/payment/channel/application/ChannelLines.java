package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/** Reads the lines of a run for the payment files and the channels page, free of the container. */
public final class ChannelLines {

    private static final int CHUNK = 1000;
    /** Each line with whoever receives it: the beneficiary, or the caregiver a caregiver's component is paid to. */
    private static final String SELECT = "select l.id, p.id, p.fullName, p.birthYear, p.personalId, p.address, "
            + "l.communeCode, l.category, l.forMonth, l.kind, l.amount, l.bankCode, l.accountNo, l.paymentStatus "
            + "from PayrollLine l, Person p where p.id = coalesce(l.payeePersonId, l.personId) and l.runId = :run"
            + " and l.channel = :channel";

    private static final String ORDER = " order by l.communeCode, p.nameFolded, p.id, l.forMonth, l.kind, l.id";

    private final EntityManager em;

    public ChannelLines(EntityManager em) {
        this.em = em;
    }

    /**
     * The cash lines of a run to pay, of one commune when {@code commune} is given, by commune and
     * name: held lines and lines whose stop was requested are left off.
     */
    public List<PaymentLine> cash(long runId, AdminUnitCode commune) {
        TypedQuery<Object[]> query = em.createQuery(
                SELECT + " and l.paymentStatus in :payable" + (commune == null ? "" : " and l.communeCode = :commune")
                        + ORDER,
                Object[].class);
        query.setParameter("run", runId)
                .setParameter("channel", PaymentChannel.CASH)
                .setParameter("payable", PaymentStatus.where(PaymentStatus::payable));
        if (commune != null) {
            query.setParameter("commune", commune.value());
        }
        return query.getResultList().stream().map(ChannelLines::line).toList();
    }

    /** The bank-transfer lines of a run to one bank with one of the statuses, by commune and name. */
    public List<PaymentLine> bank(long runId, String bankCode, Set<PaymentStatus> statuses) {
        return em
                .createQuery(
                        SELECT + " and l.bankCode = :bank and l.paymentStatus in :statuses" + ORDER, Object[].class)
                .setParameter("run", runId)
                .setParameter("channel", PaymentChannel.BANK_TRANSFER)
                .setParameter("bank", bankCode)
                .setParameter("statuses", statuses)
                .getResultList()
                .stream()
                .map(ChannelLines::line)
                .toList();
    }

    /** Lines and amounts of a run per channel, bank and status. */
    public List<ChannelTotal> totals(long runId) {
        return em
                .createQuery(
                        "select l.channel, l.bankCode, l.paymentStatus, count(l), sum(l.amount) from PayrollLine l "
                                + "where l.runId = :run group by l.channel, l.bankCode, l.paymentStatus",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()
                .stream()
                .map(r -> new ChannelTotal(
                        (PaymentChannel) r[0],
                        (String) r[1],
                        (PaymentStatus) r[2],
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    /** The communes with cash lines in a run. */
    public List<AdminUnitCode> cashCommunes(long runId) {
        return em
                .createQuery(
                        "select distinct l.communeCode from PayrollLine l where l.runId = :run "
                                + "and l.channel = :channel order by l.communeCode",
                        String.class)
                .setParameter("run", runId)
                .setParameter("channel", PaymentChannel.CASH)
                .getResultList()
                .stream()
                .map(AdminUnitCode::of)
                .toList();
    }

    /** The lines with these ids that exist, by id. */
    public Map<Long, LineState> states(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        Map<Long, LineState> states = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery(
                            "select l.id, l.runId, l.channel, l.bankCode, l.accountNo, l.amount, l.paymentStatus "
                                    + "from PayrollLine l where l.id in :ids",
                            Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(r -> states.put(
                            (Long) r[0],
                            new LineState(
                                    (Long) r[0],
                                    (Long) r[1],
                                    (PaymentChannel) r[2],
                                    (String) r[3],
                                    (String) r[4],
                                    ((Number) r[5]).longValue(),
                                    (PaymentStatus) r[6])));
        }
        return states;
    }

    private static PaymentLine line(Object[] r) {
        return new PaymentLine(
                (Long) r[0],
                (Long) r[1],
                (String) r[2],
                ((Number) r[3]).intValue(),
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (Category) r[7],
                YearMonth.from((LocalDate) r[8]),
                (LineKind) r[9],
                ((Number) r[10]).longValue(),
                (String) r[11],
                (String) r[12],
                (PaymentStatus) r[13]);
    }
}
