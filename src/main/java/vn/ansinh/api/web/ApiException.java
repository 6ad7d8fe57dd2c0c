package vn.ansinh.api.web;

import java.util.List;
import java.util.Map;
import vn.ansinh.shared.kernel.InvalidValueException;

/** A refusal of the REST API itself (a missing {@code If-Match}, a bad field): answered as its problem. */
class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String messageKey;
    final transient Object[] arguments;
    final transient Map<String, InvalidValueException> fieldProblems;

    ApiException(int status, String messageKey, Object... arguments) {
        this(status, messageKey, Map.of(), arguments);
    }

    ApiException(int status, String messageKey, Map<String, InvalidValueException> fieldProblems, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.fieldProblems = fieldProblems;
    }

    /** 422 with each bad field and its message. */
    static ApiException invalidFields(Map<String, InvalidValueException> problems) {
        return new ApiException(422, "api.error.invalidFields", problems);
    }

    List<String> fields() {
        return List.copyOf(fieldProblems.keySet());
    }
}
