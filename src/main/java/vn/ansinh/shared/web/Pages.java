package vn.ansinh.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.ansinh.shared.command.AccessDeniedException;

/** Page helpers for views: answering a refused or missing record with the right error page. */
public final class Pages {

    private Pages() {}

    /**
     * The HTTP status that answers a refusal: 404 for a record that is missing or outside the caller's
     * jurisdiction (the same answer, so that a URL does not reveal a record elsewhere), 403 for a role
     * that may not open the page at all.
     */
    public static int statusOf(AccessDeniedException e) {
        return "error.notFound".equals(e.messageKey()) || "error.access.unit".equals(e.messageKey()) ? 404 : 403;
    }

    /** Ends the request with the error page that {@link #statusOf} chooses. */
    public static void refuse(AccessDeniedException e) {
        sendError(statusOf(e));
    }

    /**
     * The refusal of a page to a user whose roles may not run the page's commands (answered 403 by {@link #refuse}
     * or {@link RecordParam}): the page asks the command engine, so its roles are the commands' roles.
     */
    public static AccessDeniedException roleRefusal(String page) {
        return new AccessDeniedException("error.access.role", page + ": the user may not run the page's commands");
    }

    /** Ends the request with the 404 page. */
    public static void notFound() {
        sendError(404);
    }

    private static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        context.responseComplete();
    }

    /** Redirects to a page of the application (path with query string). */
    public static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
