package io.accountsdesk.sandbox.users;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 6238 (Appendix B) and RFC 4648 test vectors, and the sandbox's verification rules. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826",
    })
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // The sandbox's 6-digit SHA1 codes from a base32 secret, as an authenticator app computes them.
        assertThat(Totp.code(Base32.encode(SHA1_KEY), Instant.ofEpochSecond(seconds))).isEqualTo(sha1.substring(2));
    }

    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void base32Rfc4648Vectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
        assertThat(new String(Base32.decode(encoded.toLowerCase() + "======".substring(0, (8 - encoded.length() % 8) % 8)),
                StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void base32RejectsForeignCharacters() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifyAcceptsOneStepOfClockSkewAndRefusesReplays() {
        String secret = Totp.newSecret();
        assertThat(Base32.decode(secret)).hasSize(20);
        Instant now = Instant.parse("2026-11-01T10:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, now), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(90)), now, Long.MIN_VALUE)).isEmpty();
        // A code used once (its step recorded) is refused the second time.
        assertThat(Totp.verify(secret, Totp.code(secret, now), now, step)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(secret, null, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void uriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Dintero sandbox", "a@b.example", "ABC"))
                .isEqualTo("otpauth://totp/Dintero%20sandbox:a%40b.example?secret=ABC&issuer=Dintero%20sandbox"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void passwordHashesAreSaltedAndVerify() {
        String a = PasswordHasher.hash("correct horse");
        String b = PasswordHasher.hash("correct horse");
        assertThat(a).startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$").isNotEqualTo(b).doesNotContain("correct");
        assertThat(PasswordHasher.matches("correct horse", a)).isTrue();
        assertThat(PasswordHasher.matches("correct horsE", a)).isFalse();
        assertThat(PasswordHasher.matches("x", null)).isFalse();
        assertThat(PasswordHasher.matches("x", "plain")).isFalse();
    }
}
