package vn.ansinh.benefit.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A condition of the category that the person does not meet on the day, or that cannot be checked
 * because a fact is not recorded ({@code unknown}): a message key and its arguments (label keys are
 * wrapped by the caller).
 */
public record EligibilityFailure(String key, List<Object> arguments, boolean unknown) implements Serializable {

    public static EligibilityFailure failed(String key, Object... arguments) {
        return new EligibilityFailure(key, List.of(arguments), false);
    }

    public static EligibilityFailure notRecorded(String key, Object... arguments) {
        return new EligibilityFailure(key, List.of(arguments), true);
    }
}
