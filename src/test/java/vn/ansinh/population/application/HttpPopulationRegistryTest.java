package vn.ansinh.population.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.population.domain.PopulationQuery;

/** The HTTP client against the stand-in population database, a real HTTP server on a free port. */
class HttpPopulationRegistryTest {

    private static final PopulationQuery POM =
            new PopulationQuery("1", "011048000101", "Lò Văn Pọm", "1948-03-15", "MALE", "03253");
    private static final PopulationQuery UN =
            new PopulationQuery("2", "011150000202", "Quàng Thị Ún", "1950", "FEMALE", "03253");
    private static final PopulationQuery XOM_MISSPELT =
            new PopulationQuery("3", "011055000303", "Lường Văn Xom", "1955", "MALE", "03253");
    private static final PopulationQuery NOBODY =
            new PopulationQuery("4", "011099999999", "Không Có Ai", "1999", "MALE", "03253");

    private static PopulationStandIn standIn;

    @BeforeAll
    static void start() throws IOException {
        standIn = PopulationStandIn.start(0);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    private static HttpPopulationRegistry client(String query, Duration readTimeout) {
        return new HttpPopulationRegistry(
                URI.create(standIn.endpoint() + query), Duration.ofSeconds(2), readTimeout, 100);
    }

    private static List<PopulationAnswer> ask(String query, PopulationQuery... queries) {
        return client(query, Duration.ofSeconds(5)).check(List.of(queries));
    }

    @Test
    void aPersonRecordedAsWeHaveThemMatchesOnEveryField() {
        PopulationAnswer answer = ask("", POM).get(0);

        assertThat(answer.outcome()).isEqualTo(CheckOutcome.MATCHED);
        assertThat(answer.matched())
                .containsExactly(
                        PopulationField.FULL_NAME,
                        PopulationField.BIRTH_DATE,
                        PopulationField.SEX,
                        PopulationField.RESIDENCE);
        assertThat(answer.mismatches()).isEmpty();
        assertThat(answer.deathDate()).isNull();
    }

    @Test
    void aNameWrittenWithoutItsDiacriticIsAMismatchWithTheRegistrysSpelling() {
        PopulationAnswer answer = ask("", XOM_MISSPELT).get(0);

        assertThat(answer.outcome()).isEqualTo(CheckOutcome.MISMATCHED);
        assertThat(answer.mismatches()).containsExactly(new Mismatch(PopulationField.FULL_NAME, "Lường Văn Xôm"));
        assertThat(answer.matched()).contains(PopulationField.BIRTH_DATE, PopulationField.SEX);
    }

    @Test
    void aDeceasedPersonComesWithTheDateOfDeath() {
        PopulationAnswer answer = ask("", UN).get(0);

        assertThat(answer.outcome()).isEqualTo(CheckOutcome.DECEASED);
        assertThat(answer.deathDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(answer.outcome().raisesDeathAlert()).isTrue();
    }

    @Test
    void anUnknownPersonalIdIsNotFoundAndTheAnswersKeepTheOrderOfTheQueries() {
        List<PopulationAnswer> answers = ask("", NOBODY, POM, UN);

        assertThat(answers).extracting(PopulationAnswer::ref).containsExactly("4", "1", "2");
        assertThat(answers)
                .extracting(PopulationAnswer::outcome)
                .containsExactly(CheckOutcome.NOT_FOUND, CheckOutcome.MATCHED, CheckOutcome.DECEASED);
    }

    @Test
    void manyPeopleGoInSeveralRequestsOfTheBatchSize() {
        var client = new HttpPopulationRegistry(standIn.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5), 2);

        assertThat(client.check(List.of(POM, UN, XOM_MISSPELT, NOBODY)))
                .extracting(PopulationAnswer::outcome)
                .containsExactly(
                        CheckOutcome.MATCHED, CheckOutcome.DECEASED, CheckOutcome.MISMATCHED, CheckOutcome.NOT_FOUND);
    }

    @Test
    void aSlowServiceTimesOutWithAClearMessageForEveryone() {
        long start = System.nanoTime();
        List<PopulationAnswer> answers =
                client("?delayMs=3000", Duration.ofMillis(400)).check(List.of(POM, UN));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo(CheckOutcome.UNAVAILABLE);
            assertThat(a.messageKey()).isEqualTo("population.unavailable.timeout");
        });
    }

    @Test
    void duringAnOutageACommuneCheckWaitsOneTimeoutNotOnePerRequest() {
        var client = new HttpPopulationRegistry(
                URI.create(standIn.endpoint() + "?delayMs=3000"), Duration.ofSeconds(2), Duration.ofMillis(400), 1);
        int before = standIn.requestsReceived();

        List<PopulationAnswer> answers = client.check(List.of(POM, UN, XOM_MISSPELT, NOBODY));

        assertThat(standIn.requestsReceived() - before).isEqualTo(1);
        assertThat(answers)
                .hasSize(4)
                .allSatisfy(a -> assertThat(a.messageKey()).isEqualTo("population.unavailable.timeout"));
    }

    @Test
    void aServerErrorIsUnavailableNotAnException() {
        assertThat(ask("?answer=error", POM))
                .singleElement()
                .satisfies(a -> assertThat(a.messageKey()).isEqualTo("population.unavailable.error"));
    }

    @Test
    void anAnswerThatIsNotTheDocumentedJsonIsUnavailable() {
        assertThat(ask("?answer=garbage", POM)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CheckOutcome.UNAVAILABLE);
            assertThat(a.messageKey()).isEqualTo("population.unavailable.malformed");
        });
    }

    @Test
    void aServiceNobodyListensOnIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var client = new HttpPopulationRegistry(
                URI.create("http://127.0.0.1:" + port + PopulationStandIn.PATH),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                100);

        assertThat(client.check(List.of(POM)))
                .singleElement()
                .satisfies(a -> assertThat(a.messageKey()).isEqualTo("population.unavailable.unreachable"));
    }

    @Test
    void theRequestCarriesVietnameseNamesInUtf8AndIsoDates() {
        String json = PopulationJson.request(List.of(UN));

        assertThat(PopulationJson.readRequest(json)).containsExactly(UN);
        assertThat(json).contains("\"fullName\":\"Quàng Thị Ún\"").contains("\"birthDate\":\"1950\"");
    }

    @Test
    void aResultMissingFromTheResponseIsUnavailableForThatPersonOnly() throws Exception {
        String body = "{\"results\":[{\"ref\":\"1\",\"found\":false}]}";

        assertThat(PopulationJson.answers(body, List.of(POM, UN)))
                .extracting(PopulationAnswer::outcome)
                .containsExactly(CheckOutcome.NOT_FOUND, CheckOutcome.UNAVAILABLE);
    }
}
