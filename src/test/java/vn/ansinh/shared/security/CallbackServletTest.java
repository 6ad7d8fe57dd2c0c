package vn.ansinh.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After login the user goes back only to a page of this application: no open redirect. */
class CallbackServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/settings.xhtml", "/officer/home.xhtml?lang=en"})
    void aPathOfTheApplicationIsFollowed(String target) {
        assertThat(CallbackServlet.isLocalPath(target, "")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/x?next=http://evil", "evil"})
    void anythingElseIsIgnored(String target) {
        assertThat(CallbackServlet.isLocalPath(target, "")).isFalse();
    }
}
