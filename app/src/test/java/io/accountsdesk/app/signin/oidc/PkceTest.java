package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theChallengeIsTheS256OfTheVerifierFromRfc7636AppendixB() {
        // RFC 7636 Appendix B's own example.
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(Pkce.challengeOf(verifier)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void verifiersAreLongUnreservedAndNeverRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Pkce pkce = Pkce.create(random);
            assertThat(pkce.verifier()).hasSizeBetween(43, 128).matches("[A-Za-z0-9._~-]+");
            assertThat(pkce.challenge()).isEqualTo(Pkce.challengeOf(pkce.verifier())).hasSize(43);
            assertThat(seen.add(pkce.verifier())).isTrue();
            assertThat(pkce.toString()).doesNotContain(pkce.verifier());
        }
        assertThatThrownBy(() -> new Pkce("short", Pkce.challengeOf("short"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuthorizationUrlCarriesTheChallengeNotTheVerifier() {
        Pkce pkce = Pkce.create(new SecureRandom());
        URI url = new AuthorizationRequest(URI.create("https://login.example/authorize?tenant=a b".replace(" ", "%20")),
                "desk", URI.create("http://127.0.0.1:5555/callback"), "st&te", pkce, "T12300000").toUri();
        assertThat(url.getRawQuery()).startsWith("tenant=a%20b&response_type=code&client_id=desk")
                .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback", "state=st%26te",
                        "code_challenge=" + pkce.challenge(), "code_challenge_method=S256", "account_id=T12300000")
                .doesNotContain(pkce.verifier());
    }
}
