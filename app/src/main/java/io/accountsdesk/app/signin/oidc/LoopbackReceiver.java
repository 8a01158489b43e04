package io.accountsdesk.app.signin.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The app's end of the loopback redirect (RFC 8252 7.3): an HTTP server on {@code 127.0.0.1} at a port the system
 * picks, that takes exactly one callback on {@value #PATH}, answers the browser with a short page, and hands the code
 * to whoever {@linkplain #awaitCode waits}. A callback whose {@code state} is not this sign-in's is refused (it may
 * be forged, or from an older tab) and ends the wait; so does the provider's {@code error}. Other paths (a browser's
 * {@code favicon.ico}) get a 404 and do not count. Close it when done: it stops listening at once.
 */
public final class LoopbackReceiver implements AutoCloseable {

    static final String PATH = "/callback";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String expectedState;
    private final CallbackPages pages;
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private volatile boolean open = true;

    private LoopbackReceiver(HttpServer server, ExecutorService executor, String expectedState, CallbackPages pages) {
        this.server = server;
        this.executor = executor;
        this.expectedState = expectedState;
        this.pages = pages;
    }

    /** Starts listening on a free loopback port for the callback of the sign-in whose state is {@code state}. */
    public static LoopbackReceiver open(String state, CallbackPages pages) throws IOException {
        // 127.0.0.1 rather than "localhost": RFC 8252 8.3, a name may resolve elsewhere or be firewalled.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[]{127, 0, 0, 1}),
                0), 4);
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oidc-loopback");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        LoopbackReceiver receiver = new LoopbackReceiver(server, executor, state, pages);
        server.createContext("/", receiver::handle);
        server.start();
        return receiver;
    }

    /** The {@code redirect_uri} of this sign-in. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * Waits for the browser to come back, then returns the authorization code.
     *
     * @throws OidcFailure              when the callback carries an error or a wrong state, or none came in time
     * @throws ApiException.Cancelled   when {@code cancellation} was cancelled while waiting
     */
    public String awaitCode(Duration timeout, Cancellation cancellation) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            cancellation.throwIfCancelled("The sign-in in the browser was cancelled.");
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw OidcFailure.of(OidcFailure.Reason.TIMED_OUT);
            }
            try {
                // Short slices: the client's Cancellation offers no callback, so a cancel is noticed within one.
                return code.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillWaiting) {
                // next slice
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        RuntimeException failure = null;
        String received = null;
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getRawPath()) || !"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, pages.failed());
                return;
            }
            if (code.isDone()) {
                // Exactly one callback: a second (a reload, another tab) changes nothing.
                respond(exchange, 409, pages.failed());
                return;
            }
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            String state = query.get("state");
            if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                    expectedState.getBytes(StandardCharsets.UTF_8))) {
                failure = OidcFailure.of(OidcFailure.Reason.WRONG_STATE);
            } else if (query.containsKey("error")) {
                failure = OidcFailure.providerError(query.get("error"), query.get("error_description"));
            } else if (query.get("code") == null || query.get("code").isBlank()) {
                failure = OidcFailure.of(OidcFailure.Reason.NO_CODE);
            } else {
                received = query.get("code");
            }
            respond(exchange, failure == null ? 200 : 400, failure == null ? pages.done() : pages.failed());
        }
        // Only once the exchange is closed (its page sent whole): the waiter closes this server next, which would
        // cut off a page still being written.
        if (received != null) {
            code.complete(received);
        } else if (failure != null) {
            code.completeExceptionally(failure);
        }
    }

    private void respond(HttpExchange exchange, int status, String text) throws IOException {
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(pages.title())
                + "</title><style>body{font-family:sans-serif;max-width:32em;margin:4em auto;line-height:1.5}</style>"
                + "</head><body><h1>" + escape(pages.title()) + "</h1><p>" + escape(text) + "</p></body></html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        // The URL held the code: keep it out of whatever the page might load or link to.
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // A broken escape is no parameter we can use.
            }
        }
        return values;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Stops listening at once; a waiter still waiting is told the sign-in was cancelled. Synchronized: when the
     * waiter and a cancel close it together, neither returns before the port is closed.
     */
    @Override
    public synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        code.completeExceptionally(new ApiException.Cancelled("The sign-in in the browser was closed."));
        // A cancelled task's worker is interrupted; stop() would then skip joining the server's dispatcher, and the
        // port would close only some time later. Closed must mean closed when this returns.
        boolean interrupted = Thread.interrupted();
        try {
            server.stop(0);
        } finally {
            executor.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
