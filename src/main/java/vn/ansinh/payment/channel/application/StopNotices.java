package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;

/** Reads the lines of a run whose stop was requested, per bank or per commune (cash), free of the container. */
public final class StopNotices {

    private static final String SELECT =
            "select l.id, p.fullName, p.personalId, l.forMonth, l.amount, l.accountNo, l.holdReason "
                    + "from PayrollLine l, Person p where p.id = l.personId and l.runId = :run and l.paymentStatus = :status "
                    + "and l.channel = :channel";

    private final EntityManager em;

    public StopNotices(EntityManager em) {
        this.em = em;
    }

    /** The banks (codes) and the communes (codes) with lines to stop in the run: {@code bank:VBSP}, {@code cash:03253}. */
    public List<String> recipients(long runId) {
        return em
                .createQuery(
                        "select distinct l.channel, l.bankCode, l.communeCode from PayrollLine l "
                                + "where l.runId = :run and l.paymentStatus = :status",
                        Object[].class)
                .setParameter("run", runId)
                .setParameter("status", PaymentStatus.STOP_REQUESTED)
                .getResultList()
                .stream()
                .map(r -> r[0] == PaymentChannel.BANK_TRANSFER ? "bank:" + r[1] : "cash:" + r[2])
                .distinct()
                .sorted()
                .toList();
    }

    /** The notice to a bank ({@code bankCode}) or, for cash, to a commune's paying office ({@code commune}). */
    public StopNotice notice(
            RunInfo run,
            String bankCode,
            AdminUnitCode commune,
            Map<String, String> banks,
            Function<AdminUnitCode, String> unitNames) {
        boolean bank = bankCode != null;
        String query = SELECT + (bank ? " and l.bankCode = :key" : " and l.communeCode = :key")
                + " order by p.nameFolded, l.forMonth, l.id";
        String cashReference = "DS chi tiền mặt " + VietnameseFormat.month(run.month());
        List<StopNotice.Line> lines = em
                .createQuery(query, Object[].class)
                .setParameter("run", run.id())
                .setParameter("status", PaymentStatus.STOP_REQUESTED)
                .setParameter("channel", bank ? PaymentChannel.BANK_TRANSFER : PaymentChannel.CASH)
                .setParameter("key", bank ? bankCode : commune.value())
                .getResultList()
                .stream()
                .map(r -> new StopNotice.Line(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        YearMonth.from((LocalDate) r[3]),
                        ((Number) r[4]).longValue(),
                        bank ? (String) r[5] : cashReference,
                        PaymentTexts.holdReason((String) r[6])))
                .toList();
        String recipient = bank ? banks.getOrDefault(bankCode, bankCode) : unitNames.apply(commune);
        return new StopNotice(run.unitName(), run.month(), bank, bank ? bankCode : commune.value(), recipient, lines);
    }
}
