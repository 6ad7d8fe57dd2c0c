package vn.ansinh.shared.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import vn.ansinh.shared.config.OidcConfig;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.text.BundleMessages;

/**
 * The REST API's authentication, on the one mechanism Jakarta Security gives the application (the OpenID Connect
 * login of the pages): a request under {@value #API_PATH} never reaches the OIDC mechanism. It must carry
 * {@code Authorization: Bearer <access token>} issued by the realm for the API's audience ({@link
 * BearerTokenVerifier}); the caller becomes the container's caller with the token's realm roles for this request
 * only (no HTTP session is created or used: the session cookie is ignored), and {@link CurrentActor} builds the
 * actor from the token. Without a valid token the answer is 401 with {@code WWW-Authenticate: Bearer} and an
 * {@code application/problem+json} body, never a redirect to the login page. The outermost decorator of the
 * mechanism (before {@link LoginProviderUnavailable}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION - 20)
public abstract class ApiBearerAuthentication implements HttpAuthenticationMechanism {

    /** The REST API's path under the application. */
    public static final String API_PATH = "/api/";

    private static final Logger LOG = Logger.getLogger(ApiBearerAuthentication.class.getName());
    private static final String BEARER = "bearer ";

    private static volatile BearerTokenVerifier verifier;

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private OidcConfig config;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!isApi(request)) {
            return delegate.validateRequest(request, response, context);
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return unauthorized(response, "api.error.tokenMissing", null);
        }
        BearerToken token;
        try {
            token = verifier().verify(header.substring(BEARER.length()).trim());
        } catch (BearerTokenVerifier.Refused e) {
            LOG.info(() -> "REST API: bearer token refused: " + e.getMessage());
            return unauthorized(response, "api.error.tokenInvalid", "invalid_token");
        }
        request.setAttribute(BearerToken.class.getName(), token);
        return context.notifyContainerAboutLogin(
                new CallerPrincipal(token.username()), BearerTokenVerifier.appRoles(token));
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : delegate.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isApi(request)) {
            delegate.cleanSubject(request, response, context);
        }
    }

    /** Whether the request is one of the REST API's (the OpenAPI document at /openapi is not: it is public). */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PATH);
    }

    private BearerTokenVerifier verifier() {
        BearerTokenVerifier current = verifier;
        if (current == null) {
            synchronized (ApiBearerAuthentication.class) {
                if (verifier == null) {
                    verifier = new BearerTokenVerifier(
                            config.getProviderUri(), URI.create(config.getJwksUri()), config.getApiAudience());
                }
                current = verifier;
            }
        }
        return current;
    }

    /** 401 in JSON; the response is committed here so that no error page replaces it. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String messageKey, String error) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(
                    "WWW-Authenticate", "Bearer realm=\"ansinh\"" + (error == null ? "" : ", error=\"" + error + "\""));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String body = Jsons.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", 401)
                    .add("messageKey", messageKey)
                    .add("detail", BundleMessages.text(BundleMessages.VIETNAMESE, messageKey))
                    .build()
                    .toString();
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine(() -> "REST API: the client left before its 401: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
