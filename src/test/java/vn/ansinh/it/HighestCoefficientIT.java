package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.benefit.domain.HighestCoefficient;
import vn.ansinh.benefit.domain.HighestCoefficient.Candidate;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.shared.kernel.Category;

/**
 * The rules the payroll's SQL is generated from give the same answer in Java and in the database on the
 * same fixtures: the highest coefficient (one case per person, scheme and month; ties to the lowest case
 * id) and the annex components of a meritorious person's case.
 */
class HighestCoefficientIT {

    @Test
    void javaAndSqlPickTheSameCaseOfEachPersonSchemeAndMonth() {
        Random random = new Random(20261202);
        List<Candidate> candidates = new ArrayList<>();
        long caseId = 1;
        String[] coefficients = {"1.0", "1.5", "2.0", "2.5", "1.5"};
        for (int person = 1; person <= 40; person++) {
            int cases = 1 + random.nextInt(4);
            for (int i = 0; i < cases; i++) {
                String scheme = random.nextInt(4) == 0 ? "SOCIAL_PENSION" : "SOCIAL_ASSISTANCE";
                for (String month : List.of("2026-01-01", "2026-02-01")) {
                    candidates.add(new Candidate(
                            caseId, person, scheme, month, new BigDecimal(coefficients[random.nextInt(5)])));
                }
                caseId++;
            }
        }
        Set<Long> javaPaid = HighestCoefficient.paid(candidates).stream()
                .map(c -> c.caseId() * 10 + c.month().charAt(6) - '0')
                .collect(Collectors.toCollection(TreeSet::new));

        Transactions.rolledBack(MigratedDatabase.get().emf(), em -> {
            em.createNativeQuery(
                            "CREATE TEMPORARY TABLE parity_candidate (case_id BIGINT, person_id BIGINT, scheme VARCHAR(30),"
                                    + " month_start DATE, coefficient DECIMAL(6, 3))")
                    .executeUpdate();
            for (Candidate c : candidates) {
                em.createNativeQuery("INSERT INTO parity_candidate VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, c.caseId())
                        .setParameter(2, c.personId())
                        .setParameter(3, c.scheme())
                        .setParameter(4, java.sql.Date.valueOf(c.month()))
                        .setParameter(5, c.coefficient())
                        .executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT case_id, MONTH(month_start) FROM (SELECT k.*, "
                            + HighestCoefficient.rank(
                                    "k.person_id", "k.scheme", "k.month_start", "k.coefficient", "k.case_id")
                            + " AS rn FROM parity_candidate k) x WHERE x.rn = 1")
                    .getResultList();
            Set<Long> sqlPaid = rows.stream()
                    .map(r -> ((Number) r[0]).longValue() * 10 + ((Number) r[1]).longValue())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(sqlPaid).isEqualTo(javaPaid);
            assertThat(javaPaid.size())
                    .as("fewer paid than candidates: the rule had work to do")
                    .isLessThan(candidates.size());
        });
    }

    @Test
    void javaAndSqlGiveTheSameAnnexComponentsForTheSameCases() {
        List<AnnexComponents.Facts> cases = new ArrayList<>();
        Random random = new Random(7);
        for (Category category : AnnexComponents.categories()) {
            for (int i = 0; i < 25; i++) {
                cases.add(new AnnexComponents.Facts(
                        category,
                        5 + random.nextInt(96),
                        1 + random.nextInt(4),
                        random.nextInt(3) * 5,
                        random.nextBoolean(),
                        random.nextBoolean(),
                        List.of("PRE1945_AWARD", "RESISTANCE_ORDER", "RESISTANCE_MEDAL")
                                .get(random.nextInt(3)),
                        random.nextBoolean()));
            }
        }
        Set<String> java = new TreeSet<>();
        for (int i = 0; i < cases.size(); i++) {
            AnnexComponents.Facts f = cases.get(i);
            for (AnnexComponents.Rule rule : AnnexComponents.of(f)) {
                java.add(i + ":" + rule.rowCode() + ":" + AnnexComponents.times(rule, f) + ":"
                        + (rule.toCaregiver() ? "care" : "self"));
            }
        }

        Transactions.rolledBack(MigratedDatabase.get().emf(), em -> {
            em.createNativeQuery(
                            "CREATE TEMPORARY TABLE parity_case (id INT, category VARCHAR(60), impairment_percent INT,"
                                    + " martyr_count INT, seniority_years INT, lives_alone TINYINT, severe_wounds TINYINT, helper_award VARCHAR(30),"
                                    + " caregiver_person_id BIGINT)")
                    .executeUpdate();
            for (int i = 0; i < cases.size(); i++) {
                AnnexComponents.Facts f = cases.get(i);
                em.createNativeQuery("INSERT INTO parity_case VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, i)
                        .setParameter(2, f.category().name())
                        .setParameter(3, f.impairmentPercent())
                        .setParameter(4, f.martyrCount())
                        .setParameter(5, f.seniorityYears())
                        .setParameter(6, f.livesAlone() ? 1 : 0)
                        .setParameter(7, f.severe() ? 1 : 0)
                        .setParameter(8, f.helperAward())
                        .setParameter(9, f.hasCaregiver() ? 4242L : null)
                        .executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT c.id, r.row_code, " + AnnexComponents.times("c", "r")
                            + ", "
                            + AnnexComponents.payee("c", "r")
                            + " FROM parity_case c JOIN (SELECT DISTINCT row_code, impairment_percent"
                            + " FROM annex_rate WHERE kind <> 'ONE_TIME') r ON " + AnnexComponents.match("c", "r"))
                    .getResultList();
            Set<String> sql = rows.stream()
                    .map(r -> r[0] + ":" + r[1] + ":" + ((Number) r[2]).intValue() + ":"
                            + (r[3] == null ? "self" : "care"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(sql).isEqualTo(java);
            assertThat(java).as("every rule fires on some fixture").hasSizeGreaterThan(AnnexComponents.RULES.size());
            Set<String> codesFired = java.stream().map(s -> s.split(":")[1]).collect(Collectors.toSet());
            assertThat(codesFired)
                    .containsAll(AnnexComponents.RULES.stream()
                            .map(AnnexComponents.Rule::rowCode)
                            .toList());
        });
    }
}
