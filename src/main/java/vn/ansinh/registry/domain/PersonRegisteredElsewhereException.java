package vn.ansinh.registry.domain;

import vn.ansinh.shared.command.AuditedRefusal;
import vn.ansinh.shared.command.RefusalReason;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The personal ID is already registered for a person outside the user's jurisdiction: blocked, and
 * the user is told only that the person is registered in another administrative unit (no name, no
 * link). The attempt is audited on the person's commune, so that its auditors see who tried.
 */
public class PersonRegisteredElsewhereException extends BusinessRuleException implements AuditedRefusal {

    private static final long serialVersionUID = 1L;

    private final Long personId;
    private final AdminUnitCode personCommune;
    private final AdminUnitCode attemptedIn;

    public PersonRegisteredElsewhereException(Long personId, AdminUnitCode personCommune, AdminUnitCode attemptedIn) {
        super("person.error.registeredElsewhere");
        this.personId = personId;
        this.personCommune = personCommune;
        this.attemptedIn = attemptedIn;
    }

    @Override
    public AdminUnitCode auditUnit() {
        return personCommune;
    }

    @Override
    public String targetType() {
        return "Person";
    }

    @Override
    public String targetId() {
        return personId.toString();
    }

    @Override
    public RefusalReason auditReason() {
        return RefusalReason.of(
                "audit.refusal.registeredElsewhere", personId.toString(), personCommune.value(), attemptedIn.value());
    }

    @Override
    public String auditDetail() {
        return "personal ID of person " + personId + " (" + personCommune + ") typed in " + attemptedIn
                + ": registered in another unit, not disclosed";
    }
}
