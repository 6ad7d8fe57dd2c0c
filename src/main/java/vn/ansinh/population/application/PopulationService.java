package vn.ansinh.population.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationCheck;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/**
 * The population-database check as users run it: one person (at registration, or from the person page), the people
 * of a commune, or a result file of the batch exchange. The database is asked outside any transaction; its answers
 * are then recorded by one command. A failure of the database never throws: it is an answer saying why.
 */
@ApplicationScoped
public class PopulationService {

    private static final Logger LOG = Logger.getLogger(PopulationService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private PopulationSettings settings;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    /** The latest answer about the person, if they were ever checked. */
    public Optional<PopulationCheck> latest(Person person) {
        return Optional.ofNullable(em.find(PopulationCheck.class, person.id()));
    }

    /** Checks one person now and records the answer (a person without a personal ID is not checked). */
    public CheckSummary checkPerson(Person person) {
        return check(person.communeCode(), PopulationQuery.of(person).stream().toList());
    }

    /**
     * The check right after a registration (when {@code ansinh.population.check-at-intake}): never throws, so the
     * registration, already committed, stands whatever happens here; a failure leaves "not checked".
     */
    public Optional<CheckSummary> checkAtIntake(Person person) {
        if (!settings.checksAtIntake()) {
            return Optional.empty();
        }
        try {
            return Optional.of(checkPerson(person));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "population check at registration failed for person " + person.id(), e);
            return Optional.of(CheckSummary.failed(1, "population.unavailable.notRecorded"));
        }
    }

    /** Whether the logged-in user may check people of the commune (the pages show the buttons only then). */
    public boolean mayCheck(AdminUnitCode commune) {
        return engine.permits(new RecordPopulationChecksCommand(commune, List.of()));
    }

    /** The request file of the batch exchange for the commune's living people with a personal ID. */
    public String requestFile(AdminUnitCode commune) {
        return PopulationBatchFile.request(queries(commune));
    }

    /**
     * Reads a result file of the batch exchange and records its answers about people of the commune; lines about
     * anyone else are reported, not recorded.
     */
    public BatchImport importResult(AdminUnitCode commune, String fileName, long size, InputStream content) {
        PopulationBatchFile.Result result = PopulationBatchFile.read(fileName, size, content);
        Set<String> ours = new CommunePeople(em).references(commune);
        List<PopulationAnswer> answers = new ArrayList<>();
        List<PopulationBatchFile.Problem> problems = new ArrayList<>(result.problems());
        for (PopulationAnswer answer : result.answers()) {
            if (ours.contains(answer.ref())) {
                answers.add(answer);
            } else {
                problems.add(new PopulationBatchFile.Problem(
                        0, "population.batch.error.otherCommune", List.of(answer.ref())));
            }
        }
        if (answers.isEmpty()) {
            return new BatchImport(CheckSummary.nobody(), problems);
        }
        var recorded = engine.submit(new RecordPopulationChecksCommand(commune, answers));
        return new BatchImport(CheckSummary.of(answers, recorded.alertsRaised()), problems);
    }

    /** What a result file did: the summary of what was recorded, and the lines that were not. */
    public record BatchImport(CheckSummary summary, List<PopulationBatchFile.Problem> problems)
            implements java.io.Serializable {}

    /** A page of the review list of the user's jurisdiction. */
    public List<PopulationReviewRow> reviewPage(int first, int size) {
        return new PopulationReviewList(em, units.scopeOf(currentActor.get())).page(first, size);
    }

    public int reviewCount() {
        return new PopulationReviewList(em, units.scopeOf(currentActor.get())).count();
    }

    private CheckSummary check(AdminUnitCode commune, List<PopulationQuery> queries) {
        if (queries.isEmpty()) {
            return CheckSummary.nobody();
        }
        List<PopulationAnswer> answers = settings.registry().check(queries);
        var recorded = engine.submit(new RecordPopulationChecksCommand(commune, answers));
        return CheckSummary.of(answers, recorded.alertsRaised());
    }

    private List<PopulationQuery> queries(AdminUnitCode commune) {
        return new CommunePeople(em).queries(commune);
    }
}
