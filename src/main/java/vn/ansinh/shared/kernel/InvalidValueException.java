package vn.ansinh.shared.kernel;

/**
 * A value refused by a value object (a personal ID with 11 digits, a month 13). Carries a
 * resource-bundle key and its arguments so that the web layer can show the message next to the
 * field, in Vietnamese or English. The exception message is the key alone: the refused value never
 * reaches a log through it. Being a business-rule failure, it rolls a command back.
 */
public class InvalidValueException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
