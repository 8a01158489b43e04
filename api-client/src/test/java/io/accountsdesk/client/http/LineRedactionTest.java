package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Redactor#line}: the free-text masking that log lines go through before they leave the computer in a user's
 * diagnostics. Each case is a line as the app, OkHttp or a stack trace could write it, with a distinctive secret that
 * must be gone and the words around it that a support person needs still there.
 *
 * <p>Seen failing: with {@code line} returning its input unchanged, five of the six tests failed (all but the one
 * that checks what must be left alone), each naming the secret left in the line.
 */
class LineRedactionTest {

    @Test
    void bearerTokensAndJsonWebTokensAreMaskedWhereverTheyStand() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrYXJpIn0.c2lnbmF0dXJl";
        assertThat(Redactor.line("10:00:01.002 DEBUG [w-1] HttpTransport - Authorization: Bearer at-9f8e7d6c"))
                .doesNotContain("at-9f8e7d6c").contains("HttpTransport", "Authorization");
        assertThat(Redactor.line("token refused: " + jwt + " (expired)"))
                .doesNotContain(jwt).doesNotContain("c2lnbmF0dXJl").contains("token refused", "(expired)");
        assertThat(Redactor.line("header Basic dXNlcjpodW50ZXIy sent")).doesNotContain("dXNlcjpodW50ZXIy");
        assertThat(Redactor.line("Basic plan chosen")).isEqualTo("Basic plan chosen");
    }

    @Test
    void theValueAfterASensitiveKeyIsMaskedInJsonFormsAndProse() {
        assertThat(Redactor.line("body {\"grant_type\":\"client_credentials\",\"client_secret\":\"cs-7f3a9\","
                + "\"audience\":\"https://x\"}"))
                .doesNotContain("cs-7f3a9").contains("\"grant_type\":\"client_credentials\"", "\"audience\"");
        assertThat(Redactor.line("POST /token grant_type=password&username=kari&password=hunter2-pw&x=1"))
                .doesNotContain("hunter2-pw").contains("username=kari", "x=1");
        assertThat(Redactor.line("refresh_token: rt-0a1b2c, scope: admin"))
                .doesNotContain("rt-0a1b2c").contains("scope: admin");
        assertThat(Redactor.line("SignInRequest[clientId=abc, clientSecret=s3cr3t-v4lue]"))
                .doesNotContain("s3cr3t-v4lue").contains("clientId=abc");
        assertThat(Redactor.line("swish {\"passphrase\": \"open sesame 42\"}")).doesNotContain("open sesame");
        assertThat(Redactor.line("\"new_password\":\"with \\\"quotes\\\" inside\"")).doesNotContain("quotes");
    }

    @Test
    void oneTimeCodesGoButAnErrorsCodeStays() {
        assertThat(Redactor.line("verify {\"code\":\"482913\"}")).doesNotContain("482913");
        assertThat(Redactor.line("callback ?code=oidc-c0de-771&state=s1")).doesNotContain("oidc-c0de-771")
                .contains("state=s1");
        assertThat(Redactor.line("verification_code=vc-abc")).doesNotContain("vc-abc");
        assertThat(Redactor.line("error {\"code\":\"mfa_required\",\"message\":\"MFA needed\"}"))
                .contains("mfa_required", "MFA needed");
    }

    @Test
    void anAuthenticatorsEnrolmentLinkAndAUrlsPasswordAreMasked() {
        assertThat(Redactor.line("enrol otpauth://totp/Dintero:kari?secret=JBSWY3DPEHPK3PXP&issuer=D done"))
                .doesNotContain("JBSWY3DPEHPK3PXP").contains("otpauth:", "done");
        assertThat(Redactor.line("proxy http://kari:pr0xy-pw@proxy.example:3128 refused"))
                .doesNotContain("pr0xy-pw").contains("proxy.example:3128");
    }

    @Test
    void nordicIdentityNumbersAreMaskedInFreeText() {
        assertThat(Redactor.line("principal 01019912345 added")).doesNotContain("01019912345");
        assertThat(Redactor.line("fnr 010199 12345 added")).doesNotContain("010199 12345");
        assertThat(Redactor.line("payout to 1234.56.78903")).doesNotContain("1234.56.78903");
        assertThat(Redactor.line("sv 19900920-1234, dk 010190-1234, fi 131052-308T, sv 199009201234"))
                .doesNotContain("19900920-1234", "010190-1234", "131052-308T", "199009201234");
    }

    @Test
    void whatSupportNeedsIsLeftAlone() {
        String line = "23:06:39.123 INFO  [task-3] i.a.c.http.HttpTransport - GET /v1/accounts/{aid} -> 404 in 12 ms"
                + " request-id=5f0c2a9e-1b2c-4d5e-8f90-123456789012 account=T12345678 org=987654321 "
                + "at 1765148799123 on 2026-12-07";
        assertThat(Redactor.line(line)).isEqualTo(line);
        assertThat(Redactor.line(null)).isNull();
    }
}
