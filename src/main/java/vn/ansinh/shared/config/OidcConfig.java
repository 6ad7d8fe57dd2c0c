package vn.ansinh.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect settings, read from MicroProfile Config (system properties, or the environment:
 * {@code ANSINH_OIDC_PROVIDER_URI}, {@code ANSINH_OIDC_CLIENT_ID}, {@code ANSINH_OIDC_CLIENT_SECRET},
 * {@code ANSINH_APP_URL}) and handed to the authentication mechanism through EL.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "ansinh.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "ansinh.oidc.client-id", defaultValue = "ansinh-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "ansinh.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "ansinh.app.url")
    String appUrl;

    @Inject
    @ConfigProperty(name = "ansinh.api.audience", defaultValue = "ansinh-api")
    String apiAudience;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The public URL of the application, without a trailing slash. */
    public String getAppUrl() {
        return appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    public String getCallbackUri() {
        return getAppUrl() + "/callback";
    }

    /**
     * The audience a bearer token for the REST API must name ({@code aud}): Keycloak's audience mapper on the
     * {@code ansinh-api} client puts it there ({@code ANSINH_API_AUDIENCE}).
     */
    public String getApiAudience() {
        return apiAudience;
    }

    /** Keycloak's signing keys (JWKS). */
    public String getJwksUri() {
        return providerUri + "/protocol/openid-connect/certs";
    }

    /** Keycloak's RP-initiated logout endpoint. */
    public String getEndSessionUri() {
        return providerUri + "/protocol/openid-connect/logout";
    }
}
