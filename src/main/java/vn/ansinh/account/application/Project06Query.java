package vn.ansinh.account.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.casework.domain.CaseStatus;

/**
 * The Project 06 counts per commune for a month, in one set-based query over the communes given
 * (container-free, so that tests run it on the real database).
 * <ul>
 * <li><b>beneficiaries</b>: distinct people with a {@code benefit_case} whose benefit runs in the commune
 * ({@link CaseStatus#benefitRuns}: APPROVED, ACTIVE, SUSPENDED, or a stop, suspension or reinstatement
 * proposed; the cases' status today: the case table keeps no status by date);</li>
 * <li><b>with an account</b> / <b>registered</b>: the account's status <em>at the end of the month</em>,
 * i.e. the {@code to_status} of the person's latest {@code ss_account_event} dated on or before the
 * month's last day (latest by date, then by id; steps are never dated before an earlier step): a status that
 * {@link AccountStatus#holdsAccount holds an account} (HAS_ACCOUNT, REGISTERED, VERIFIED, PAID_VIA_ACCOUNT) counts
 * as "with an account", one {@link AccountStatus#isRegistered registered} (the last three) as "registered";
 * no event by then counts as NONE;</li>
 * <li><b>paid via account</b>: those with a {@code payroll_line} for the month ({@code for_month}) paid
 * via the account ({@link PaidViaAccount}: by BANK_TRANSFER, its money reached the payee; any commune's
 * payroll, any kind of line).</li>
 * </ul>
 */
public final class Project06Query {

    private static final String SQL = """
            WITH beneficiary AS (
                SELECT DISTINCT c.person_id, c.commune_code
                FROM benefit_case c
                WHERE c.status IN ({RUNNING}) AND c.commune_code IN (%s)
            ),
            month_end_status AS (
                SELECT e.person_id, e.to_status,
                       ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.happened_on DESC, e.id DESC) AS latest
                FROM ss_account_event e
                JOIN (SELECT DISTINCT person_id FROM beneficiary) b ON b.person_id = e.person_id
                WHERE e.happened_on <= ?1
            ),
            paid AS (
                SELECT DISTINCT l.person_id
                FROM payroll_line l
                JOIN (SELECT DISTINCT person_id FROM beneficiary) b ON b.person_id = l.person_id
                WHERE l.for_month = ?2 AND {PAID_VIA_ACCOUNT}
            )
            SELECT b.commune_code,
                   COUNT(*),
                   SUM(CASE WHEN s.to_status IN ({HOLDS_ACCOUNT}) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.to_status IN ({REGISTERED}) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN p.person_id IS NOT NULL THEN 1 ELSE 0 END)
            FROM beneficiary b
            LEFT JOIN month_end_status s ON s.person_id = b.person_id AND s.latest = 1
            LEFT JOIN paid p ON p.person_id = b.person_id
            GROUP BY b.commune_code
            """.replace("{RUNNING}", CaseStatus.sqlSet(CaseStatus::benefitRuns))
            .replace("{HOLDS_ACCOUNT}", AccountStatus.sqlSet(AccountStatus::holdsAccount))
            .replace("{REGISTERED}", AccountStatus.sqlSet(AccountStatus::isRegistered));

    private final EntityManager em;
    private final String sql;

    /** The query on the database, with the payments' rule of a line paid via the account. */
    public Project06Query(EntityManager em, PaidViaAccount paidViaAccount) {
        this.em = em;
        this.sql = SQL.replace("{PAID_VIA_ACCOUNT}", paidViaAccount.lineCondition("l"));
    }

    /** The counts of the communes with beneficiaries among {@code communeCodes}, by commune code. */
    public Map<String, CommuneIndicators> countsByCommune(Collection<String> communeCodes, YearMonth month) {
        Map<String, CommuneIndicators> counts = new HashMap<>();
        List<String> codes = new ArrayList<>(communeCodes);
        if (codes.isEmpty()) {
            return counts;
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            marks.append(i == 0 ? "" : ", ").append('?').append(i + 3);
        }
        var query = em.createNativeQuery(sql.formatted(marks))
                .setParameter(1, Date.valueOf(month.atEndOfMonth()))
                .setParameter(2, Date.valueOf(month.atDay(1)));
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 3, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            String code = (String) r[0];
            counts.put(code, new CommuneIndicators(code, code, number(r[1]), number(r[2]), number(r[3]), number(r[4])));
        }
        return counts;
    }

    /** The report of a scope: every commune given (code → name, in the order to show), zeros where none. */
    public Project06Report report(
            Map<String, String> communes, YearMonth month, Project06Targets targets, String totalName) {
        Map<String, CommuneIndicators> counts = countsByCommune(communes.keySet(), month);
        List<CommuneIndicators> rows = new ArrayList<>(communes.size());
        CommuneIndicators total = CommuneIndicators.empty("", totalName);
        for (Map.Entry<String, String> commune : communes.entrySet()) {
            CommuneIndicators row = counts.getOrDefault(commune.getKey(), CommuneIndicators.empty(commune.getKey(), ""))
                    .named(commune.getValue());
            rows.add(row);
            total = total.plus(row);
        }
        return new Project06Report(month, targets, rows, total);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
