package vn.ansinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.ProcedureCatalog;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/** The procedure codes and their application kinds, a configured code, and the order of the portal's statuses. */
class PortalProcedureTest {

    @Test
    void theKnownCodesNameTheirProcedures() {
        ProcedureCatalog catalog = ProcedureCatalog.defaults();
        assertThat(catalog.procedure("1.014028")).contains(PortalProcedure.FUNERAL_SOCIAL_PENSION);
        assertThat(catalog.procedure(" 1.010915 ")).contains(PortalProcedure.DEATH_AND_FUNERAL_LINKED);
        assertThat(catalog.procedure("1.001776")).contains(PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE);
        // no code was found for the social pension: it is not received until one is configured
        assertThat(catalog.codeOf(PortalProcedure.SOCIAL_PENSION)).isEmpty();
    }

    @Test
    void aConfiguredCodeReplacesTheProceduresOwn() {
        ProcedureCatalog catalog = new ProcedureCatalog(Map.of(
                PortalProcedure.SOCIAL_PENSION, "2.000123", PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE, "1.000001"));
        assertThat(catalog.procedure("2.000123")).contains(PortalProcedure.SOCIAL_PENSION);
        assertThat(catalog.procedure("1.000001")).contains(PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE);
        assertThat(catalog.procedure("1.001776")).isEmpty();
        assertThatThrownBy(() -> new ProcedureCatalog(Map.of(PortalProcedure.SOCIAL_PENSION, "1.014028")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCategoryIsTheProceduresOnlyOneOrOneOfItsProgramme() {
        assertThat(PortalProcedure.FUNERAL_SOCIAL_PENSION.categoryFor(null)).contains(Category.FUNERAL_SOCIAL_PENSION);
        assertThat(PortalProcedure.FUNERAL_SOCIAL_PENSION.categoryFor(Category.FUNERAL_MERITORIOUS))
                .isEmpty();
        assertThat(PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE.categoryFor(Category.DISABLED))
                .contains(Category.DISABLED);
        assertThat(PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE.categoryFor(Category.SOCIAL_PENSION_70_POOR))
                .isEmpty();
        assertThat(PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE.categoryFor(null)).isEmpty();
        assertThat(PortalProcedure.SOCIAL_PENSION.categoryFor(Category.SOCIAL_PENSION_75_NO_PENSION))
                .contains(Category.SOCIAL_PENSION_75_NO_PENSION);
        for (PortalProcedure procedure : PortalProcedure.values()) {
            assertThat(procedure.programme())
                    .isIn(Programme.SOCIAL_ASSISTANCE, Programme.SOCIAL_PENSION, Programme.FUNERAL_SUPPORT);
        }
    }

    @Test
    void aDecidedOrRefusedDossierStaysSo() {
        assertThat(PortalStatus.RECEIVED.mayBeFollowedBy(PortalStatus.PROCESSING))
                .isTrue();
        assertThat(PortalStatus.PROCESSING.mayBeFollowedBy(PortalStatus.PROCESSING))
                .isTrue();
        assertThat(PortalStatus.PROCESSING.mayBeFollowedBy(PortalStatus.DECIDED))
                .isTrue();
        assertThat(PortalStatus.RECEIVED.mayBeFollowedBy(PortalStatus.RECEIVED)).isFalse();
        assertThat(PortalStatus.DECIDED.mayBeFollowedBy(PortalStatus.REFUSED)).isFalse();
        assertThat(PortalStatus.REFUSED.mayBeFollowedBy(PortalStatus.PROCESSING))
                .isFalse();
    }
}
