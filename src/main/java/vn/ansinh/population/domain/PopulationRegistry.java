package vn.ansinh.population.domain;

import java.util.List;

/**
 * The port to the population database (CSDL quốc gia về dân cư). In reality the exchange goes through the national
 * and provincial data-sharing platforms (NDXP / LGSP); an implementation hides the transport, so it can be swapped.
 * An implementation never throws for a failure of the service: every query gets an answer, {@link
 * CheckOutcome#UNAVAILABLE} with a message key when the service timed out, failed, could not be reached or answered
 * something unreadable — so that a check never blocks a registration.
 */
public interface PopulationRegistry {

    /** One answer per query, in the order of the queries. */
    List<PopulationAnswer> check(List<PopulationQuery> queries);
}
