package vn.ansinh.api.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.text.BundleMessages;
import vn.ansinh.shared.web.Pages;

/**
 * Every failure of the REST API as {@code application/problem+json} with the app's message key and its text in the
 * language the caller accepts (Vietnamese unless English comes first): a refusal of the command engine is 403 (404
 * for a record outside the caller's jurisdiction, as on the pages), a business rule 422 (409 for a stale version:
 * {@code error.staleData}), the API's own refusals their status, anything else 500 without its stack trace.
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    @Context
    private jakarta.ws.rs.core.UriInfo uri;

    @jakarta.inject.Inject
    private vn.ansinh.shared.access.application.AccessLog accessLog;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException e) {
            List<Problem.FieldProblem> fields = new ArrayList<>();
            for (Map.Entry<String, InvalidValueException> field : e.fieldProblems.entrySet()) {
                InvalidValueException problem = field.getValue();
                fields.add(new Problem.FieldProblem(
                        field.getKey(), problem.messageKey(), text(problem.messageKey(), problem.arguments())));
            }
            return problem(e.status, e.messageKey, fields.isEmpty() ? null : fields, e.arguments);
        }
        if (cause instanceof AccessDeniedException || cause instanceof WebApplicationException) {
            LOG.info(() -> "REST API: " + request.getMethod() + " refused: " + cause);
        }
        if (cause instanceof AccessDeniedException e
                && "GET".equals(request.getMethod())
                && ApiReads.kindOf(uri.getPath()) != null) {
            accessLog.refused(ApiReads.kindOf(uri.getPath()), e.recordUnit(), null, ApiReads.target(uri));
        }
        if (cause instanceof AccessDeniedException e) {
            // a read outside the caller's jurisdiction is answered as a missing record, as the pages answer it
            int status = "GET".equals(request.getMethod())
                    ? Pages.statusOf(e)
                    : "error.notFound".equals(e.messageKey()) ? 404 : 403;
            return problem(status, e.messageKey(), null);
        }
        if (cause instanceof BusinessRuleException e) {
            int status = "error.staleData".equals(e.messageKey())
                    ? 412
                    : cause instanceof PossibleDuplicatesException ? 409 : 422;
            return problem(status, e.messageKey(), null, e.arguments());
        }
        if (cause instanceof OptimisticLockException) {
            return problem(412, "error.staleData", null);
        }
        if (cause instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            return problem(status, status == 404 ? "error.notFound" : "api.error.badRequest", null);
        }
        LOG.log(Level.SEVERE, "REST API: unexpected failure", failure);
        return problem(500, "api.error.internal", null);
    }

    private Response problem(int status, String messageKey, List<Problem.FieldProblem> fields, Object... arguments) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(new Problem(status, title, messageKey, text(messageKey, arguments), fields))
                .build();
    }

    private String text(String key, Object... arguments) {
        return BundleMessages.text(language(headers), key, arguments);
    }

    /** English when the caller puts English before Vietnamese in {@code Accept-Language}; Vietnamese otherwise. */
    static Locale language(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if ("en".equals(accepted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("vi".equals(accepted.getLanguage())) {
                    return BundleMessages.VIETNAMESE;
                }
            }
        }
        return BundleMessages.VIETNAMESE;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof jakarta.ejb.EJBException
                        || t instanceof jakarta.transaction.RollbackException
                        || t.getClass().getName().startsWith("jakarta.transaction.TransactionalException"))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
