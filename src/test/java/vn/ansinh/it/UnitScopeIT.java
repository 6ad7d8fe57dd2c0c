package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.registry.domain.AdminUnitList;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The jurisdiction of every read has one home ({@link UnitScope}): its Java form and its SQL and
 * JPQL forms select the same rows, on the real list of administrative units and the real database,
 * for a national user, every province, a former district, a commune, units merged away in 2025 and
 * a user whose unit has been abolished.
 *
 * <p>The rows: one placed by residence in every commune of the current list (with its province, as
 * the registry writes them), one placed in every unit of both lists (as payroll runs and audit rows
 * are), and the people of the registry.
 */
class UnitScopeIT {

    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final AdminUnitCode FORMER_DISTRICT = AdminUnitCode.of("099");
    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private AdminUnitTree units;
    private List<AdminUnit> all;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        all = em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList();
        units = AdminUnitTree.of(all);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void javaAndSqlSelectTheSameRowsForEveryKindOfUser() throws Exception {
        Map<String, UnitScope> scopes = scopes();
        try (Connection c = db.jdbc().connect()) {
            Map<Long, String[]> rows = fixture(c);
            for (Map.Entry<String, UnitScope> entry : scopes.entrySet()) {
                UnitScope scope = entry.getValue();
                Set<Long> byJava = new TreeSet<>();
                Set<Long> byUnitJava = new TreeSet<>();
                rows.forEach((id, row) -> {
                    if (row[0] != null && scope.covers(AdminUnitCode.of(row[0]))) {
                        byJava.add(id);
                    }
                    if (scope.covers(AdminUnitCode.of(row[2]))) {
                        byUnitJava.add(id);
                    }
                });
                UnitScope.Condition residence = scope.residence("t.commune_code", "t.province_code");
                UnitScope.Condition unit = scope.unit("t.unit_code");

                assertThat(ids(c, "t.commune_code IS NOT NULL AND " + residence.sql(), residence.parameters()))
                        .as("rows by residence, %s (%s)", entry.getKey(), residence)
                        .isEqualTo(byJava);
                assertThat(ids(c, unit.sql(), unit.parameters()))
                        .as("rows by unit, %s (%s)", entry.getKey(), unit)
                        .isEqualTo(byUnitJava);
            }
        }
    }

    @Test
    void theScopesReachWhatTheLawGivesThem() throws Exception {
        try (Connection c = db.jdbc().connect()) {
            Map<Long, String[]> rows = fixture(c);
            int communes =
                    (int) rows.values().stream().filter(r -> r[0] != null).count();

            assertThat(residents(c, UnitScope.of(AdminUnitCode.NATIONAL, units)))
                    .hasSize(communes);
            assertThat(residents(c, UnitScope.of(TUAN_GIAO, units))).containsExactly(TUAN_GIAO.value());
            assertThat(residents(c, UnitScope.of(DIEN_BIEN, units)))
                    .contains(TUAN_GIAO.value())
                    .allSatisfy(code -> assertThat(units.covers(DIEN_BIEN, AdminUnitCode.of(code)))
                            .isTrue());
            assertThat(residents(c, UnitScope.of(FORMER_DISTRICT, units)))
                    .as("a pre-2025 district reaches the communes it had, whose codes live on")
                    .contains(TUAN_GIAO.value())
                    .hasSizeLessThan(
                            residents(c, UnitScope.of(DIEN_BIEN, units)).size());
            Actor abolished = new Actor(
                    "approver.huyentuangiao",
                    "Lò Văn Mừng",
                    Set.of(Role.APPROVER),
                    FORMER_DISTRICT,
                    units.abolishedOn(FORMER_DISTRICT, LocalDate.of(2026, 12, 2))
                            .orElseThrow());
            UnitScope nothing = UnitScope.of(abolished, units);
            assertThat(nothing.isEmpty()).isTrue();
            assertThat(nothing.covers(TUAN_GIAO)).isFalse();
            assertThat(residents(c, nothing)).isEmpty();
            assertThat(residents(c, UnitScope.of(AdminUnitCode.of("99999"), units)))
                    .as("a code that names no unit")
                    .isEmpty();
        }
    }

    @Test
    void theJpqlFormSelectsThePeopleTheJavaFormDoes() {
        try (CaseworkFixture fx = new CaseworkFixture()) {
            fx.person(TUAN_GIAO, "Lò Văn Phạm", PartialDate.of(1950), Sex.MALE);
            fx.person(CaseworkFixture.QUY_HOP, "Vi Thị Vi", PartialDate.of(1948), Sex.FEMALE);
        }
        em.clear();
        List<Object[]> people = em.createQuery("select p.id, p.communeCode from Person p", Object[].class)
                .getResultList();
        assertThat(people).as("the registry of the test database has people").hasSizeGreaterThanOrEqualTo(2);
        for (Map.Entry<String, UnitScope> entry : scopes().entrySet()) {
            UnitScope scope = entry.getValue();
            Set<Long> byJava = new TreeSet<>();
            for (Object[] row : people) {
                if (scope.covers(AdminUnitCode.of((String) row[1]))) {
                    byJava.add((Long) row[0]);
                }
            }
            UnitScope.Condition within = scope.residence("p.communeCode", "p.provinceCode");
            List<Long> byJpql = within.bind(
                            em.createQuery("select p.id from Person p where " + within.jpql("scope"), Long.class),
                            "scope")
                    .getResultList();

            assertThat(new TreeSet<>(byJpql))
                    .as("people, %s (%s)", entry.getKey(), within)
                    .isEqualTo(byJava);
        }
    }

    /** The users to compare: the country, every province of both lists, districts, communes, the abolished. */
    private Map<String, UnitScope> scopes() {
        Map<String, UnitScope> scopes = new LinkedHashMap<>();
        scopes.put("national", UnitScope.of(AdminUnitCode.NATIONAL, units));
        all.stream()
                .filter(u -> u.level() == AdminUnitLevel.PROVINCE)
                .map(AdminUnit::code)
                .distinct()
                .forEach(code -> scopes.put("province " + code, UnitScope.of(code, units)));
        scopes.put("former district " + FORMER_DISTRICT, UnitScope.of(FORMER_DISTRICT, units));
        all.stream()
                .filter(u -> u.level() == AdminUnitLevel.DISTRICT)
                .limit(20)
                .forEach(u -> scopes.put("former district " + u.code(), UnitScope.of(u.code(), units)));
        scopes.put("commune " + TUAN_GIAO, UnitScope.of(TUAN_GIAO, units));
        all.stream()
                .filter(u -> u.level() == AdminUnitLevel.COMMUNE
                        && u.list() == AdminUnitList.THREE_TIER_2004
                        && units.currentCommune(u.code()).isEmpty())
                .limit(5)
                .forEach(u -> scopes.put("commune merged away " + u.code(), UnitScope.of(u.code(), units)));
        scopes.put(
                "abolished district",
                UnitScope.of(
                        new Actor(
                                "approver.huyentuangiao",
                                "Lò Văn Mừng",
                                Set.of(Role.APPROVER),
                                FORMER_DISTRICT,
                                LocalDate.of(2025, 7, 1)),
                        units));
        scopes.put("unknown code", UnitScope.of(AdminUnitCode.of("99999"), units));
        assertThat(scopes.keySet())
                .as("provinces merged away in 2025 are among them")
                .anyMatch(key -> key.startsWith("province ")
                        && !units.isCurrentProvince(AdminUnitCode.of(key.substring("province ".length()))));
        return scopes;
    }

    /**
     * A temporary table (gone with the connection): a row by residence in every current commune with
     * its province, and a row in every unit of both lists; returns id → {commune, province, unit}.
     */
    private static Map<Long, String[]> fixture(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TEMPORARY TABLE IF NOT EXISTS unit_scope_row (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                            + " commune_code VARCHAR(10) NULL, province_code VARCHAR(10) NULL, unit_code VARCHAR(10) NOT NULL)");
            s.execute("DELETE FROM unit_scope_row");
            s.execute("INSERT INTO unit_scope_row (commune_code, province_code, unit_code)"
                    + " SELECT c.code, p.code, c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id"
                    + " WHERE c.unit_list = 'TWO_TIER_2025' AND c.level = 'COMMUNE'");
            s.execute("INSERT INTO unit_scope_row (commune_code, province_code, unit_code)"
                    + " SELECT NULL, NULL, code FROM admin_unit");
        }
        Map<Long, String[]> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT id, commune_code, province_code, unit_code FROM unit_scope_row")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        assertThat(rows).hasSizeGreaterThan(10_000);
        return rows;
    }

    private static Set<Long> ids(Connection c, String condition, List<Object> parameters) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement query = c.prepareStatement("SELECT t.id FROM unit_scope_row t WHERE " + condition)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The communes of the rows placed by residence that the scope's SQL selects. */
    private static List<String> residents(Connection c, UnitScope scope) throws Exception {
        UnitScope.Condition within = scope.residence("t.commune_code", "t.province_code");
        List<String> communes = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT t.commune_code FROM unit_scope_row t WHERE t.commune_code IS NOT NULL AND " + within.sql())) {
            for (int i = 0; i < within.parameters().size(); i++) {
                query.setObject(i + 1, within.parameters().get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    communes.add(rs.getString(1));
                }
            }
        }
        return communes;
    }
}
