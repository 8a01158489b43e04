package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private static final HttpUrl BASE = HttpUrl.get("https://api.dintero.com/v1");

    @Test
    void expandsUnderTheBaseUrlsPath() {
        HttpUrl url = PathTemplate.expand(BASE, "/accounts/{oid}/management/accounts/{aid}",
                Map.of("oid", "T12300000", "aid", "T12345678")).build();
        assertThat(url.toString()).isEqualTo("https://api.dintero.com/v1/accounts/T12300000/management/accounts/T12345678");
    }

    @Test
    void encodesFreeFormValuesAsOneSegment() {
        HttpUrl url = PathTemplate.expand(BASE, "/accounts/{oid}/auth/users/{username}",
                Map.of("oid", "T12300000", "username", "ola nordmann/../admin")).build();
        assertThat(url.pathSegments()).containsExactly("v1", "accounts", "T12300000", "auth", "users", "ola nordmann/../admin");
        assertThat(url.encodedPath()).endsWith("/users/ola%20nordmann%2F..%2Fadmin");
    }

    @Test
    void refusesIdsThatBreakTheSeedPatterns() {
        assertThatThrownBy(() -> PathTemplate.expand(BASE, "/accounts/{oid}/management/accounts/{aid}",
                Map.of("oid", "T12300000", "aid", "T1234")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("aid");
                    assertThat(e.getMessage()).contains("T1234");
                });
        assertThatThrownBy(() -> PathTemplate.expand(BASE, "/accounts/{partner_id}/auth/exchange_token",
                Map.of("partner_id", "T12345678")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> PathTemplate.expand(BASE, "/accounts/{oid}/auth/token", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("oid"));
    }

    @Test
    void acceptsTheShortPartnerFormOfOid() {
        HttpUrl url = PathTemplate.expand(BASE, "/accounts/{oid}/auth/token", Map.of("oid", "P123")).build();
        assertThat(url.pathSegments()).contains("P123");
    }
}
