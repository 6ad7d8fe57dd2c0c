package vn.ansinh.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through Keycloak with OpenID Connect (authorization code flow, confidential client, PKCE
 * added by {@link PkceAuthorizationRequest} and {@link PkceTokenController}).
 * Realm roles arrive in the {@code groups} claim and become container roles of the same name.
 * {@code redirectToOriginalResource} stays false: with true, the request after the callback fails
 * (Soteria issue 333); {@link CallbackServlet} sends the user on instead.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${oidcConfig.callbackUri}",
        redirectToOriginalResource = false,
        // Keycloak's signing keys: Soteria's default read timeout is 500 ms, too short for a busy server
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000,
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "preferred_username",
                        callerGroupsClaim = SecurityConfig.GROUPS_CLAIM))
@DeclareRoles({Role.Names.COMMUNE_OFFICER, Role.Names.APPROVER, Role.Names.AUDITOR, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfig {

    /** The claim that carries the user's realm roles (Keycloak's "groups" mapper in realm-config). */
    public static final String GROUPS_CLAIM = "groups";
}
