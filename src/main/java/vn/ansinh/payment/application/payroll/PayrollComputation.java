// Long because it is the batch computation's orchestration: partitions, the rates snapshot and each step's SQL calls in
// one place.
package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.AnnexRates;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.RateTable;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.payment.application.PaymentStops;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.shared.persistence.MultiRowInsert;

/**
 * The payroll's work, step by step, each step one or a few set-based statements that the caller
 * runs in its own transaction: the batch job runs them as steps and partitions, the tests and the
 * benchmark run them directly. Lines are inserted with the unique key (case, month, component, correction), so a step
 * run twice, or a job restarted after a crash, never pays a month twice and ends with the same totals.
 */
public final class PayrollComputation {

    /** A range of person ids the month's lines are computed for in one transaction. */
    public record Partition(long lowPersonId, long highPersonId) {}

    private final EntityManager em;

    public PayrollComputation(EntityManager em) {
        this.em = em;
    }

    /**
     * Starts afresh: removes a recomputed run's lines and writes the rates in force in its month, as
     * confirmed at {@code ratesAsOf} ({@link ConfirmedRates}: a payroll computed now passes the moment
     * it is computed; a recomputation "as the rates stood then" an earlier moment).
     */
    public void prepare(long runId, YearMonth month, boolean fresh, Instant ratesAsOf) {
        RunSummary.remove(em, runId);
        if (fresh) {
            em.createNativeQuery("DELETE FROM payroll_line WHERE run_id = ?")
                    .setParameter(1, runId)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM payroll_run_level WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM payroll_run_coefficient WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM payroll_run_annex WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        writeRates(Snapshot.RUN, runId, month, ratesAsOf);
    }

    /**
     * A comparison's own snapshot: the rates in force in the month as confirmed at {@code ratesAsOf},
     * keyed by the comparison.
     */
    public void prepareComparison(long comparisonId, YearMonth month, Instant ratesAsOf) {
        writeRates(Snapshot.COMPARISON, comparisonId, month, ratesAsOf);
    }

    private void writeRates(Snapshot into, long key, YearMonth month, Instant ratesAsOf) {
        List<StandardLevel> levels = ConfirmedRates.load(em, StandardLevel.class, ratesAsOf);
        List<BenefitCoefficient> coefficients = ConfirmedRates.load(em, BenefitCoefficient.class, ratesAsOf);
        writeLevels(into, key, month, levels);
        writeCoefficients(into, key, month, coefficients);
        writeAnnex(
                into,
                key,
                AnnexRates.inForce(
                        em.createQuery("select a from AnnexRate a", AnnexRate.class)
                                .getResultList(),
                        month,
                        ratesAsOf));
    }

    /** The annex amounts in force in the month (as confirmed at the moment asked): one row per row code and percent. */
    private void writeAnnex(Snapshot into, long key, List<AnnexRate> rows) {
        MultiRowInsert insert = new MultiRowInsert(
                em, into.annexTable(), into.key(), "annex_rate_id", "row_code", "impairment_percent", "kind", "amount");
        for (AnnexRate r : rows) {
            insert.add(
                    key,
                    r.id(),
                    r.rowCode(),
                    r.impairmentPercent() == null ? 0 : r.impairmentPercent(),
                    r.kind().name(),
                    r.amount());
        }
        insert.execute();
    }

    /** Splits the beneficiaries into person-id ranges of about {@code size} people each. */
    public List<Partition> partitions(PayrollScope scope, int size) {
        Query query = em.createNativeQuery("SELECT MIN(c.person_id), MAX(c.person_id), COUNT(DISTINCT c.person_id)"
                + " FROM benefit_case c WHERE " + PayrollSql.PAID_PROGRAMMES
                + " AND " + vn.ansinh.casework.domain.EntitledMonths.statusSql("c")
                + scope.condition("c"));
        scope.bind(query, 1);
        Object[] row = (Object[]) query.getSingleResult();
        if (row[0] == null) {
            return List.of();
        }
        long low = ((Number) row[0]).longValue();
        long high = ((Number) row[1]).longValue();
        long people = ((Number) row[2]).longValue();
        int parts = (int) Math.max(1, Math.min(64, (people + size - 1) / size));
        long width = (high - low) / parts + 1;
        List<Partition> partitions = new ArrayList<>();
        for (long start = low; start <= high; start += width) {
            partitions.add(new Partition(start, Math.min(high, start + width - 1)));
        }
        return partitions;
    }

    /** The month's lines of one partition; returns the lines written. */
    public int monthly(long runId, YearMonth month, PayrollScope scope, Partition partition) {
        return monthlyInto(Snapshot.RUN, true, runId, month, scope, partition);
    }

    /** The month's lines of a comparison, in its own scratch space with its own rates. */
    public int compared(long comparisonId, YearMonth month, PayrollScope scope, Partition partition) {
        return monthlyInto(Snapshot.COMPARISON, false, comparisonId, month, scope, partition);
    }

    private int monthlyInto(
            Snapshot table, boolean ignore, long runId, YearMonth month, PayrollScope scope, Partition partition) {
        Date day = Date.valueOf(month.atDay(1));
        int written = execute(
                PayrollSql.monthly(table, scope, ignore, month),
                scope,
                runId,
                day,
                day,
                runId,
                runId,
                partition.lowPersonId(),
                partition.highPersonId(),
                day,
                day);
        written += execute(
                PayrollSql.monthlyAnnex(table, scope, ignore, month),
                scope,
                runId,
                day,
                day,
                runId,
                partition.lowPersonId(),
                partition.highPersonId(),
                day,
                day);
        // issue 10 (social-pension): social pension or social assistance, the higher only (HigherOfSchemes)
        return written
                - HigherOfSchemesStep.settle(
                        em, table, runId, partition.lowPersonId(), partition.highPersonId(), month);
    }

    /** Runs a statement with its parameters, then the scope's. */
    private int execute(String sql, PayrollScope scope, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        scope.bind(query, parameters.length + 1);
        return query.executeUpdate();
    }

    /**
     * Months owed from before (truy lĩnh), at the rates of those months as confirmed at
     * {@code ratesAsOf}; returns the lines written.
     */
    public int arrears(long runId, YearMonth month, PayrollScope scope, Instant ratesAsOf) {
        Date day = Date.valueOf(month.atDay(1));
        Object first =
                em.createNativeQuery("SELECT MIN(pay_month) FROM payroll_run").getSingleResult();
        if (first == null) {
            return 0;
        }
        Date earliest = first instanceof Date d ? d : Date.valueOf(first.toString());
        if (!earliest.before(day)) {
            return 0;
        }
        em.createNativeQuery("DELETE FROM payroll_arrears_candidate WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        Query candidates = em.createNativeQuery(PayrollSql.arrearsCandidates(scope));
        java.util.List<Object> parameters = new java.util.ArrayList<>(java.util.List.of(runId, day));
        parameters.addAll(scope.parameters());
        parameters.addAll(java.util.List.of(earliest, day, earliest, day, day, earliest, day));
        for (int i = 0; i < parameters.size(); i++) {
            candidates.setParameter(i + 1, parameters.get(i));
        }
        if (candidates.executeUpdate() == 0) {
            return 0;
        }
        int written = em.createNativeQuery(PayrollSql.arrears(month, ratesAsOf))
                        .setParameter(1, runId)
                        .setParameter(2, runId)
                        .executeUpdate()
                + em.createNativeQuery(PayrollSql.arrearsAnnex(month, ratesAsOf))
                        .setParameter(1, runId)
                        .setParameter(2, runId)
                        .executeUpdate();
        // issue 10 (social-pension): social pension or social assistance, the higher only (HigherOfSchemes)
        written -= HigherOfSchemesStep.settle(em, Snapshot.RUN, runId, Long.MIN_VALUE, Long.MAX_VALUE, null);
        em.createNativeQuery("DELETE FROM payroll_arrears_candidate WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        return written;
    }

    // issue 10 (backdated): difference arrears, see DifferenceSql
    /**
     * The differences (truy lĩnh phần chênh lệch) for the months the run's unit has closed: DIFFERENCE
     * lines where the rates confirmed at {@code ratesAsOf} make more due than was paid, recovery items
     * proposed for review where less; returns the lines written.
     */
    public int differences(long runId, YearMonth month, PayrollScope scope, Instant ratesAsOf) {
        int written = 0;
        em.createNativeQuery(DifferenceSql.clear()).setParameter(1, runId).executeUpdate();
        for (DifferenceSql.Pricing pricing : DifferenceSql.Pricing.values()) {
            if (((Number) em.createNativeQuery(DifferenceSql.anyChange(pricing, ratesAsOf))
                                    .getSingleResult())
                            .intValue()
                    == 0) {
                continue;
            }
            // one pass over the approved lines finds the months owed and over-paid; both writes read its result
            bindRunAndScope(em.createNativeQuery(DifferenceSql.pending(pricing, month, ratesAsOf, scope)), runId, scope)
                    .executeUpdate();
            written += em.createNativeQuery(DifferenceSql.lines(month))
                    .setParameter(1, runId)
                    .executeUpdate();
            em.createNativeQuery(DifferenceSql.recoveries())
                    .setParameter(1, runId)
                    .executeUpdate();
            em.createNativeQuery(DifferenceSql.clear()).setParameter(1, runId).executeUpdate();
        }
        return written;
    }

    private static Query bindRunAndScope(Query query, long runId, PayrollScope scope) {
        query.setParameter(1, runId);
        scope.bind(query, 2);
        return query;
    }

    /**
     * The lines of benefits that ended hold or stop, and months paid after the end raise recovery
     * items: the same rule as when the stop is recorded ({@link PaymentStops}), which has usually
     * applied it already (nothing is then changed or raised twice). Returns the lines changed and the items raised.
     */
    public PaymentStops.Ended recovery(PayrollScope scope, java.time.Instant now) {
        return new PaymentStops(em).stopEnded(scope, now);
    }

    /** The moment whose confirmed rates the run is computed with (kept by its first step), or null before it. */
    public Instant ratesAsOf(long runId) {
        Object value = em.createNativeQuery("SELECT rates_as_of FROM payroll_run WHERE id = ?")
                .setParameter(1, runId)
                .getSingleResult();
        if (value == null) {
            return null;
        }
        java.time.LocalDateTime utc =
                value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
        return utc.toInstant(java.time.ZoneOffset.UTC);
    }

    private void writeLevels(Snapshot into, long key, YearMonth month, List<StandardLevel> levels) {
        RateTable table = new RateTable(levels, List.of());
        @SuppressWarnings("unchecked")
        List<String> provinces = em.createNativeQuery("SELECT DISTINCT code FROM admin_unit WHERE level = ?")
                .setParameter(1, AdminUnitLevel.PROVINCE.name())
                .getResultList();
        LocalDate day = month.atDay(1);
        MultiRowInsert insert =
                new MultiRowInsert(em, into.levelTable(), into.key(), "scheme", "province_code", "level_id", "amount");
        for (Scheme scheme : Scheme.values()) {
            if (!scheme.isPayrollScheme()) {
                continue;
            }
            for (String province : provinces) {
                table.standardLevel(scheme, province, month).ifPresent(amount -> {
                    StandardLevel row = levels.stream()
                            .filter(l -> l.scheme() == scheme
                                    && l.amount() == amount
                                    && !l.effectiveFrom().isAfter(day)
                                    && (l.provinceCode() == null
                                            || l.provinceCode().equals(province)))
                            .max(java.util.Comparator.comparing(StandardLevel::effectiveFrom))
                            .orElseThrow();
                    insert.add(key, scheme.name(), province, row.id(), amount);
                });
            }
        }
        insert.execute();
    }

    /** The coefficient rows in force in the month ({@link vn.ansinh.benefit.domain.CoefficientPeriods}). */
    private void writeCoefficients(
            Snapshot into, long snapshotKey, YearMonth month, List<BenefitCoefficient> coefficients) {
        List<BenefitCoefficient> inForce =
                vn.ansinh.benefit.domain.CoefficientPeriods.inForce(coefficients, month.atDay(1));
        MultiRowInsert insert = new MultiRowInsert(
                em,
                into.coefficientTable(),
                into.key(),
                "coefficient_id",
                "category",
                "min_age",
                "max_age",
                "disability_level",
                "coefficient");
        for (BenefitCoefficient c : inForce) {
            insert.add(
                    snapshotKey,
                    c.id(),
                    c.category().name(),
                    c.minAge() == null ? 0 : c.minAge(),
                    c.maxAge() == null ? 999 : c.maxAge(),
                    c.disabilityLevel() == null ? "*" : c.disabilityLevel(),
                    c.coefficient());
        }
        insert.execute();
    }
}
