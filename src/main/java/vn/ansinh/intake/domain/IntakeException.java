package vn.ansinh.intake.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** An application refused by an intake rule, with a message key for the user. */
public class IntakeException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public IntakeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
