package vn.ansinh.population.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** The people of a commune as the population check needs them, free of the container. */
public final class CommunePeople {

    private final EntityManager em;

    public CommunePeople(EntityManager em) {
        this.em = em;
    }

    /** The queries for the commune's living people who have a personal ID, by id. */
    public List<PopulationQuery> queries(AdminUnitCode commune) {
        return em
                .createQuery(
                        "select p from Person p where p.communeCode = :commune and p.personalId is not null "
                                + "and p.dateOfDeath is null order by p.id",
                        Person.class)
                .setParameter("commune", commune.value())
                .getResultList()
                .stream()
                .flatMap(p -> PopulationQuery.of(p).stream())
                .toList();
    }

    /** The ids (as the exchange's references) of everyone registered in the commune. */
    public Set<String> references(AdminUnitCode commune) {
        return em
                .createQuery("select p.id from Person p where p.communeCode = :commune", Long.class)
                .setParameter("commune", commune.value())
                .getResultList()
                .stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
    }
}
