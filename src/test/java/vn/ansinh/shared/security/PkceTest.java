package vn.ansinh.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theChallengeIsTheUnpaddedBase64UrlOfTheVerifiersSha256() {
        // expected value computed independently: base64.urlsafe_b64encode(hashlib.sha256(v).digest()).rstrip("=")
        assertThat(Pkce.challenge("aaaaaaaaaa-_Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9Z9x"))
                .isEqualTo("Vwbw0bYkLN2SWv94x3L_u8h4zQYlHxJ4ksvw5AA2k9A");
    }

    @Test
    void verifiersAreFreshAndOfTheRfcsAlphabetAndLength() {
        String verifier = Pkce.newVerifier();

        assertThat(verifier).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(Pkce.newVerifier());
        assertThat(Pkce.challenge(verifier)).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theChallengeIsAppendedToTheAuthorizationRequest() {
        assertThat(Pkce.withChallenge("https://sso/auth?client_id=a&state=s", "abc"))
                .isEqualTo("https://sso/auth?client_id=a&state=s&code_challenge=abc&code_challenge_method=S256");
    }
}
