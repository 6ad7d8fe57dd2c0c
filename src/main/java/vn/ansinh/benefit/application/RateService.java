package vn.ansinh.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.shared.command.CommandEngine;

/** The rate tables: read by everyone, changed by administrators through audited commands. */
@ApplicationScoped
public class RateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    public List<StandardLevel> levels() {
        return em.createQuery("select l from StandardLevel l order by l.scheme, l.effectiveFrom desc", StandardLevel.class)
                .getResultList();
    }

    public List<BenefitCoefficient> coefficients() {
        return em.createQuery("select c from BenefitCoefficient c order by c.category, c.minAge, c.effectiveFrom desc",
                BenefitCoefficient.class).getResultList();
    }

    public BenefitCoefficient addCoefficient(AddCoefficientCommand command) {
        return engine.submit(command);
    }

    public StandardLevel addLevel(AddStandardLevelCommand command) {
        return engine.submit(command);
    }
}
