package io.accountsdesk.sandbox.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenServiceTest {

    private static final RSAKey KEY = SigningKeys.generate();
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private static TokenService at(Instant now) {
        return new TokenService(KEY, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void verifiesItsOwnTokenUntilExpiry() throws Exception {
        String token = at(NOW).issue("http://127.0.0.1/v1/accounts/T12300000", "client-1", "aud", "T12300000").accessToken();
        TokenPrincipal principal = at(NOW.plusSeconds(299)).verify(token);
        assertThat(principal.accountId()).isEqualTo("T12300000");
        assertThat(principal.clientId()).isEqualTo("client-1");
        assertThatThrownBy(() -> at(NOW.plusSeconds(300)).verify(token))
                .isInstanceOf(TokenService.RejectedToken.class).hasMessageContaining("expired");
    }

    @Test
    void rejectsSignedTokensWithoutExpiryOrAccount() throws Exception {
        String noExpiry = sign(new JWTClaimsSet.Builder().claim("account_id", "T12300000").build());
        assertThatThrownBy(() -> at(NOW).verify(noExpiry)).hasMessageContaining("expiry");
        String noAccount = sign(new JWTClaimsSet.Builder().expirationTime(Date.from(NOW.plusSeconds(60))).build());
        assertThatThrownBy(() -> at(NOW).verify(noAccount)).hasMessageContaining("account");
    }

    @Test
    void generatedKeysHaveSeedShapedIds() {
        assertThat(KEY.getKeyID()).matches("[0-9a-f]{40}");
        assertThat(SigningKeys.generate().getKeyID()).isNotEqualTo(KEY.getKeyID());
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }
}
