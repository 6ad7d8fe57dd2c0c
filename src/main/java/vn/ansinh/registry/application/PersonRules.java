package vn.ansinh.registry.application;

import java.util.List;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonRegisteredElsewhereException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** Rules about people that need the database. */
final class PersonRules {

    private PersonRules() {}

    /**
     * Refuses a personal ID that another person already has: with a link to that person when the
     * user may see them, otherwise saying only that the person is registered in another unit (and
     * auditing the attempt on that person's commune).
     */
    static void requireUniquePersonalId(
            CommandContext context, PersonDetails details, Long self, AdminUnitCode attemptedIn) {
        if (details.personalId() == null) {
            return;
        }
        List<Object[]> holders = context.em()
                .createQuery("select p.id, p.communeCode from Person p where p.personalId = :id", Object[].class)
                .setParameter("id", details.personalId().value())
                .getResultList();
        holders.stream().filter(row -> !row[0].equals(self)).findFirst().ifPresent(row -> {
            Long id = (Long) row[0];
            AdminUnitCode commune = AdminUnitCode.of((String) row[1]);
            if (!context.actorCovers(commune)) {
                throw new PersonRegisteredElsewhereException(id, commune, attemptedIn);
            }
            throw new DuplicatePersonalIdException(id);
        });
    }

    /**
     * The candidates as the user may see them: one outside the jurisdiction keeps only its score and
     * becomes "a possible duplicate in another unit".
     */
    static List<DuplicateCandidate> visibleTo(CommandContext context, List<DuplicateCandidate> candidates) {
        return candidates.stream()
                .map(c -> context.actorCovers(AdminUnitCode.of(c.communeCode())) ? c : c.withoutIdentity())
                .toList();
    }
}
