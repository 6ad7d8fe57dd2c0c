package vn.ansinh.casework.application;

import java.time.LocalDate;
import java.util.Optional;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.DossierMakers;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Whether an approver may decide a case on a day: the approver's unit must be of the level the
 * programme's rule in force names (district before 1 Jul 2025, commune or province after), must
 * exist on that day, must cover the case's commune as the units stood then; and the approver must
 * have had no hand in the case's dossier (maker-checker, {@link DossierMakers}).
 */
public final class CompetentAuthority {

    private CompetentAuthority() {}

    /** The approver's unit, or a refusal saying why they may not decide. */
    public static AdminUnit check(
            ApprovalAuthority rule,
            Actor approver,
            AdminUnitTree units,
            BenefitCase c,
            DossierMakers makers,
            LocalDate day) {
        Optional<String> refusal = refusal(rule, approver, units, c, makers, day);
        if (refusal.isPresent()) {
            throw new AccessDeniedException(
                    refusal.get(),
                    "case " + c.id() + ": " + refusal.get() + " for " + approver.username() + " at " + approver.unit()
                            + " on " + day);
        }
        return units.unitOn(approver.unit(), day).orElseThrow();
    }

    /** Whether the approver may decide (for pages that show or hide the buttons). */
    public static boolean permits(
            ApprovalAuthority rule,
            Actor approver,
            AdminUnitTree units,
            BenefitCase c,
            DossierMakers makers,
            LocalDate day) {
        return refusal(rule, approver, units, c, makers, day).isEmpty();
    }

    /** The message key of the refusal, if any. */
    public static Optional<String> refusal(
            ApprovalAuthority rule,
            Actor approver,
            AdminUnitTree units,
            BenefitCase c,
            DossierMakers makers,
            LocalDate day) {
        if (!approver.has(Role.APPROVER)) {
            return Optional.of("error.access.role");
        }
        Optional<DossierMakers.Hand> hand = makers.handOf(approver.username());
        if (hand.isPresent()) {
            return Optional.of(hand.get().refusalKey());
        }
        Optional<AdminUnit> unit = units.unitOn(approver.unit(), day);
        if (unit.isEmpty()) {
            return Optional.of("case.error.approverUnitGone");
        }
        if (unit.get().level() != rule.level()) {
            return Optional.of("case.error.wrongLevel");
        }
        if (!units.coversOn(approver.unit(), c.communeCode(), day)) {
            return Optional.of("error.access.unit");
        }
        return Optional.empty();
    }
}
