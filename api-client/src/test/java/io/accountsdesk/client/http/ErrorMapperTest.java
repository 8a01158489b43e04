package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper(Json.newMapper());

    @Test
    void readsTheSeedErrorBodyWithFieldPaths() {
        String body = """
                {"error":{"code":"validation_error","message":"Bad request",
                  "errors":[{"field":"limit","location":"query","message":"must be between 1 and 100"},
                            {"dataPath":".company.organization_number","message":"should match pattern"},
                            {}]}}""";
        ApiException error = mapper.map(400, body, "req-1", null);

        assertThat(error).isInstanceOf(ApiException.Validation.class);
        assertThat(error.code()).isEqualTo("validation_error");
        assertThat(error.getMessage()).isEqualTo("Bad request");
        assertThat(error.requestId()).isEqualTo("req-1");
        assertThat(error.errors()).containsExactly(
                new FieldError("limit", "query", "must be between 1 and 100"),
                new FieldError("company.organization_number", null, "should match pattern"));
    }

    @Test
    void eachStatusGetsItsOwnKind() {
        assertThat(mapper.map(401, "", null, null)).isInstanceOf(ApiException.Unauthorized.class);
        assertThat(mapper.map(403, "", null, null)).isInstanceOf(ApiException.Forbidden.class);
        assertThat(mapper.map(404, "", null, null)).isInstanceOf(ApiException.NotFound.class);
        assertThat(mapper.map(422, "", null, null)).isInstanceOf(ApiException.Validation.class);
        assertThat(mapper.map(503, "", null, null)).isInstanceOf(ApiException.Server.class);
        assertThat(mapper.map(409, "", null, null)).isInstanceOf(ApiException.Other.class);
    }

    @Test
    void rateLimitKeepsRetryAfter() {
        ApiException error = mapper.map(429, "{\"error\":{\"code\":\"too_many\",\"message\":\"slow down\"}}", null, "7");
        assertThat(error).isInstanceOfSatisfying(ApiException.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void aNonJsonBodyStillGivesAMessageNamingTheStatus() {
        ApiException error = mapper.map(502, "<html>Bad gateway</html>", null, null);
        assertThat(error.getMessage()).contains("502");
        assertThat(error.code()).isNull();
        assertThat(error.errors()).isEmpty();
    }

    @Test
    void theErrorObjectsOtherFieldsAreKeptAsDetails() {
        ApiException error = mapper.map(403, "{\"error\":{\"code\":\"mfa_required\",\"message\":\"MFA\","
                + "\"mfa_token\":\"mfa-1\",\"channels\":[\"sms\"],\"gone\":null}}", null, null);

        assertThat(error.details()).containsOnly(
                org.assertj.core.api.Assertions.entry("mfa_token", "mfa-1"),
                org.assertj.core.api.Assertions.entry("channels", java.util.List.of("sms")));
    }
}
