package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.benefit.application.EligibilityRuleRows;
import vn.ansinh.benefit.domain.EligibilityRule;
import vn.ansinh.benefit.domain.EligibilityRules;
import vn.ansinh.benefit.domain.PovertyRequirement;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The alerts of running benefits whose conditions lapse by law or by the poverty review, with the rule
 * taken from {@link EligibilityRules} (one home): Java decides which categories end on which day and which
 * classifications a category accepts; the SQL only selects the cases. The rules are those confirmed by
 * the end of the scan's day.
 */
final class LapsedEligibility {

    private LapsedEligibility() {}

    /** Running cases of a category that the law ends on or before the last day of the lookahead: due the end day. */
    static int categoriesEnded(EntityManager em, AlertKind kind, LocalDate today, LocalDate horizon) {
        EligibilityRules rules = rules(em, today);
        int raised = 0;
        for (Category category : kind.categories()) {
            Optional<LocalDate> end = rules.endAfter(category, today);
            if (end.isEmpty() || end.get().isAfter(horizon)) {
                continue;
            }
            String sql = AlertScan.INSERT + "SELECT '" + kind.name()
                    + "', c.id, c.person_id, c.commune_code, c.province_code, ?1, ?2"
                    + " FROM benefit_case c JOIN person p ON p.id = c.person_id WHERE c.status IN " + AlertScan.RUNNING
                    + " AND c.category = '" + category.name() + "' AND p.date_of_death IS NULL";
            raised += em.createNativeQuery(sql)
                    .setParameter(1, Date.valueOf(end.get()))
                    .setParameter(2, Date.valueOf(today))
                    .executeUpdate();
        }
        return raised;
    }

    /**
     * Running cases whose household's last review held in year N (Sep–Dec of N, applying in N + 1) classes it
     * outside what the category requires in N + 1: due 1 January of N + 1. For the review that applies now
     * and the one held this year.
     */
    static int povertyLapsed(EntityManager em, AlertKind kind, LocalDate today) {
        EligibilityRules rules = rules(em, today);
        int raised = 0;
        for (int reviewYear = today.getYear() - 1; reviewYear <= today.getYear(); reviewYear++) {
            LocalDate applies = LocalDate.of(reviewYear + 1, 1, 1);
            for (Category category : kind.categories()) {
                Optional<PovertyRequirement> required =
                        rules.ruleOn(category, applies).map(EligibilityRule::povertyStatus);
                if (required.isEmpty() || !rules.exists(category, applies)) {
                    continue;
                }
                String accepted = required.get().accepted().stream()
                        .map(c -> "'" + c.name() + "'")
                        .collect(Collectors.joining(", ", "(", ")"));
                String sql = AlertScan.INSERT + "SELECT '" + kind.name()
                        + "', c.id, c.person_id, c.commune_code, c.province_code, ?1, ?2"
                        + " FROM benefit_case c JOIN person p ON p.id = c.person_id"
                        + " JOIN household_member m ON m.person_id = c.person_id"
                        + " JOIN poverty_review r ON r.household_id = m.household_id"
                        + " AND r.reviewed_on >= ?3 AND r.reviewed_on < ?1"
                        // the last review held that year
                        + " AND NOT EXISTS (SELECT 1 FROM poverty_review n WHERE n.household_id = r.household_id"
                        + " AND n.reviewed_on < ?1 AND (n.reviewed_on > r.reviewed_on OR n.reviewed_on = r.reviewed_on AND n.id > r.id))"
                        + " WHERE c.status IN " + AlertScan.RUNNING + " AND c.category = '" + category.name() + "'"
                        + " AND p.date_of_death IS NULL AND r.classification NOT IN " + accepted;
                raised += em.createNativeQuery(sql)
                        .setParameter(1, Date.valueOf(applies))
                        .setParameter(2, Date.valueOf(today))
                        .setParameter(3, Date.valueOf(LocalDate.of(reviewYear, 1, 1)))
                        .executeUpdate();
            }
        }
        return raised;
    }

    /** The rules confirmed by the end of the day. */
    private static EligibilityRules rules(EntityManager em, LocalDate today) {
        return EligibilityRuleRows.load(
                em, today.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
    }
}
