package vn.ansinh.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.payment.application.Recovery.Source;
import vn.ansinh.payment.domain.HoldReason;
import vn.ansinh.payment.domain.RecoveryStatus;

/** Why money is owed back decides where its recovery item starts: a fact is collected, a law change reviewed. */
class RecoverySourceTest {

    @Test
    void factsRaiseItemsToCollectAndLawChangesItemsInReview() {
        assertThat(Source.STOP.initialStatus()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(Source.PAYROLL.initialStatus()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(Source.PAID_ANYWAY.initialStatus()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(Source.DIFFERENCE.initialStatus()).isEqualTo(RecoveryStatus.PROPOSED);
        assertThat(Source.LAW_CHANGE.initialStatus()).isEqualTo(RecoveryStatus.PROPOSED);
    }

    @Test
    void onlyAListDecisionsStopIsALawChange() {
        for (HoldReason reason : HoldReason.values()) {
            assertThat(Source.of(reason, Source.STOP))
                    .as(reason.name())
                    .isEqualTo(reason == HoldReason.RECLASSIFIED ? Source.LAW_CHANGE : Source.STOP);
        }
        assertThat(Source.ofSql("c.end_reason", Source.PAYROLL))
                .isEqualTo("CASE WHEN c.end_reason IN ('RECLASSIFIED') THEN 'LAW_CHANGE' ELSE 'PAYROLL' END");
        assertThat(Source.initialStatusSql("'STOP'"))
                .startsWith("CASE 'STOP' WHEN 'STOP' THEN 'OPEN'")
                .contains(" WHEN 'LAW_CHANGE' THEN 'PROPOSED'")
                .endsWith(" END");
    }
}
