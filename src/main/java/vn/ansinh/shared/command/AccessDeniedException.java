package vn.ansinh.shared.command;

import jakarta.ejb.ApplicationException;

/** The actor may not run this command: wrong role, or a unit outside their jurisdiction. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** Resource-bundle key of the message shown to the user. */
    public String messageKey() {
        return messageKey;
    }
}
