package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * What a bank's result does to the people's social-security accounts ({@code ss_account}), in SQL, each
 * change with its {@code ss_account_event} (source PAYMENT): the first successful transfer into a
 * VERIFIED account makes it PAID_VIA_ACCOUNT with {@code first_paid_on}; a failed transfer makes the
 * account FAILED with {@code failed_on}. Which statuses each step moves is the account's own table of
 * allowed steps ({@link AccountStatus#movedBy}): a failure fails a registered, verified or paid account,
 * and leaves alone one closed, already failed, fallen back to cash, or opened again since the export. The
 * version is raised, so that an edit of the account made on the old state is refused.
 */
final class AccountUpdates {

    private static final int CHUNK = 500;
    /** The statuses a paid transfer moves ({@link AccountStatus#movedBy} PAY), from the account's own table. */
    private static final String PAID_FROM = "status IN (" + AccountStatus.sqlSet(s -> s.movedBy(AccountStep.PAY)) + ")";
    /** The statuses a failed transfer moves ({@link AccountStatus#movedBy} FAIL), from the account's own table. */
    private static final String FAILED_FROM =
            "status IN (" + AccountStatus.sqlSet(s -> s.movedBy(AccountStep.FAIL)) + ")";

    private static final String PAID_TO = SqlEnums.literal(AccountStep.PAY.target());
    private static final String FAILED_TO = SqlEnums.literal(AccountStep.FAIL.target());
    private static final String SOURCE = SqlEnums.literal(AccountEventSource.PAYMENT);

    /** A failed transfer: whose account, which line, the bank's reason. */
    record Failure(long personId, long lineId, String reason) {}

    private final EntityManager em;
    private final LocalDate today;
    private final LocalDateTime now;
    private final String actor;
    private final long runId;

    AccountUpdates(EntityManager em, LocalDate today, Instant now, String actor, long runId) {
        this.em = em;
        this.today = today;
        this.now = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.actor = actor;
        this.runId = runId;
    }

    void paid(List<Long> people) {
        List<Long> distinct = people.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            String in = placeholders(chunk.size());
            bind(
                            em.createNativeQuery(
                                    "INSERT INTO ss_account_event (person_id, from_status, to_status, happened_on, source, "
                                            + "actor, recorded_at, note) SELECT person_id, status, " + PAID_TO + ", ?, "
                                            + SOURCE
                                            + ", ?, ?, ? "
                                            + "FROM ss_account WHERE " + PAID_FROM + " AND person_id IN (" + in + ")"),
                            chunk,
                            today,
                            actor,
                            now,
                            "Chuyển khoản thành công lần đầu (bảng chi trả số " + runId + ")")
                    .executeUpdate();
            bind(
                            em.createNativeQuery("UPDATE ss_account SET status = " + PAID_TO
                                    + ", first_paid_on = COALESCE(first_paid_on, ?), "
                                    + "updated_at = ?, updated_by = ?, version = version + 1 WHERE " + PAID_FROM
                                    + " AND person_id IN ("
                                    + in + ")"),
                            chunk,
                            today,
                            now,
                            actor)
                    .executeUpdate();
        }
    }

    void failed(List<Failure> failures) {
        for (Failure failure : failures) {
            List<Long> person = Collections.singletonList(failure.personId());
            bind(
                            em.createNativeQuery(
                                    "INSERT INTO ss_account_event (person_id, from_status, to_status, happened_on, source, "
                                            + "actor, recorded_at, note) SELECT person_id, status, " + FAILED_TO
                                            + ", ?, " + SOURCE
                                            + ", ?, ?, ? "
                                            + "FROM ss_account WHERE " + FAILED_FROM + " AND person_id = ?"),
                            person,
                            today,
                            actor,
                            now,
                            note(failure))
                    .executeUpdate();
            bind(
                            em.createNativeQuery("UPDATE ss_account SET status = " + FAILED_TO
                                    + ", failed_on = ?, updated_at = ?, updated_by = ?, "
                                    + "version = version + 1 WHERE " + FAILED_FROM + " AND person_id = ?"),
                            person,
                            today,
                            now,
                            actor)
                    .executeUpdate();
        }
    }

    private String note(Failure failure) {
        String note = "Chuyển khoản không thành công (bảng chi trả số " + runId + ", dòng " + failure.lineId() + "): "
                + failure.reason();
        return note.length() > 500 ? note.substring(0, 500) : note;
    }

    /** Binds the leading values to the first parameters, then the ids. */
    private static Query bind(Query query, List<Long> ids, Object... leading) {
        int position = 1;
        for (Object value : leading) {
            query.setParameter(position++, value);
        }
        for (Long id : ids) {
            query.setParameter(position++, id);
        }
        return query;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
