package io.accountsdesk.sandbox.security;

import io.accountsdesk.sandbox.http.SandboxServer;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import io.accountsdesk.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over {@link SandboxServer#MAX_BODY_BYTES} get 413 {@code payload_too_large} with the error body, and the
 * sandbox does not read them to the end: a {@code Content-Length} over the limit is refused while the client has
 * sent five bytes of it, and a chunked body that never ends is refused once it passes the limit (the test would
 * never finish if the sandbox kept reading). A body just under the limit is read and judged as usual.
 *
 * <p>Seen to fail: without the up-front {@code Content-Length} check and with {@code readBody} reading without a
 * limit, the first test waited for a gigabyte that never came and the second for the end of a body that has none;
 * both failed on their socket's read timeout.
 */
class BodyLimitTest {

    private final Sandbox sandbox = TestSandboxes.shared();
    private final Api api = TestSandboxes.api(sandbox);

    private String head(String token, String lengthHeader) {
        return "POST /v1" + api.accountsPath() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + sandbox.port() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + lengthHeader + "\r\n";
    }

    @Test
    void aLengthOverTheLimitIsRefusedBeforeTheBodyArrives() {
        RawHttp.Reply reply = RawHttp.exchange(sandbox.address(),
                head(api.token(), "Content-Length: 1000000000\r\n"), "{\"a\":");
        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.json().at("/error/code").asText()).isEqualTo("payload_too_large");
        assertThat(reply.json().at("/error/message").asText()).contains(Integer.toString(SandboxServer.MAX_BODY_BYTES));
        assertThat(reply.json().at("/error/errors/0/field").asText()).isEqualTo("body");
        assertThat(reply.headers().get("connection")).isEqualToIgnoringCase("close");
    }

    @Test
    void aChunkedBodyThatNeverEndsIsCutOffOnceItPassesTheLimit() throws Exception {
        long cap = 256L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        AtomicBoolean answered = new AtomicBoolean();
        try (RawHttp http = new RawHttp(sandbox.address())) {
            http.write(head(api.token(), "Transfer-Encoding: chunked\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                byte[] data = new byte[64 * 1024];
                Arrays.fill(data, (byte) 'a');
                byte[] chunk = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                OutputStream out = http.output();
                try {
                    out.write("6\r\n{\"a\":\"\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    while (!answered.get() && sent.get() < cap) {
                        out.write(chunk);
                        out.write(data);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(data.length);
                    }
                } catch (IOException e) {
                    // The sandbox closed the connection: what it should do with the rest of a refused body.
                }
            });
            RawHttp.Reply reply = http.read();
            answered.set(true);
            writer.join(30_000);
            assertThat(reply.status()).as(reply.body()).isEqualTo(413);
            assertThat(reply.json().at("/error/code").asText()).isEqualTo("payload_too_large");
            assertThat(sent.get()).as("bytes sent before the sandbox refused the body")
                    .isGreaterThan(SandboxServer.MAX_BODY_BYTES).isLessThan(cap);
        }
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedAsUsual() {
        String name = "a".repeat(SandboxServer.MAX_BODY_BYTES - 100);
        Api.Reply reply = api.post(api.accountsPath(), api.token(), "{\"name\":\"" + name + "\"}");
        assertError(reply, 400, "invalid_request");
    }
}
