package vn.ansinh.shared.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bearer token of the REST API with Nimbus JOSE + JWT: an RS256 signature by one of Keycloak's keys
 * (fetched from the realm's JWKS address and cached, refetched when a token names an unknown key), the realm as
 * issuer, the API's audience in {@code aud}, not expired (60 s clock skew), a subject and a username. Anything else
 * is {@link Refused} with the reason for the log; the caller answers 401 without saying which check failed.
 */
public final class BearerTokenVerifier {

    private static final int TIMEOUT_MS = 5000;

    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public BearerTokenVerifier(String issuer, URI jwks, String audience) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwks.toURL(), new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Keycloak's key address is not a URL: " + jwks, e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of("sub", "exp", "iat", "preferred_username"))));
    }

    public BearerToken verify(String token) throws Refused {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new Refused(e.getMessage());
        }
        try {
            List<String> groups = claims.getStringListClaim(SecurityConfig.GROUPS_CLAIM);
            return new BearerToken(
                    claims.getStringClaim("preferred_username"),
                    groups == null ? List.of() : groups,
                    claims.getStringClaim(CurrentActor.UNIT_CLAIM),
                    claims.getStringClaim("family_name"),
                    claims.getStringClaim("given_name"),
                    claims.getStringClaim("azp"));
        } catch (ParseException e) {
            throw new Refused("a claim has the wrong type: " + e.getMessage());
        }
    }

    /** The roles of the token that are the app's roles (Keycloak adds its own default roles). */
    public static Set<String> appRoles(BearerToken token) {
        Set<String> roles = new HashSet<>();
        for (Role role : Role.values()) {
            if (token.groups().contains(role.id())) {
                roles.add(role.id());
            }
        }
        return roles;
    }

    /** A token that is not accepted, with the reason (for the log only). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }
}
