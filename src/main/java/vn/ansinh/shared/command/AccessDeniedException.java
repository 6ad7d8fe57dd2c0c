package vn.ansinh.shared.command;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The actor may not run this command: wrong role, or a unit outside their jurisdiction. Carries the message key the
 * user is shown and, for the audit trail, that key's parameters (the audit page shows the reason translated, the
 * English detail stays for the server log), and the unit of the record refused when one is known (the access log
 * notes a refused read on it, so that the auditors of that unit see who tried).
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> reasonArguments;
    private AdminUnitCode recordUnit;

    public AccessDeniedException(String messageKey, String detail) {
        this(messageKey, detail, List.of());
    }

    /** A refusal whose reason, as the audit page shows it, is {@code messageKey} with these parameters. */
    public AccessDeniedException(String messageKey, String detail, List<String> reasonArguments) {
        super(detail);
        this.messageKey = messageKey;
        this.reasonArguments = List.copyOf(reasonArguments);
    }

    /** The same refusal, about a record of {@code unit}. */
    public AccessDeniedException about(AdminUnitCode unit) {
        this.recordUnit = Objects.requireNonNull(unit, "unit");
        return this;
    }

    /** Resource-bundle key of the message shown to the user. */
    public String messageKey() {
        return messageKey;
    }

    /** The reason for the audit trail: the message key and its parameters. */
    public RefusalReason reason() {
        return new RefusalReason(messageKey, reasonArguments);
    }

    /** The unit of the record refused, or {@code null} when none is known (a role refusal, a missing record). */
    public AdminUnitCode recordUnit() {
        return recordUnit;
    }
}
