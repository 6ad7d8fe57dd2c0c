package vn.ansinh.casework.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** A case refused by a casework rule (an illegal transition, a missing reason), with a message key. */
public class CaseException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CaseException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
