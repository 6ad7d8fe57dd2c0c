package vn.ansinh.population.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A whole commune's check as the background task runs it, against the stand-in population database over HTTP: the
 * people asked about and recorded part by part, and a database that stops answering stopping the check with its
 * reason after the part it failed, the answers before it kept.
 */
class CommuneCheckRunTest {

    private static PopulationStandIn standIn;

    @BeforeAll
    static void start() throws IOException {
        standIn = PopulationStandIn.start(0);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    /** {@code n} people the stand-in does not know (each answered NOT_FOUND). */
    private static List<PopulationQuery> people(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new PopulationQuery(
                        Integer.toString(i),
                        String.format("0110990%05d", i),
                        "Người Thứ " + i,
                        "1990",
                        "MALE",
                        "03253"))
                .toList();
    }

    private static HttpPopulationRegistry registry(String query, Duration readTimeout) {
        return new HttpPopulationRegistry(
                URI.create(standIn.endpoint() + query), Duration.ofSeconds(2), readTimeout, 100);
    }

    private static CommuneChecks.Progress progress(int total) {
        return new CommuneChecks.Progress(AdminUnitCode.of("03253"), total, "officer.tuangiao", Instant.now());
    }

    @Test
    void everyPartIsAskedAndRecordedInTurn() {
        List<PopulationQuery> queries = people(CommuneChecks.CHUNK * 2 + 7);
        List<Integer> parts = new ArrayList<>();
        CommuneChecks.Progress progress = progress(queries.size());

        CommuneChecks.run(
                queries,
                registry("", Duration.ofSeconds(5)),
                answers -> {
                    parts.add(answers.size());
                    return 0;
                },
                progress);

        assertThat(parts).containsExactly(CommuneChecks.CHUNK, CommuneChecks.CHUNK, 7);
        assertThat(progress.done()).isEqualTo(queries.size());
        assertThat(progress.failureKey()).isNull();
        assertThat(progress.summary().count(CheckOutcome.NOT_FOUND)).isEqualTo(queries.size());
    }

    @Test
    void aDatabaseThatTimesOutStopsTheCheckAfterThePartItFailed() {
        List<PopulationQuery> queries = people(CommuneChecks.CHUNK * 3);
        List<List<PopulationAnswer>> recorded = new ArrayList<>();
        CommuneChecks.Progress progress = progress(queries.size());

        CommuneChecks.run(
                queries,
                registry("?delayMs=2000", Duration.ofMillis(300)),
                answers -> {
                    recorded.add(answers);
                    return 0;
                },
                progress);

        assertThat(recorded).hasSize(1);
        assertThat(progress.done()).isEqualTo(CommuneChecks.CHUNK);
        assertThat(progress.failureKey()).isEqualTo("population.unavailable.timeout");
        assertThat(progress.finished()).isFalse();
    }

    @Test
    void alertsRaisedByEachPartAddUp() {
        List<PopulationQuery> queries = people(CommuneChecks.CHUNK + 1);
        CommuneChecks.Progress progress = progress(queries.size());

        CommuneChecks.run(
                queries, registry("", Duration.ofSeconds(5)), answers -> answers.size() == 1 ? 1 : 2, progress);

        assertThat(progress.summary().alertsRaised()).isEqualTo(3);
    }
}
