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
    void aSettledOrWaivedItemIsFinal() {
        for (RecoveryStatus done : new RecoveryStatus[] {RecoveryStatus.SETTLED, RecoveryStatus.WAIVED}) {
            assertThat(done.open()).isFalse();
            assertThatThrownBy(done::settle).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(done::waive).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSqlLiteralIsTheStoredName() {
        assertThat(RecoveryStatus.OPEN.sqlLiteral()).isEqualTo("'OPEN'");
    }
}
