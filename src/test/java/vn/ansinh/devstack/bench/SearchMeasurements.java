package vn.ansinh.devstack.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.PersonSearch;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Times the app's own {@link PersonSearch} as the search page uses it: the first page of 25 and the
 * count, on a fresh EntityManager (a request's persistence context) for every query.
 */
public final class SearchMeasurements {

    public static final int PAGE_SIZE = 25;

    private final EntityManagerFactory emf;
    private AdminUnitTree units;

    public SearchMeasurements(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The unit list, read once (the app holds it in memory too). */
    private AdminUnitTree units() {
        if (units == null) {
            EntityManager em = emf.createEntityManager();
            try {
                units = AdminUnitTree.of(em.createQuery("select u from AdminUnit u", AdminUnit.class)
                        .getResultList());
            } finally {
                em.close();
            }
        }
        return units;
    }

    /** Looks each person up by a number and checks the person is found. */
    public Latencies lookups(List<SamplePerson> people, Function<SamplePerson, String> number) {
        Latencies latencies = new Latencies();
        for (SamplePerson person : people) {
            Result result = search(number.apply(person), AdminUnitCode.NATIONAL);
            if (result.page.stream().noneMatch(p -> p.id() == person.id())) {
                throw new IllegalStateException("PersonSearch did not find person " + person.id() + " by its number");
            }
            latencies.add(result.nanos, result.count);
        }
        return latencies;
    }

    /** Name searches in one scope, after untimed warm-up ones; by kind of input and overall. */
    public Map<NameInputs.Kind, Latencies> names(
            List<NameInputs.NameInput> warmUp, List<NameInputs.NameInput> inputs, Scope scope, Latencies overall) {
        for (NameInputs.NameInput input : warmUp) {
            search(input.text(), scope.of(input.person()));
        }
        Map<NameInputs.Kind, Latencies> byKind = new EnumMap<>(NameInputs.Kind.class);
        for (NameInputs.NameInput input : inputs) {
            Result result = search(input.text(), scope.of(input.person()));
            byKind.computeIfAbsent(input.kind(), k -> new Latencies()).add(result.nanos, result.count);
            overall.add(result.nanos, result.count);
        }
        return byKind;
    }

    private record Result(long nanos, List<Person> page, int count) {}

    private Result search(String text, AdminUnitCode unit) {
        UnitScope scope = UnitScope.of(unit, units());
        EntityManager em = emf.createEntityManager();
        try {
            PersonSearch search = new PersonSearch(em);
            long started = System.nanoTime();
            List<Person> page = search.page(text, scope, 0, PAGE_SIZE);
            int count = search.count(text, scope);
            return new Result(System.nanoTime() - started, page, count);
        } finally {
            em.close();
        }
    }
}
