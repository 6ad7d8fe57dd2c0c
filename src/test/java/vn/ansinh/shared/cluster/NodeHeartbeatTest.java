package vn.ansinh.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeHeartbeatTest {

    @Test
    void withoutASettingANodeIsDeadAfterNineMissedStamps() {
        assertThat(NodeHeartbeat.deadAfter(Optional.empty())).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aSettingOfThreeStampsOrMoreIsTaken() {
        assertThat(NodeHeartbeat.deadAfter(Optional.of(15))).isEqualTo(Duration.ofSeconds(15));
        assertThat(NodeHeartbeat.deadAfter(Optional.of(120))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aSettingShorterThanThreeStampsIsIgnored() {
        assertThat(NodeHeartbeat.deadAfter(Optional.of(14))).isEqualTo(Duration.ofSeconds(45));
        assertThat(NodeHeartbeat.deadAfter(Optional.of(0))).isEqualTo(Duration.ofSeconds(45));
        assertThat(NodeHeartbeat.deadAfter(Optional.of(-5))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theDeadConditionCarriesTheDuration() {
        assertThat(NodeHeartbeat.deadSql("r.node"))
                .contains("hb.node_id = r.node")
                .contains("INTERVAL " + NodeHeartbeat.DEAD_AFTER.toSeconds() + " SECOND");
    }
}
