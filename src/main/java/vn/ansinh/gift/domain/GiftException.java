package vn.ansinh.gift.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** A one-off list refused by its rules (an illegal step, a list or entry not found), with a message key. */
public class GiftException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public GiftException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
