package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;

class TransferRequestStatusTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final AdminUnitCode QUY_HOP = AdminUnitCode.of("17035");
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void aPendingRequestIsAcceptedOrRefusedOnceOnly() {
        assertThat(TransferRequestStatus.PENDING.accept()).isEqualTo(TransferRequestStatus.ACCEPTED);
        assertThat(TransferRequestStatus.PENDING.refuse()).isEqualTo(TransferRequestStatus.REFUSED);
        for (TransferRequestStatus decided :
                new TransferRequestStatus[] {TransferRequestStatus.ACCEPTED, TransferRequestStatus.REFUSED}) {
            assertThatThrownBy(decided::accept).hasMessage("transfer.error.decided");
            assertThatThrownBy(decided::refuse).hasMessage("transfer.error.decided");
        }
    }

    @Test
    void aRequestNeedsAReasonAndAnotherCommuneAndARefusalNeedsItsOwnReason() {
        assertThatThrownBy(() -> TransferRequest.ask(1L, TUAN_GIAO, QUY_HOP, "  ", "officer.quyhop", NOW))
                .hasMessage("transfer.error.reason");
        assertThatThrownBy(() -> TransferRequest.ask(1L, QUY_HOP, QUY_HOP, "Chuyển đến", "officer.quyhop", NOW))
                .hasMessage("transfer.error.sameCommune");

        TransferRequest request =
                TransferRequest.ask(1L, TUAN_GIAO, QUY_HOP, " Chuyển đến khối 5 ", "officer.quyhop", NOW);
        assertThat(request.reason()).isEqualTo("Chuyển đến khối 5");
        assertThatThrownBy(() -> request.refuse("", "officer.tuangiao", NOW))
                .hasMessage("transfer.error.refusalReason");
        assertThat(request.status()).isEqualTo(TransferRequestStatus.PENDING);
        request.refuse("Vẫn ở bản Co Cượm", "officer.tuangiao", NOW);
        assertThat(request.status()).isEqualTo(TransferRequestStatus.REFUSED);
        assertThat(request.decidedBy()).isEqualTo("officer.tuangiao");
        assertThatThrownBy(() -> request.accept("officer.tuangiao", NOW)).hasMessage("transfer.error.decided");
    }
}
