package vn.ansinh.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.web.ReadOriginNote;

class ReadOriginTest {

    private static final LocalDateTime PRIMARY_BEAT = LocalDateTime.of(2026, 12, 5, 10, 0, 30, 400_000_000);

    @Test
    void aReplicaBehindByTwelveAndAHalfSecondsShowsTwelve() {
        ReadOrigin origin = ReadOrigin.replica(PRIMARY_BEAT, PRIMARY_BEAT.minusNanos(12_500_000_000L));

        assertThat(origin.kind()).isEqualTo(ReadOrigin.Kind.REPLICA);
        assertThat(origin.lagSeconds()).isEqualTo(12);
    }

    @Test
    void aReplicaThatHasTheLatestBeatIsNotBehind() {
        assertThat(ReadOrigin.replica(PRIMARY_BEAT, PRIMARY_BEAT).lagSeconds()).isZero();
    }

    @Test
    void aReplicaBeatAheadOfThePrimaryBeatNeverGivesANegativeLag() {
        // two nodes stamp the heartbeat: the replica may hold a newer stamp than the one just read on the primary
        assertThat(ReadOrigin.replica(PRIMARY_BEAT, PRIMARY_BEAT.plusSeconds(3)).lagSeconds())
                .isZero();
    }

    @Test
    void thePrimaryHasNoLineAndTheReplicaAndTheFallbackHaveTheirs() {
        assertThat(ReadOrigin.PRIMARY.messageKey()).isNull();
        assertThat(ReadOrigin.replica(PRIMARY_BEAT, PRIMARY_BEAT).messageKey()).isEqualTo("read.origin.replica");
        assertThat(ReadOrigin.FALLBACK.messageKey()).isEqualTo("read.origin.fallback");
    }

    @Test
    void theLineSaysHowManySecondsBehindInVietnameseAndEnglish() {
        ReadOrigin origin = ReadOrigin.replica(PRIMARY_BEAT, PRIMARY_BEAT.minusSeconds(7));

        assertThat(ReadOriginNote.text(Locale.forLanguageTag("vi"), origin))
                .isEqualTo("Số liệu từ bản sao chỉ đọc, trễ 7 giây so với cơ sở dữ liệu chính");
        assertThat(ReadOriginNote.text(Locale.ENGLISH, origin))
                .isEqualTo("Figures from the read-only replica, 7 seconds behind the primary database");
        assertThat(ReadOriginNote.text(Locale.ENGLISH, ReadOrigin.PRIMARY)).isNull();
    }
}
