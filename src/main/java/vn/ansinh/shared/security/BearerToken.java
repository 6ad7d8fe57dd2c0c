package vn.ansinh.shared.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified bearer token of the REST API: who called (Keycloak's {@code preferred_username}, or the service
 * account's name for a system client), the realm roles of its {@code groups} claim and the {@code unit_code}
 * claim, with the name parts for the audit trail. Only {@link BearerTokenVerifier} makes one, after the signature,
 * issuer, audience and expiry have been checked.
 */
public record BearerToken(
        String username, List<String> groups, String unitCode, String familyName, String givenName, String clientId) {

    public BearerToken {
        Objects.requireNonNull(username, "username");
        groups = List.copyOf(groups);
    }

    /** "family given" in the Vietnamese order, or the username when the token has no name. */
    public String displayName() {
        String name = ((familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName)).trim();
        return name.isEmpty() ? username : name;
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unitCode).map(String::trim).filter(s -> !s.isEmpty());
    }
}
