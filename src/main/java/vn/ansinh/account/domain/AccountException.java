package vn.ansinh.account.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** A social-security account step refused by a rule (an illegal step, a date out of order), with a message key. */
public class AccountException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
