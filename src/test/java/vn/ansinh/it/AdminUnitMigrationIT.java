package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official administrative-unit lists arrive complete, with their validity and hierarchy. */
class AdminUnitMigrationIT {

    private final TestDatabase db = MigratedDatabase.get().jdbc();

    @Test
    void theCurrentTwoTierListHas34ProvincesAnd3321CommunesValidFromJuly2025() {
        assertThat(count("unit_list = 'TWO_TIER_2025' and level = 'PROVINCE'")).isEqualTo(34);
        assertThat(count("unit_list = 'TWO_TIER_2025' and level = 'COMMUNE'")).isEqualTo(3321);
        assertThat(count("unit_list = 'TWO_TIER_2025' and (valid_from <> '2025-07-01' or valid_to is not null)"))
                .isZero();
    }

    @Test
    void thePre2025ListHas63ProvincesTheirDistrictsAndCommunesValidUntilJune2025() {
        assertThat(count("unit_list = 'THREE_TIER_2004' and level = 'PROVINCE'"))
                .isEqualTo(63);
        assertThat(count("unit_list = 'THREE_TIER_2004' and level = 'DISTRICT'"))
                .isEqualTo(696);
        assertThat(count("unit_list = 'THREE_TIER_2004' and level = 'COMMUNE'")).isEqualTo(10035);
        assertThat(count("unit_list = 'THREE_TIER_2004' and valid_to <> '2025-06-30'"))
                .isZero();
    }

    @Test
    void namesKeepTheirVietnameseSpellingAndCommunesHangUnderTheirProvince() {
        Map<String, Object> tuanGiao = db.row("select c.full_name, p.full_name as province from admin_unit c "
                + "join admin_unit p on p.id = c.parent_id where c.code = '03253' and c.unit_list = 'TWO_TIER_2025'");
        assertThat(tuanGiao).containsEntry("full_name", "Xã Tuần Giáo").containsEntry("province", "Tỉnh Điện Biên");

        Map<String, Object> oldTuanGiao = db.row("select d.full_name as district from admin_unit c "
                + "join admin_unit d on d.id = c.parent_id where c.code = '03253' and c.unit_list = 'THREE_TIER_2004'");
        assertThat(oldTuanGiao).containsEntry("district", "Huyện Tuần Giáo");
    }

    @Test
    void noStagingTableIsLeftBehind() {
        assertThat(db.row("select count(*) as n from information_schema.tables where table_schema = database() "
                                + "and table_name like 'au_src_%'")
                        .get("n"))
                .isEqualTo(0L);
    }

    private long count(String where) {
        return ((Number) db.row("select count(*) as n from admin_unit where " + where)
                        .get("n"))
                .longValue();
    }
}
