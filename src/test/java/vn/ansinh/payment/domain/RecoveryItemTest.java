package vn.ansinh.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

class RecoveryItemTest {

    private static final AdminUnitCode COMMUNE = AdminUnitCode.of("03178");
    private static final Instant AT = Instant.parse("2026-03-04T03:00:00Z");

    private static RecoveryItem item(RecoveryStatus status) {
        return new RecoveryItem(7L, COMMUNE, status);
    }

    @Test
    void theApproverConfirmsAProposedItemWhichIsThenOpen() {
        RecoveryItem item = item(RecoveryStatus.PROPOSED);
        item.confirm("approver", AT);
        assertThat(item.status()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(item.confirmedBy()).isEqualTo("approver");
        assertThat(item.confirmedAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 3, 0));
    }

    @Test
    void onlyAProposedItemIsConfirmed() {
        for (RecoveryStatus status :
                new RecoveryStatus[] {RecoveryStatus.OPEN, RecoveryStatus.SETTLED, RecoveryStatus.WAIVED}) {
            RecoveryItem item = item(status);
            assertThatThrownBy(() -> item.confirm("approver", AT))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("recovery.error.notInReview");
            assertThat(item.status()).isEqualTo(status);
            assertThat(item.confirmedBy()).isNull();
        }
    }

    @Test
    void waivingNeedsAWrittenReason() {
        RecoveryItem item = item(RecoveryStatus.OPEN);
        for (String reason : new String[] {null, "", "   ", "too short", "x".repeat(501)}) {
            assertThatThrownBy(() -> item.waive(reason, "approver", AT))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("recovery.error.waiveReason");
        }
        assertThat(item.status()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(item.note()).isNull();
    }

    @Test
    void aProposedOrOpenItemIsWaivedWithItsReason() {
        for (RecoveryStatus status : new RecoveryStatus[] {RecoveryStatus.PROPOSED, RecoveryStatus.OPEN}) {
            RecoveryItem item = item(status);
            item.waive("  Quyết định miễn thu hồi số 12  ", "approver", AT);
            assertThat(item.status()).isEqualTo(RecoveryStatus.WAIVED);
            assertThat(item.note()).isEqualTo("Quyết định miễn thu hồi số 12");
            assertThat(item.settledBy()).isEqualTo("approver");
            assertThat(item.settledAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 3, 0));
        }
    }

    @Test
    void aSettledOrWaivedItemIsFinal() {
        for (RecoveryStatus status : new RecoveryStatus[] {RecoveryStatus.SETTLED, RecoveryStatus.WAIVED}) {
            RecoveryItem item = item(status);
            assertThatThrownBy(() -> item.waive("Quyết định miễn thu hồi số 12", "approver", AT))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("recovery.error.notOpen");
            assertThatThrownBy(() -> item.settle("Biên lai 15", "officer", AT))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("recovery.error.notOpen");
            assertThat(item.status()).isEqualTo(status);
        }
    }

    @Test
    void theOfficerSettlesAnOpenItemWithTheReceipt() {
        RecoveryItem item = item(RecoveryStatus.OPEN);
        item.settle(" Biên lai 15 ", "officer", AT);
        assertThat(item.status()).isEqualTo(RecoveryStatus.SETTLED);
        assertThat(item.note()).isEqualTo("Biên lai 15");
        assertThat(item.settledBy()).isEqualTo("officer");
    }

    @Test
    void aProposedItemIsNeverSettledBeforeTheApproverConfirmsIt() {
        RecoveryItem item = item(RecoveryStatus.PROPOSED);
        assertThatThrownBy(() -> item.settle("Biên lai 15", "officer", AT))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("recovery.error.notOpen");
        assertThat(item.status()).isEqualTo(RecoveryStatus.PROPOSED);
        assertThat(item.settledBy()).isNull();
    }

    @Test
    void settlingNeedsTheReceipt() {
        RecoveryItem item = item(RecoveryStatus.OPEN);
        for (String note : new String[] {null, " ", "ab", "x".repeat(501)}) {
            assertThatThrownBy(() -> item.settle(note, "officer", AT))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("recovery.error.note");
        }
        assertThat(item.status()).isEqualTo(RecoveryStatus.OPEN);
    }

    @Test
    void anItemBelongsToItsCommuneOnly() {
        assertThat(item(RecoveryStatus.OPEN).isIn(COMMUNE)).isTrue();
        assertThat(item(RecoveryStatus.OPEN).isIn(AdminUnitCode.of("03181"))).isFalse();
    }
}
