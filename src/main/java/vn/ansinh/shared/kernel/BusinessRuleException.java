package vn.ansinh.shared.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A command refused by a business rule (a bad value, an illegal transition). Rolls the transaction
 * back; the web layer shows the message (a resource-bundle key with its arguments), never a stack trace.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.asList(arguments.clone());
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
