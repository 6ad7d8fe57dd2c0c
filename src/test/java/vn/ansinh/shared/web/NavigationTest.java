package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

class NavigationTest {

    @Test
    void aChairmanWhoIsAlsoTheOfficerSeesEachPageOnceInTheMenu() {
        Actor chairman = new Actor(
                "chairman.quyhop",
                "Lang Văn Tình",
                Set.of(Role.COMMUNE_OFFICER, Role.APPROVER),
                AdminUnitCode.of("17035"));

        var menu = Navigation.visibleTo(chairman);

        assertThat(menu).extracting(Navigation::getOutcome).doesNotHaveDuplicates();
        assertThat(menu)
                .contains(Navigation.OFFICER_WORKLIST, Navigation.APPROVER_HOME)
                .doesNotContain(Navigation.APPROVER_WORKLIST, Navigation.APPROVER_PERSONS);
    }

    @Test
    void anApproverAloneKeepsHisOwnEntries() {
        Actor approver = new Actor("approver.quyhop", "Vi Văn Sơn", Set.of(Role.APPROVER), AdminUnitCode.of("17035"));

        assertThat(Navigation.visibleTo(approver)).startsWith(Navigation.APPROVER_HOME, Navigation.APPROVER_WORKLIST);
    }
}
