package vn.ansinh.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.benefit.domain.RateStep;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.security.CurrentActor;

/**
 * The rate tables: read by everyone (every row, pending, confirmed, rejected and superseded, with who
 * did what), changed by administrators through audited commands: one enters, another confirms.
 */
@ApplicationScoped
public class RateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    public List<StandardLevel> levels() {
        return em.createQuery(
                        "select l from StandardLevel l order by l.scheme, l.provinceCode, l.effectiveFrom desc, l.id desc",
                        StandardLevel.class)
                .getResultList();
    }

    public List<BenefitCoefficient> coefficients() {
        return em.createQuery(
                        "select c from BenefitCoefficient c order by c.category, c.minAge, c.effectiveFrom desc, c.id desc",
                        BenefitCoefficient.class)
                .getResultList();
    }

    /** The annex rows (meritorious people's amounts), by annex, row and percent, the latest first. */
    public List<AnnexRate> annexRates() {
        return em.createQuery(
                        "select a from AnnexRate a order by a.annex, a.rowCode, a.impairmentPercent, a.effectiveFrom desc, a.id desc",
                        AnnexRate.class)
                .getResultList();
    }

    public AnnexRate addAnnex(AddAnnexRateCommand command) {
        return engine.submit(command);
    }

    public List<vn.ansinh.benefit.domain.CategoryPeriod> categoryPeriods() {
        return em.createQuery(
                        "select p from CategoryPeriod p order by p.category, p.effectiveFrom desc, p.id desc",
                        vn.ansinh.benefit.domain.CategoryPeriod.class)
                .getResultList();
    }

    public List<vn.ansinh.benefit.domain.EligibilityRule> eligibilityRules() {
        return em.createQuery(
                        "select r from EligibilityRule r order by r.category, r.effectiveFrom desc, r.id desc",
                        vn.ansinh.benefit.domain.EligibilityRule.class)
                .getResultList();
    }

    public vn.ansinh.benefit.domain.CategoryPeriod addCategoryPeriod(AddCategoryPeriodCommand command) {
        return engine.submit(command);
    }

    public BenefitCoefficient addCoefficient(AddCoefficientCommand command) {
        return engine.submit(command);
    }

    public StandardLevel addLevel(AddStandardLevelCommand command) {
        return engine.submit(command);
    }

    public RateRow confirm(RateRow row) {
        return engine.submit(new ConfirmRateCommand(kindOf(row), row.id(), row.unit()));
    }

    public RateRow reject(RateRow row, String reason) {
        return engine.submit(new RejectRateCommand(kindOf(row), row.id(), row.unit(), reason));
    }

    /** Whether the logged-in user may confirm the row: pending, not its author, an administrator of its unit. */
    public boolean mayConfirm(RateRow row) {
        return row.mayBeConfirmedBy(currentActor.get().username())
                && engine.permits(new ConfirmRateCommand(kindOf(row), row.id(), row.unit()));
    }

    /** Whether the logged-in user may reject the row: pending, an administrator of its unit. */
    public boolean mayReject(RateRow row) {
        return row.status().allows(RateStep.REJECT)
                && engine.permits(new RejectRateCommand(kindOf(row), row.id(), row.unit(), null));
    }

    private static RateKind kindOf(RateRow row) {
        return RateKind.of(row);
    }
}
