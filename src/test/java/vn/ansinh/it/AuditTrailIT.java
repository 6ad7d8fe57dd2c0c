package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.application.AuditQuery;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** The audit trail a reader of a unit sees, on the real database. */
class AuditTrailIT {

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAuditorOfAProvinceWhereNobodyHasWorkedYetSeesAnEmptyTrailNotAnError() throws Exception {
        AdminUnitCode fresh = aProvinceWithoutAuditRows();
        AuditQuery query = new AuditQuery(fx.em(), fx.units());

        assertThat(query.count(fresh)).isZero();
        assertThat(query.page(fresh, 0, 20)).isEmpty();
    }

    /** A province of the current list that no audit row of the shared test database lies in. */
    private AdminUnitCode aProvinceWithoutAuditRows() throws Exception {
        List<AdminUnitCode> used = new java.util.ArrayList<>();
        List<AdminUnitCode> provinces = new java.util.ArrayList<>();
        try (java.sql.Connection db = fx.jdbc().connect();
                java.sql.Statement sql = db.createStatement()) {
            try (java.sql.ResultSet rows = sql.executeQuery("select distinct unit_code from audit_record")) {
                while (rows.next()) {
                    used.add(AdminUnitCode.of(rows.getString(1)));
                }
            }
            try (java.sql.ResultSet rows = sql.executeQuery(
                    "select code from admin_unit where level = 'PROVINCE' and valid_to is null order by code desc")) {
                while (rows.next()) {
                    provinces.add(AdminUnitCode.of(rows.getString(1)));
                }
            }
        }
        return provinces.stream()
                .filter(p -> used.stream().noneMatch(u -> fx.units().covers(p, u)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("every province has audit rows; the test needs one without"));
    }

    @Test
    void anAuditorOfTheProvinceSeesTheRowsOfItsCommunesNewestFirst() {
        Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Kiểm", PartialDate.of(1960), Sex.MALE);
        AuditQuery query = new AuditQuery(fx.em(), fx.units());

        List<AuditRecord> page = query.page(AdminUnitCode.of("11"), 0, 5);

        assertThat(query.count(AdminUnitCode.of("11"))).isPositive();
        assertThat(page)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(
                                fx.units().covers(AdminUnitCode.of("11"), AdminUnitCode.of(r.getUnitCode())))
                        .isTrue());
        assertThat(page).extracting(AuditRecord::getTargetId).contains(String.valueOf(person.id()));
        assertThat(page).extracting(AuditRecord::getId).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
