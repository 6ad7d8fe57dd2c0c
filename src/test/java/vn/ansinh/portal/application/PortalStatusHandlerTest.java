package vn.ansinh.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseProgressed;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.portal.domain.PortalStatus;

/** Which steps of a case the portal is told about, and as what. */
class PortalStatusHandlerTest {

    private static Optional<PortalStatus> statusOf(CaseStatus status) {
        return PortalStatusHandler.statusOf(new CaseProgressed(1L, 2L, status, null, "lý do"));
    }

    @Test
    void submittedIsProcessingApprovedIsDecidedRejectedIsRefused() {
        assertThat(statusOf(CaseStatus.SUBMITTED)).contains(PortalStatus.PROCESSING);
        assertThat(statusOf(CaseStatus.POSTED)).contains(PortalStatus.PROCESSING);
        assertThat(statusOf(CaseStatus.APPROVED)).contains(PortalStatus.DECIDED);
        assertThat(statusOf(CaseStatus.ACTIVE)).contains(PortalStatus.DECIDED);
        assertThat(statusOf(CaseStatus.REJECTED)).contains(PortalStatus.REFUSED);
    }

    @Test
    void theOtherStepsAreNotSent() {
        EnumSet<CaseStatus> told = EnumSet.of(
                CaseStatus.SUBMITTED, CaseStatus.POSTED, CaseStatus.APPROVED, CaseStatus.ACTIVE, CaseStatus.REJECTED);
        for (CaseStatus status : EnumSet.complementOf(told)) {
            assertThat(statusOf(status)).as(status.name()).isEmpty();
        }
    }
}
