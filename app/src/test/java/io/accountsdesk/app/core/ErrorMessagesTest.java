package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.load(Locale.ENGLISH));

    @Test
    void sayWhatFailedAndWhatToDo() {
        assertThat(errors.describe(new ApiException.Network("refused", "127.0.0.1:9",
                new java.net.ConnectException("Connection refused"))))
                .isEqualTo("Nothing answers at 127.0.0.1:9. Check that the server is running, then try again.");
        assertThat(errors.describe(new ApiException.Network("unknown", "api.example:443",
                new java.net.UnknownHostException("api.example"))))
                .startsWith("The server api.example:443 could not be found.");
        assertThat(errors.describe(new ApiException.Network("slow", "api.example:443",
                new java.net.SocketTimeoutException("timeout")))).contains("did not answer in time");
        assertThat(errors.describe(new ApiException.Server(503, null, "Service unavailable", "req-42")))
                .contains("HTTP 503").contains("contact Dintero support").contains("req-42");
        assertThat(errors.describe(new ApiException.RateLimited(null, "slow", Duration.ofSeconds(12), null)))
                .contains("12 seconds");
        assertThat(errors.describe(new ApiException.Unauthorized(null, "token expired", List.of(), null)))
                .contains("sign in again");
    }

    @Test
    void networkFailuresAreWordedInTheUsersLanguage() {
        ErrorMessages norwegian = new ErrorMessages(Messages.load(new Locale("nb", "NO")));
        assertThat(norwegian.describe(new ApiException.Network("refused", "127.0.0.1:9",
                new java.net.ConnectException("Connection refused"))))
                .isEqualTo("Ingenting svarer på 127.0.0.1:9. Sjekk at serveren kjører, og prøv igjen.");
    }

    @Test
    void validationNamesTheFields() {
        String text = errors.describe(new ApiException.Validation(400, "validation", "Bad request",
                List.of(new FieldError("limit", "query", "must be between 1 and 100")), null));
        assertThat(text).contains("Bad request").contains("limit: must be between 1 and 100");
    }

    @Test
    void aCancelledCallSaysItStoppedNotThatTheServerFailed() {
        assertThat(errors.describe(new ApiException.Cancelled("GET /x was cancelled.")))
                .isEqualTo("Stopped before it finished. Nothing after that point was done.");
    }

    @Test
    void unexpectedFailuresStillSaySomething() {
        assertThat(errors.describe(new NullPointerException())).contains("NullPointerException");
    }
}
