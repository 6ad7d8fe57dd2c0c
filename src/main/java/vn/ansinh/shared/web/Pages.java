package vn.ansinh.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.ansinh.shared.command.AccessDeniedException;

/** Page helpers for views: answering a refused or missing record with the right error page. */
public final class Pages {

    private Pages() {
    }

    /** Ends the request with 404 (no such record) or 403 (outside the user's jurisdiction or role). */
    public static void refuse(AccessDeniedException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError("error.notFound".equals(e.messageKey()) ? 404 : 403, null);
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
