package vn.ansinh.shared.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Proof Key for Code Exchange (RFC 7636, method S256). Before the redirect to Keycloak a random
 * verifier is kept in the session and its hash goes into the authorization request; the token
 * request sends the verifier, so a stolen authorization code is useless without the session.
 */
final class Pkce {

    static final String METHOD = "S256";
    static final String SESSION_ATTRIBUTE = "ansinh.pkceVerifier";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkce() {}

    /** A new verifier: 32 random bytes, base64url, 43 characters (RFC 7636 §4.1). */
    static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** BASE64URL(SHA-256(ASCII(verifier))) (RFC 7636 §4.2). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a login: keeps a fresh verifier in the session and returns its challenge. */
    static String begin(HttpSession session) {
        String verifier = newVerifier();
        session.setAttribute(SESSION_ATTRIBUTE, verifier);
        return challenge(verifier);
    }

    /** The verifier of the login under way, removed from the session (a code is exchanged once). */
    static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object verifier = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        return verifier instanceof String v ? Optional.of(v) : Optional.empty();
    }

    /** The authorization request with the challenge appended. */
    static String withChallenge(String authorizationUrl, String challenge) {
        return authorizationUrl + (authorizationUrl.contains("?") ? "&" : "?") + "code_challenge=" + challenge
                + "&code_challenge_method=" + METHOD;
    }
}
