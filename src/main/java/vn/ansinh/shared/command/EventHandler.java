package vn.ansinh.shared.command;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Reacts, inside the same command and transaction, to something a command published with
 * {@link CommandContext#publish} — so that one domain can follow another's event without the two
 * depending on each other (casework records a death; payment holds the lines not yet paid).
 * Implementations are listed in {@code META-INF/services/vn.ansinh.shared.command.EventHandler} and
 * must have a public no-argument constructor; they ignore events they do not know.
 */
public interface EventHandler {

    void handle(Object event, CommandContext context);

    /** The handlers on the class path, loaded once. */
    static List<EventHandler> all() {
        return Loaded.HANDLERS;
    }

    /** Holder of the loaded handlers (lazily, once). */
    final class Loaded {
        private static final List<EventHandler> HANDLERS =
                ServiceLoader.load(EventHandler.class, EventHandler.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();

        private Loaded() {}
    }
}
