package vn.ansinh.eoffice.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** An e-office request refused by a rule (a signed copy that does not check out), with a message key. */
public class EOfficeException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public EOfficeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
