package vn.ansinh.population.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationRegistry;

/**
 * Where the population database answers and how long AnSinh waits, from MicroProfile Config (environment
 * {@code ANSINH_POPULATION_URL}, {@code ANSINH_POPULATION_CONNECT_TIMEOUT_MS}, {@code
 * ANSINH_POPULATION_READ_TIMEOUT_MS}, {@code ANSINH_POPULATION_BATCH_SIZE}, {@code
 * ANSINH_POPULATION_CHECK_AT_INTAKE}). Without a URL every check answers "not configured" (the batch file exchange
 * still works).
 */
@ApplicationScoped
public class PopulationSettings {

    @Inject
    @ConfigProperty(name = "ansinh.population.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "ansinh.population.connect-timeout-ms", defaultValue = "2000")
    int connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "ansinh.population.read-timeout-ms", defaultValue = "5000")
    int readTimeoutMs;

    @Inject
    @ConfigProperty(name = "ansinh.population.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "ansinh.population.check-at-intake", defaultValue = "true")
    boolean checkAtIntake;

    private PopulationRegistry registry;

    @PostConstruct
    void init() {
        registry = url.filter(u -> !u.isBlank())
                .<PopulationRegistry>map(u -> new HttpPopulationRegistry(
                        URI.create(u.strip()),
                        Duration.ofMillis(connectTimeoutMs),
                        Duration.ofMillis(readTimeoutMs),
                        batchSize))
                .orElse(PopulationSettings::notConfigured);
    }

    /** The population database as configured (one HTTP client for the application). */
    public PopulationRegistry registry() {
        return registry;
    }

    /**
     * Whether a person is checked right after being registered: when asked to and a URL is configured (without one
     * there is nothing to learn, and no "not configured" row is written for every registration).
     */
    public boolean checksAtIntake() {
        return checkAtIntake && url.filter(u -> !u.isBlank()).isPresent();
    }

    private static List<PopulationAnswer> notConfigured(List<vn.ansinh.population.domain.PopulationQuery> queries) {
        return HttpPopulationRegistry.unavailable(queries, "population.unavailable.notConfigured");
    }
}
