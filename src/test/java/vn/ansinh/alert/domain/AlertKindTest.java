package vn.ansinh.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

class AlertKindTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");

    @Test
    void theSchoolCheckIsTheComingFirstOfSeptemberAndMovesToNextYearTheDayAfter() {
        assertThat(AlertKind.schoolCheckAfter(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(AlertKind.schoolCheckAfter(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(AlertKind.schoolCheckAfter(LocalDate.of(2026, 9, 2))).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(AlertKind.schoolCheckAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void theApproverSeesOnlyOverdueDecisionsAndStaleRecordsWhileOfficerAndAuditorSeeEverything() {
        assertThat(AlertKind.shownTo(actor(Role.APPROVER)))
                .containsExactlyInAnyOrder(AlertKind.DECISION_OVERDUE, AlertKind.RECORD_NOT_REVIEWED);
        assertThat(AlertKind.shownTo(actor(Role.COMMUNE_OFFICER))).containsExactlyInAnyOrder(AlertKind.values());
        assertThat(AlertKind.shownTo(actor(Role.AUDITOR))).containsExactlyInAnyOrder(AlertKind.values());
        assertThat(AlertKind.shownTo(actor(Role.ADMIN))).containsExactlyInAnyOrder(AlertKind.values());
    }

    @Test
    void someoneWithoutARoleSeesNoKind() {
        assertThat(AlertKind.shownTo(new Actor("nobody", null, Set.of(), TUAN_GIAO)))
                .isEmpty();
    }

    @Test
    void overdueDecisionsBelongToTheApproverAndTheRestToTheOfficer() {
        assertThat(AlertKind.DECISION_OVERDUE.owner()).isEqualTo(Role.APPROVER);
        assertThat(AlertKind.DECISION_OVERDUE.resolvers()).containsExactly(Role.APPROVER);
        assertThat(AlertKind.RECORD_NOT_REVIEWED.resolvers())
                .containsExactlyInAnyOrder(Role.COMMUNE_OFFICER, Role.APPROVER);
        assertThat(AlertKind.CHILD_TURNS_16.owner()).isEqualTo(Role.COMMUNE_OFFICER);
        assertThat(AlertKind.TURNS_80.resolvers()).containsExactly(Role.COMMUNE_OFFICER);
    }

    @Test
    void noKindCanBeResolvedByAnAuditorOrByWhoeverDoesNotSeeIt() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(kind.resolvers()).as(kind.name()).doesNotContain(Role.AUDITOR, Role.ADMIN);
            assertThat(kind.resolvers()).as(kind.name()).allMatch(kind::isShownTo);
        }
    }

    @Test
    void ageKindsWatchTheCategoriesWhoseBenefitChangesAtThatAge() {
        assertThat(AlertKind.CHILD_TURNS_3.age()).isEqualTo(3);
        assertThat(AlertKind.CHILD_TURNS_3.categories()).containsExactly(Category.CHILD_UNDER_3_DIFFICULT_AREA);
        assertThat(AlertKind.CHILD_TURNS_16.age()).isEqualTo(16);
        assertThat(AlertKind.CHILD_TURNS_16.categories())
                .containsExactlyInAnyOrder(Category.CHILD_WITHOUT_SUPPORT, Category.HIV_POOR_HOUSEHOLD);
        assertThat(AlertKind.YOUTH_TURNS_23.age()).isEqualTo(23);
        assertThat(AlertKind.YOUTH_TURNS_23.categories()).containsExactly(Category.YOUTH_IN_EDUCATION);
        assertThat(AlertKind.YOUTH_SCHOOL_CHECK.categories()).containsExactly(Category.YOUTH_IN_EDUCATION);
        assertThat(AlertKind.TURNS_75.categories())
                .containsAll(Programme.SOCIAL_ASSISTANCE.categories())
                .contains(vn.ansinh.shared.kernel.Category.SOCIAL_PENSION_70_POOR)
                .doesNotContain(vn.ansinh.shared.kernel.Category.SOCIAL_PENSION_75_NO_PENSION);
        assertThat(AlertKind.TURNS_80.age()).isEqualTo(80);
    }

    @Test
    void onlyBirthdayKindsHaveAnAge() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(kind.age() != null).as(kind.name()).isEqualTo(kind.trigger() == AlertKind.Trigger.BIRTHDAY);
        }
    }

    @Test
    void everyKindHasAVietnameseAndAnEnglishLabel() throws IOException {
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(Arrays.stream(AlertKind.values()).map(AlertKind::labelKey))
                .allMatch(vi::containsKey)
                .allMatch(en::containsKey);
        assertThat(vi.getProperty(AlertKind.CHILD_TURNS_16.labelKey())).isEqualTo("Trẻ em tròn 16 tuổi");
    }

    private static Actor actor(Role role) {
        return new Actor("someone", null, Set.of(role), TUAN_GIAO);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AlertKindTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
