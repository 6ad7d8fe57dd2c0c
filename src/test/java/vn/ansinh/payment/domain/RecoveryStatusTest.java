package vn.ansinh.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecoveryStatusTest {

    @Test
    void anOpenItemIsSettledOrWaived() {
        assertThat(RecoveryStatus.OPEN.settle()).isEqualTo(RecoveryStatus.SETTLED);
        assertThat(RecoveryStatus.OPEN.waive()).isEqualTo(RecoveryStatus.WAIVED);
    }

    @Test
    void aProposedItemIsConfirmedOrWaivedButNeverSettledBeforeTheApproverConfirmsIt() {
        assertThat(RecoveryStatus.PROPOSED.confirm()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(RecoveryStatus.PROPOSED.waive()).isEqualTo(RecoveryStatus.WAIVED);
        assertThatThrownBy(RecoveryStatus.PROPOSED::settle).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(RecoveryStatus.OPEN::confirm).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSettledOrWaivedItemIsFinal() {
        for (RecoveryStatus done : new RecoveryStatus[] {RecoveryStatus.SETTLED, RecoveryStatus.WAIVED}) {
            assertThat(done.open()).isFalse();
            assertThatThrownBy(done::settle).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(done::waive).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(done::confirm).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void onlyAWaivedItemIsNoLongerOwed() {
        assertThat(RecoveryStatus.sqlSet(RecoveryStatus::owed)).isEqualTo("'PROPOSED', 'OPEN', 'SETTLED'");
    }

    @Test
    void theSqlLiteralIsTheStoredName() {
        assertThat(RecoveryStatus.OPEN.sqlLiteral()).isEqualTo("'OPEN'");
    }
}
