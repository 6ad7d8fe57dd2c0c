package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.application.PayrollRuns;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The list of payrolls is filtered and paged in SQL: a commune sees its own payrolls however many
 * newer ones the rest of the country has (it once read the 500 newest of the country and filtered
 * them in Java, so that a commune saw an empty list), and a province sees its communes'.
 */
class PayrollRunsIT {

    private static final String BY = "payroll-runs-it";
    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private AdminUnitTree units;

    @BeforeEach
    void open() throws Exception {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        removeRuns();
    }

    @AfterEach
    void close() throws Exception {
        removeRuns();
        em.close();
    }

    @Test
    void aCommuneSeesItsPayrollsBehindMoreThan500NewerOnesOfOtherUnits() throws Exception {
        List<AdminUnit> communes = units.currentCommunes().stream()
                .filter(u -> !units.covers(DIEN_BIEN, u.code()))
                .sorted(java.util.Comparator.comparing(u -> u.code().value()))
                .limit(600)
                .toList();
        assertThat(communes).hasSize(600);
        AdminUnitCode mine = units.currentCommunes().stream()
                .map(AdminUnit::code)
                .filter(code -> units.covers(DIEN_BIEN, code))
                .max(java.util.Comparator.comparing(AdminUnitCode::value))
                .orElseThrow();
        long older = insertRun(mine, "2089-11-01");
        long mineRun = insertRun(mine, "2089-12-01");
        for (AdminUnit other : communes) {
            insertRun(other.code(), "2090-01-01");
        }
        PayrollRuns runs = new PayrollRuns(em);
        UnitScope commune = UnitScope.of(mine, units);

        List<PayrollRun> page = runs.page(commune, 0, 25);

        assertThat(page).extracting(PayrollRun::id).startsWith(mineRun, older);
        assertThat(page).allSatisfy(r -> assertThat(r.unitCode()).isEqualTo(mine));
        assertThat(runs.count(commune)).isEqualTo(page.size());
        assertThat(runs.page(commune, 1, 1)).extracting(PayrollRun::id).containsExactly(older);
        assertThat(runs.page(UnitScope.of(AdminUnitCode.NATIONAL, units), 0, 500))
                .as("the 500 newest of the country are others'")
                .extracting(PayrollRun::id)
                .doesNotContain(mineRun);
        List<PayrollRun> province = runs.page(UnitScope.of(DIEN_BIEN, units), 0, 500);
        assertThat(province)
                .as("the province sees the payrolls of its communes, and no other's")
                .extracting(PayrollRun::id)
                .contains(mineRun, older);
        assertThat(province)
                .allSatisfy(
                        r -> assertThat(units.covers(DIEN_BIEN, r.unitCode())).isTrue());
        assertThat(runs.count(UnitScope.of(AdminUnitCode.NATIONAL, units))).isGreaterThan(600);
    }

    private long insertRun(AdminUnitCode unit, String month) throws Exception {
        try (Connection c = db.jdbc().connect();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO payroll_run (unit_code, pay_month, status, created_at, created_by)"
                                + " VALUES (?, ?, 'DRAFT', NOW(6), ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, unit.value());
            insert.setString(2, month);
            insert.setString(3, BY);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void removeRuns() throws Exception {
        try (Connection c = db.jdbc().connect();
                PreparedStatement delete = c.prepareStatement("DELETE FROM payroll_run WHERE created_by = ?")) {
            delete.setString(1, BY);
            delete.executeUpdate();
        }
    }
}
