package vn.ansinh.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service, job and view reads the time from, in Vietnam's zone. Normally the system clock; a
 * fixed instant ({@code ansinh.clock.fixed=2026-03-15T02:00:00Z}) makes a demonstration or a test run on a chosen
 * day. Days and months are read from it with {@link VietnamTime}.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "ansinh.clock.fixed")
    private Optional<String> fixed;

    /** Dependent scope: a Clock is immutable, and java.time.Clock cannot be proxied. */
    @Produces
    public Clock clock() {
        return of(fixed);
    }

    /** The clock for a value of {@code ansinh.clock.fixed}: also for a command-line run outside the container. */
    public static Clock of(Optional<String> fixed) {
        return fixed.filter(s -> !s.isBlank())
                .map(s -> Clock.fixed(Instant.parse(s.strip()), VietnamTime.ZONE))
                .orElse(Clock.system(VietnamTime.ZONE));
    }
}
