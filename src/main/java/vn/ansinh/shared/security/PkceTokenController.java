package vn.ansinh.shared.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.soteria.mechanisms.openid.controller.TokenController;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdConfiguration;

/**
 * Soteria's token request plus the PKCE {@code code_verifier} of the login under way (see
 * {@link PkceAuthorizationRequest}). Not a bean of its own: {@link PkceExtension} makes Soteria's
 * {@code TokenController} bean produce this subclass, so token validation and refresh stay Soteria's.
 * The form is the one Soteria 3.0.3 builds: client credentials, grant type, code, redirect URI.
 */
public class PkceTokenController extends TokenController {

    @Override
    public Response getTokens(HttpServletRequest request) {
        OpenIdConfiguration configuration =
                CDI.current().select(OpenIdConfiguration.class).get();
        Form form = new Form()
                .param("client_id", configuration.getClientId())
                .param("client_secret", new String(configuration.getClientSecret()))
                .param("grant_type", "authorization_code")
                .param("code", request.getParameter("code"))
                .param("redirect_uri", configuration.buildRedirectURI(request));
        Pkce.take(request.getSession(false)).ifPresent(verifier -> form.param("code_verifier", verifier));
        // as in Soteria: the caller reads the entity later, so the client stays open
        Client client = ClientBuilder.newClient();
        return client.target(configuration.getProviderMetadata().getTokenEndpoint())
                .request()
                .accept(MediaType.APPLICATION_JSON)
                .post(Entity.form(form));
    }
}
