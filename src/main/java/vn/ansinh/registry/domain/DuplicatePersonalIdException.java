package vn.ansinh.registry.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** The personal ID is already registered: blocked, with the existing person to link to. */
public class DuplicatePersonalIdException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final Long existingPersonId;

    public DuplicatePersonalIdException(Long existingPersonId) {
        super("person.error.duplicateId");
        this.existingPersonId = existingPersonId;
    }

    public Long existingPersonId() {
        return existingPersonId;
    }
}
