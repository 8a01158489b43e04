package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The app's loopback end on its own: one callback, the right state, the provider's errors, time-outs, cancel. */
class LoopbackReceiverTest {

    private static final CallbackPages PAGES = new CallbackPages("Desk", "All done, close me", "That did not work");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> browse(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI callback(LoopbackReceiver receiver, String query) {
        return URI.create(receiver.redirectUri() + "?" + query);
    }

    @Test
    void takesOneCallbackWithTheRightStateAndAnswersTheBrowser() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.open("s1", PAGES)) {
            assertThat(receiver.redirectUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");
            assertThat(browse(URI.create(receiver.redirectUri().resolve("/favicon.ico").toString())).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> page = browse(callback(receiver, "code=abc%2Bdef&state=s1"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("All done, close me");
            assertThat(receiver.awaitCode(Duration.ofSeconds(5), Cancellation.create())).isEqualTo("abc+def");
            HttpResponse<String> again = browse(callback(receiver, "code=other&state=s1"));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(receiver.awaitCode(Duration.ofSeconds(1), Cancellation.create())).isEqualTo("abc+def");
        }
    }

    @Test
    void aWrongStateIsRefusedAndEndsTheWait() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.open("expected", PAGES)) {
            HttpResponse<String> page = browse(callback(receiver, "code=abc&state=forged"));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("That did not work").doesNotContain("abc");
            assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(5), Cancellation.create()))
                    .isInstanceOfSatisfying(OidcFailure.class,
                            f -> assertThat(f.reason()).isEqualTo(OidcFailure.Reason.WRONG_STATE));
        }
    }

    @Test
    void theProvidersErrorIsPassedOn() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.open("s", PAGES)) {
            browse(callback(receiver, "error=access_denied&error_description=User+said+no&state=s"));
            assertThatThrownBy(() -> receiver.awaitCode(Duration.ofSeconds(5), Cancellation.create()))
                    .isInstanceOfSatisfying(OidcFailure.class, f -> {
                        assertThat(f.reason()).isEqualTo(OidcFailure.Reason.PROVIDER_ERROR);
                        assertThat(f.providerError()).isEqualTo("access_denied");
                        assertThat(f.providerDescription()).isEqualTo("User said no");
                    });
        }
    }

    @Test
    void timesOutAndIsCancellableAndAlwaysStopsListening() throws Exception {
        LoopbackReceiver slow = LoopbackReceiver.open("s", PAGES);
        int port = slow.redirectUri().getPort();
        try (slow) {
            assertThatThrownBy(() -> slow.awaitCode(Duration.ofMillis(200), Cancellation.create()))
                    .isInstanceOfSatisfying(OidcFailure.class,
                            f -> assertThat(f.reason()).isEqualTo(OidcFailure.Reason.TIMED_OUT));
        }
        assertThat(slow.isOpen()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

        Cancellation cancellation = Cancellation.create();
        try (LoopbackReceiver waiting = LoopbackReceiver.open("s", PAGES)) {
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    waiting.awaitCode(Duration.ofMinutes(1), cancellation);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            Thread.sleep(150);
            cancellation.cancel();
            assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(ApiException.Cancelled.class);
        }
    }
}
