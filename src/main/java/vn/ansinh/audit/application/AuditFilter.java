package vn.ansinh.audit.application;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ansinh.shared.command.AuditOutcome;

/**
 * What an auditor narrows the audit trail to; every field is optional ({@code null} or blank: not filtered).
 *
 * @param person a personal ID (12 digits) or a person's id: the rows about the person, their cases and applications
 * @param caseId the rows about one case
 * @param runId the rows about one payroll run
 * @param actor the user who ran or was refused the command (user name, exact)
 * @param action the command's audit name ({@code case.approve})
 * @param outcome run or refused
 * @param from first day (Vietnam), inclusive
 * @param to last day (Vietnam), inclusive
 */
public record AuditFilter(
        String person,
        Long caseId,
        Long runId,
        String actor,
        String action,
        AuditOutcome outcome,
        LocalDate from,
        LocalDate to)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

    public AuditFilter {
        person = blankToNull(person);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
