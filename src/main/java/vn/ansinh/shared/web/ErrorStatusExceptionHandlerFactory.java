package vn.ansinh.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import vn.ansinh.shared.persistence.DatabaseUnavailable;

/**
 * Who answers an exception of a page request. An ajax request cannot show an error page by itself, so
 * PrimeFaces' handler sends the browser to the page of web.xml (as does a full-page request whose view
 * expired: the expired-view page). Any other full-page request goes to Faces' standard handler, which
 * lets the servlet container render the error page of web.xml with the real status (500), instead of
 * PrimeFaces' redirect that made a crash answer 302 and then 200. A postback refused because the database could
 * not be reached is no crash: the page shows the database-unavailable message (see
 * {@code databaseAwayDuringPostback}); a page opened meanwhile answers 503 with the page saying so
 * ({@code databaseAwayOnPageOpen}).
 */
public class ErrorStatusExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ErrorStatusExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(ErrorStatusExceptionHandlerFactory.class.getName());

        private final PrimeExceptionHandler primeFaces;

        Handler(ExceptionHandler standard) {
            super(standard);
            this.primeFaces = new PrimeExceptionHandler(standard);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (databaseAwayDuringPostback(context) || databaseAwayOnPageOpen(context)) {
                return;
            }
            if (context.getPartialViewContext().isAjaxRequest() || expiredView()) {
                primeFaces.handle();
            } else {
                getWrapped().handle();
            }
        }

        /**
         * A postback whose action failed because the database could not be reached (its transaction rolled back):
         * the page stays as the user left it, with the database-unavailable message among its messages. An ajax
         * request re-renders only the page's messages (the form keeps what was typed, and rendering it could need
         * the database again); a full-page postback renders the page with the message.
         */
        private boolean databaseAwayDuringPostback(FacesContext context) {
            if (!context.isPostback() || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                return false;
            }
            Throwable failure = firstFailure();
            if (failure == null) {
                return false;
            }
            // the link lost while committing: the save may have landed; the user is told so, not that it did not
            boolean uncertain = DatabaseUnavailable.lostAtCommit(failure);
            if (!uncertain && !DatabaseUnavailable.causes(failure)) {
                return false;
            }
            LOG.log(
                    Level.WARNING,
                    "The database could not be reached; the action was refused and rolled back",
                    failure);
            handled();
            Messages.error(uncertain ? "error.databaseLostAtCommit" : "error.databaseUnavailable");
            if (context.getPartialViewContext().isAjaxRequest()) {
                Collection<String> render = context.getPartialViewContext().getRenderIds();
                List<String> messages = render.stream()
                        .filter(id -> context.getViewRoot().findComponent(":" + id) instanceof UIMessages)
                        .toList();
                render.clear();
                render.addAll(messages.isEmpty() ? List.of("messages") : messages);
            }
            context.renderResponse();
            return true;
        }

        /**
         * A page opened (not a postback, not ajax) while the database could not be reached: the 503 page says so
         * (nothing was lost; try again in a few minutes) instead of the 500 page of a crash. Only while the response
         * is not yet committed; otherwise the standard handling goes on.
         */
        private boolean databaseAwayOnPageOpen(FacesContext context) {
            if (context.isPostback()
                    || context.getPartialViewContext().isAjaxRequest()
                    || context.getExternalContext().isResponseCommitted()) {
                return false;
            }
            Throwable cause = firstFailure();
            if (cause == null || !DatabaseUnavailable.causes(cause)) {
                return false;
            }
            LOG.log(Level.WARNING, "The database could not be reached; the page was not opened", cause);
            try {
                context.getExternalContext().responseReset();
                context.getExternalContext()
                        .responseSendError(
                                jakarta.servlet.http.HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                                "database unavailable");
            } catch (java.io.IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "The 503 page could not be sent", e);
                return false;
            }
            handled();
            context.responseComplete();
            return true;
        }

        /** The first exception queued for this request, or null. */
        private Throwable firstFailure() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            return events.hasNext() ? events.next().getContext().getException() : null;
        }

        /** The queued exceptions are answered here: the standard handling does not see them. */
        private void handled() {
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                events.next();
                events.remove();
            }
        }

        private boolean expiredView() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            if (!events.hasNext()) {
                return false;
            }
            for (Throwable t = events.next().getContext().getException(); t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
