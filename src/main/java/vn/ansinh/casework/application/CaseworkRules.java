package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.RateTable;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.AuthorityRules;
import vn.ansinh.casework.domain.WorkingCalendar;

/**
 * The dated configuration casework reads: authorities, working days, rate tables, annex amounts. Small tables,
 * read inside the command's own transaction so a decision uses exactly what is in force: the rates as
 * confirmed at the moment given (the command's time), never a pending change.
 */
public record CaseworkRules(
        AuthorityRules authorities, WorkingCalendar calendar, RateTable rates, List<AnnexRate> annex) {

    public static CaseworkRules load(EntityManager em, Instant ratesAsOf) {
        List<StandardLevel> levels = ConfirmedRates.load(em, StandardLevel.class, ratesAsOf);
        List<BenefitCoefficient> coefficients = ConfirmedRates.load(em, BenefitCoefficient.class, ratesAsOf);
        List<AnnexRate> annex = ConfirmedRates.load(em, AnnexRate.class, ratesAsOf);
        return new CaseworkRules(authorities(em), calendar(em), new RateTable(levels, coefficients), annex);
    }

    /** Who decides what, as configured (the worklists need no rates). */
    public static AuthorityRules authorities(EntityManager em) {
        return new AuthorityRules(em.createQuery("select a from ApprovalAuthority a", ApprovalAuthority.class)
                .getResultList());
    }

    /** The working days: every day but weekends and the configured public holidays. */
    public static WorkingCalendar calendar(EntityManager em) {
        return new WorkingCalendar(new HashSet<>(em.createQuery("select h.day from PublicHoliday h", LocalDate.class)
                .getResultList()));
    }
}
