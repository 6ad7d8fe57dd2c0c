package vn.ansinh.shared.web;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * Turns a page's id parameter ({@code ?id=}, {@code ?personId=}…) into the record it names, within the
 * caller's jurisdiction. A malformed id (anything but a positive whole number of at most 18 digits), a
 * record that does not exist and a record outside the caller's jurisdiction all end the request with the
 * same 404 page: a URL never tells that a record exists elsewhere. Only a refusal by role answers 403.
 */
public final class RecordParam {

    private RecordParam() {}

    /**
     * The record {@code find} returns for the id in {@code parameter}, or empty after the request was
     * answered with the error page. {@code find} throws {@link AccessDeniedException} for a missing or
     * out-of-jurisdiction record, as the application services do.
     */
    public static <T> Optional<T> find(String parameter, LongFunction<T> find) {
        OptionalLong id = parse(parameter);
        if (id.isEmpty()) {
            Pages.notFound();
            return Optional.empty();
        }
        try {
            return Optional.of(find.apply(id.getAsLong()));
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
            return Optional.empty();
        }
    }

    /**
     * As {@link #find(String, LongFunction)}, for a page that shows personal data: a refusal (a record outside the
     * caller's jurisdiction, a missing one, a role that may not read it) is also noted in the access log, on the
     * record's unit when the refusal names it. The page notes its successful read itself, with whose data it is.
     */
    public static <T> Optional<T> find(String parameter, LongFunction<T> find, AccessLog log, AccessKind kind) {
        OptionalLong id = parse(parameter);
        if (id.isEmpty()) {
            Pages.notFound();
            return Optional.empty();
        }
        try {
            return Optional.of(find.apply(id.getAsLong()));
        } catch (AccessDeniedException e) {
            log.refused(kind, e.recordUnit(), kind.idNamesPerson() ? id.getAsLong() : null, "#" + id.getAsLong());
            Pages.refuse(e);
            return Optional.empty();
        }
    }

    /** The id a parameter carries: digits only, 1 to 18 of them (always within a {@code long}), not 0. */
    public static OptionalLong parse(String parameter) {
        if (parameter == null || !parameter.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(parameter);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
