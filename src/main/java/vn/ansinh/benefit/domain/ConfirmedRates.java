package vn.ansinh.benefit.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for which rate rows count, in Java and as SQL: <b>a rate row counts at a moment T when it
 * was confirmed at or before T and not superseded at or before T</b>. A pending or rejected row never
 * counts (it has no confirmation time); a superseded row counts for the moments between its
 * confirmation and its replacement. A payroll computed now asks with the time it is computed; a
 * recomputation "at that month's rates as they stood then" asks with that earlier moment.
 *
 * <p>Times are the UTC times the rows store ({@code confirmed_at}, {@code superseded_at}). Use
 * {@link #condition} in a WHERE clause, e.g.
 * {@code SELECT … FROM standard_level s WHERE … AND <ConfirmedRates.condition("s", ConfirmedRates.at(t))>}.
 */
public final class ConfirmedRates {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern MOMENT = Pattern.compile(
            "\\?\\d{0,3}|:[A-Za-z_][A-Za-z0-9_]*" + "|TIMESTAMP '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}'"
                    + "|[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*");
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String TEMPLATE = "({A}.confirmed_at IS NOT NULL AND {A}.confirmed_at <= {T}"
            + " AND ({A}.superseded_at IS NULL OR {A}.superseded_at > {T}))";

    private ConfirmedRates() {}

    /** The rule in Java. */
    public static boolean counts(RateRow row, Instant at) {
        LocalDateTime moment = parameter(at);
        return row.confirmedAt() != null
                && !row.confirmedAt().isAfter(moment)
                && (row.supersededAt() == null || row.supersededAt().isAfter(moment));
    }

    /** The rows of the list that count at the moment. */
    /** Every row of the rate table {@code type} (an entity named as its class) that counts at {@code at}. */
    public static <T extends RateRow> List<T> load(EntityManager em, Class<T> type, Instant at) {
        return of(
                em.createQuery("select r from " + type.getSimpleName() + " r", type)
                        .getResultList(),
                at);
    }

    public static <T extends RateRow> List<T> of(List<T> rows, Instant at) {
        return rows.stream().filter(row -> counts(row, at)).toList();
    }

    /**
     * The rule as an SQL condition.
     *
     * @param alias the alias of a {@code standard_level} or {@code benefit_coefficient} row in the query
     * @param moment a parameter ({@code ?}, {@code ?1}, {@code :at}: it occurs twice, so a plain JDBC
     *        {@code ?} must be bound twice), a literal from {@link #at(Instant)}, or a column of the enclosing
     *        query holding a UTC time ({@code r.approved_at}: the anomaly check prices each run's lines as
     *        confirmed when that run was approved)
     */
    public static String condition(String alias, String moment) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        if (moment == null || !MOMENT.matcher(moment).matches()) {
            throw new IllegalArgumentException("not a moment parameter or literal: " + moment);
        }
        return TEMPLATE.replace("{A}", alias).replace("{T}", moment);
    }

    /** The SQL literal of a moment in UTC, e.g. {@code TIMESTAMP '2026-12-02 04:00:00'}. */
    public static String at(Instant moment) {
        return "TIMESTAMP '" + parameter(moment).format(LITERAL) + "'";
    }

    /**
     * A moment as the rate rows store it and the rule reads it: in UTC, to the second (the persistence
     * layer keeps no fraction of a second with this database), also the value to bind to the
     * condition's parameter.
     */
    public static LocalDateTime parameter(Instant moment) {
        return LocalDateTime.ofInstant(moment.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
