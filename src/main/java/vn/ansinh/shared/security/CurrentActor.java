package vn.ansinh.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The logged-in user as an {@link Actor}: name and roles from the container, the unit from the
 * {@code unit_code} claim that Keycloak puts in the token. This is where the user's jurisdiction is
 * built, and so the one place that follows the unit's validity: a unit that no longer exists today
 * (a district abolished on 1 Jul 2025) gives an actor with no jurisdiction ({@link Actor#jurisdiction()}),
 * who sees no person, case, payroll or payment and may change nothing.
 */
@RequestScoped
public class CurrentActor {

    static final String UNIT_CLAIM = "unit_code";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private JurisdictionPolicy jurisdictions;

    @Inject
    private Clock clock;

    @Inject
    private HttpServletRequest request;

    private Actor actor;

    /** The actor of this request; fails if nobody is logged in or the user has no unit. */
    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        if (request.getAttribute(BearerToken.class.getName()) instanceof BearerToken token) {
            return fromToken(token);
        }
        if (securityContext.getCallerPrincipal() == null) {
            throw new IllegalStateException("No user is logged in");
        }
        String username = securityContext.getCallerPrincipal().getName();
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> securityContext.isCallerInRole(role.id()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        String unit = claim(UNIT_CLAIM)
                .orElseThrow(() -> new IllegalStateException(
                        "User " + username + " has no " + UNIT_CLAIM + " attribute in Keycloak"));
        AdminUnitCode code = AdminUnitCode.of(unit);
        LocalDate today = VietnamTime.today(clock);
        return new Actor(
                username,
                vietnameseName().orElse(username),
                roles,
                code,
                jurisdictions.abolishedOn(code, today).orElse(null));
    }

    /** A caller of the REST API: everything from its verified bearer token ({@link ApiBearerAuthentication}). */
    private Actor fromToken(BearerToken token) {
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> token.groups().contains(role.id()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        AdminUnitCode code = AdminUnitCode.of(token.unit()
                .orElseThrow(() -> new IllegalStateException(
                        "Token of " + token.username() + " has no " + UNIT_CLAIM + " claim")));
        return new Actor(
                token.username(),
                token.displayName(),
                roles,
                code,
                jurisdictions.abolishedOn(code, VietnamTime.today(clock)).orElse(null));
    }

    /**
     * Vietnamese order: family name (họ) first. Keycloak's {@code name} claim is always
     * "given family", so the name is rebuilt from its parts.
     */
    private Optional<String> vietnameseName() {
        Optional<String> family = claim("family_name");
        Optional<String> given = claim("given_name");
        if (family.isEmpty() && given.isEmpty()) {
            return claim("name");
        }
        return Optional.of((family.orElse("") + " " + given.orElse("")).trim());
    }

    private Optional<String> claim(String name) {
        Optional<String> fromIdToken =
                text(openIdContext.getIdentityToken().getJwtClaims().getStringClaim(name));
        if (fromIdToken.isPresent()) {
            return fromIdToken;
        }
        JsonValue value = openIdContext.getClaimsJson().get(name);
        return value instanceof JsonString s ? text(Optional.of(s.getString())) : Optional.empty();
    }

    private static Optional<String> text(Optional<String> value) {
        return value.map(String::trim).filter(s -> !s.isEmpty());
    }
}
