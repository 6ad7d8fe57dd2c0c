package vn.ansinh.registry.domain;

import java.util.Objects;

/**
 * A value refused by a value object (a personal ID with 11 digits, a month 13). Carries a
 * resource-bundle key and its arguments so that the web layer can show the message next to the
 * field, in Vietnamese or English. The exception message is the key alone: the refused value never
 * reaches a log through it.
 */
public class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(Objects.requireNonNull(messageKey, "messageKey"));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Resource-bundle key of the message, e.g. {@code person.error.personalId.length}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message, in the order of its placeholders; a copy. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
