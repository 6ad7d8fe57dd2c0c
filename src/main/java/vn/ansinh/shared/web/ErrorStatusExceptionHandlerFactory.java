package vn.ansinh.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Who answers an exception of a page request. An ajax request cannot show an error page by itself, so
 * PrimeFaces' handler sends the browser to the page of web.xml (as does a full-page request whose view
 * expired: the expired-view page). Any other full-page request goes to Faces' standard handler, which
 * lets the servlet container render the error page of web.xml with the real status (500), instead of
 * PrimeFaces' redirect that made a crash answer 302 and then 200.
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

        private final PrimeExceptionHandler primeFaces;

        Handler(ExceptionHandler standard) {
            super(standard);
            this.primeFaces = new PrimeExceptionHandler(standard);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context.getPartialViewContext().isAjaxRequest() || expiredView()) {
                primeFaces.handle();
            } else {
                getWrapped().handle();
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
