package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Why a result file or one of its rows cannot be applied: a resource-bundle key and its arguments, as text. */
public record ResultProblem(String messageKey, List<String> arguments) implements Serializable {

    public ResultProblem {
        arguments = List.copyOf(arguments);
    }

    static ResultProblem of(String messageKey, Object... arguments) {
        return new ResultProblem(
                messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** The key and arguments in one line, for the stored row and the logs. */
    public String describe() {
        return arguments.isEmpty() ? messageKey : messageKey + " " + arguments;
    }
}
