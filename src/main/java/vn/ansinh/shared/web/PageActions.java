package vn.ansinh.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * How a page runs what the user asked for: the action either succeeds, or its refusal (a business rule, a role, a
 * jurisdiction, an upload that cannot be read) becomes the page's message in the user's language, never a stack
 * trace. Replaces the {@code catch (AccessDeniedException e) { Messages.error(…) } catch (BusinessRuleException e)
 * {…}} pair every view used to repeat.
 */
public final class PageActions {

    /** What a page does; it may read an upload. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    /** What a page computes for the user (a file to download); it may read an upload. */
    @FunctionalInterface
    public interface Producing<T> {
        T get() throws IOException;
    }

    private PageActions() {}

    /** Runs the action; a refusal is shown among the page's messages. Whether it succeeded. */
    public static boolean attempt(Action action) {
        return attempt(null, action);
    }

    /** Runs the action and says {@code doneKey} when it succeeds; a refusal is shown among the page's messages. */
    public static boolean attempt(String doneKey, Action action) {
        return run(doneKey, refusal -> null, action);
    }

    /**
     * Runs the action; a refusal by a business rule is shown next to the field {@code clientId} (a refused role or
     * jurisdiction among the page's messages). Whether it succeeded.
     */
    public static boolean attemptForField(String clientId, Action action) {
        return run(null, refusal -> clientId, action);
    }

    /**
     * Runs the action; a refusal by a business rule is shown next to the field {@code fieldOf} finds for it, among
     * the page's messages when it finds none ({@code null}). Whether it succeeded.
     */
    public static boolean attemptForFields(Function<BusinessRuleException, String> fieldOf, Action action) {
        return run(null, fieldOf, action);
    }

    /** Runs the action for its result; empty when it was refused (the refusal is shown among the page's messages). */
    public static <T> Optional<T> attemptFor(Producing<T> action) {
        List<T> result = new ArrayList<>(1);
        attempt(() -> result.add(action.get()));
        return result.isEmpty() ? Optional.empty() : Optional.ofNullable(result.get(0));
    }

    private static boolean run(String doneKey, Function<BusinessRuleException, String> fieldOf, Action action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
            return false;
        } catch (BusinessRuleException e) {
            String fieldClientId = fieldOf.apply(e);
            if (fieldClientId == null) {
                Messages.error(e.messageKey(), e.arguments());
            } else {
                Messages.fieldError(fieldClientId, e.messageKey(), e.arguments());
            }
            return false;
        } catch (IOException e) {
            Messages.error("document.error.read");
            return false;
        }
        if (doneKey != null) {
            Messages.info(doneKey);
        }
        return true;
    }
}
