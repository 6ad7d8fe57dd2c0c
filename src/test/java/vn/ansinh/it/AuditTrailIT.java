package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.application.AuditQuery;
import vn.ansinh.audit.domain.AuditRecord;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;

/** The audit trail a reader of a unit sees, on the real database. */
class AuditTrailIT {

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAuditorOfAProvinceWhereNobodyHasWorkedYetSeesAnEmptyTrailNotAnError() {
        AdminUnitCode caMau = AdminUnitCode.of("96");
        AuditQuery query = new AuditQuery(fx.em(), fx.units()::covers);
        assertThat(fx.jdbc().countOf("select count(*) from audit_record where unit_code like '96%'")).isZero();

        assertThat(query.count(caMau)).isZero();
        assertThat(query.page(caMau, 0, 20)).isEmpty();
    }

    @Test
    void anAuditorOfTheProvinceSeesTheRowsOfItsCommunesNewestFirst() {
        Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Kiểm", PartialDate.of(1960), Sex.MALE);
        AuditQuery query = new AuditQuery(fx.em(), fx.units()::covers);

        List<AuditRecord> page = query.page(AdminUnitCode.of("11"), 0, 5);

        assertThat(query.count(AdminUnitCode.of("11"))).isPositive();
        assertThat(page).isNotEmpty().allSatisfy(r -> assertThat(fx.units().covers(AdminUnitCode.of("11"),
                AdminUnitCode.of(r.getUnitCode()))).isTrue());
        assertThat(page).extracting(AuditRecord::getTargetId).contains(String.valueOf(person.id()));
        assertThat(page).extracting(AuditRecord::getId).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
