package io.accountsdesk.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server, bound to loopback only: the sandbox holds a signing key and demo data and must never be
 * reachable from the network. Serves everything under {@code /v1}, mirroring {@code https://api.dintero.com/v1}.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String PREFIX = "/v1";
    /**
     * Generous for JSON bodies and the seed's largest upload (2,000,000 bytes), small enough that a runaway client
     * cannot fill the heap. A larger {@code Content-Length} is refused before a byte of the body is read; a chunked
     * body is counted as it is read and refused at the first byte over.
     */
    public static final int MAX_BODY_BYTES = 2_100_000;

    private static final Logger ACCESS = LoggerFactory.getLogger("io.accountsdesk.sandbox.access");
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile RouteTable routes;
    private volatile Authenticator authenticator;
    private volatile FaultPlan faults = FaultPlan.none();
    private final AtomicInteger inFlight = new AtomicInteger();

    private final LoopbackGuard guard;

    private SandboxServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.guard = new LoopbackGuard(server.getAddress().getPort());
    }

    /**
     * Binds the socket without serving yet, so the caller learns the port (for {@code 0}) and can build
     * the base URL into its routes before the first request arrives.
     */
    public static SandboxServer bind(int port, int threads) throws IOException {
        // The JDK server sends headers and body in separate writes; with Nagle on, a client's delayed ACK adds
        // ~40 ms to every response. Read once when the JDK's server configuration loads, so set it before that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
        server.setExecutor(executor);
        return new SandboxServer(server, executor);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // Daemon: an embedding app that forgets close() must still be able to exit.
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public URI baseUrl() {
        InetSocketAddress address = address();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PREFIX);
    }

    /** Replaces the injected faults; takes effect with the next request. */
    public void faults(FaultPlan plan) {
        this.faults = plan == null ? FaultPlan.none() : plan;
        if (!this.faults.isEmpty()) {
            LOG.warn("Injecting faults: {}", this.faults);
        }
    }

    /** The faults being injected now, with their counts. */
    public FaultPlan faults() {
        return faults;
    }

    public void start(RouteTable routes, Authenticator authenticator) {
        this.routes = routes;
        this.authenticator = authenticator;
        server.createContext("/", this::exchange);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Outcome(String template, Response response) {
    }

    /** Requests being handled now, also those an injected delay holds: a test can cancel a call it knows arrived. */
    public int requestsInFlight() {
        return inFlight.get();
    }

    private void exchange(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            serve(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void serve(HttpExchange exchange) {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        var refusal = guard.refusal(exchange.getRequestHeaders().get("Host"), exchange.getRequestHeaders().get("Origin"));
        if (refusal.isPresent()) {
            refuse(exchange, refusal.get(), method, started);
            return;
        }
        FaultPlan.Fault fault = faults.decide(method,
                rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : rawPath);
        if (!fault.isNone()) {
            if (injected(exchange, fault, method, started)) {
                return;
            }
        }
        Outcome outcome;
        try {
            outcome = dispatch(exchange);
        } catch (RuntimeException e) {
            LOG.error("Unhandled error in {} {}", method, exchange.getRequestURI().getRawPath(), e);
            outcome = new Outcome("-", new ApiException(500, "internal_error",
                    "The sandbox failed to handle this request: " + e + ". See the sandbox log.").toResponse());
        }
        int status = outcome.response().status();
        try {
            if (fault.truncate() && outcome.response().body().length > 1) {
                writeHalf(exchange, outcome.response());
                return;
            }
            write(exchange, outcome.response());
        } catch (IOException e) {
            LOG.debug("Client went away before the response was written", e);
        } finally {
            exchange.close();
            // Template, not raw path: ids stay out of the log and lines group by operation. Never headers.
            ACCESS.info("{} {} {} {}ms", method, outcome.template(), status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** Answers a request the {@link LoopbackGuard} refused, before any fault, route or body is looked at. */
    private void refuse(HttpExchange exchange, ApiException refusal, String method, long started) {
        try {
            write(exchange, refusal.toResponse());
        } catch (IOException e) {
            LOG.debug("Client went away before the refusal was written", e);
        } finally {
            exchange.close();
            ACCESS.info("{} {} {} refused ({}) {}ms", method, safe(exchange.getRequestURI().getRawPath()),
                    refusal.status(), refusal.code(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /**
     * Applies the fault's delay, then answers for it when it replaces the answer: a dropped connection or an injected
     * status. Returns whether the exchange is finished.
     */
    private boolean injected(HttpExchange exchange, FaultPlan.Fault fault, String method, long started) {
        if (!fault.delay().isZero()) {
            try {
                Thread.sleep(fault.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.drop()) {
            // Headers promise a body that never comes: to the client the connection broke mid-answer.
            try {
                exchange.sendResponseHeaders(200, 64);
            } catch (IOException ignored) {
                // the client left already
            }
            exchange.close();
            ACCESS.info("{} {} connection dropped by --faults", method, safe(exchange.getRequestURI().getRawPath()));
            return true;
        }
        if (fault.status() == 0) {
            return false;
        }
        ApiException failure = fault.status() == 429
                ? new ApiException(429, "too_many_requests", "Too many requests: the sandbox is injecting a 429 burst"
                        + " (--faults). Wait " + fault.retryAfterSeconds() + " s and try again.")
                        .withHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()))
                : new ApiException(fault.status(), "service_unavailable", "The sandbox injected this failure"
                        + " (--faults). Try again.");
        try {
            write(exchange, failure.toResponse());
        } catch (IOException e) {
            LOG.debug("Client went away before the injected answer was written", e);
        } finally {
            exchange.close();
            ACCESS.info("{} {} {} injected by --faults {}ms", method, safe(exchange.getRequestURI().getRawPath()),
                    fault.status(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return true;
    }

    /** Sends the full Content-Length but only half the body, then closes: a truncated answer. */
    private static void writeHalf(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length);
        exchange.getResponseBody().write(body, 0, body.length / 2);
        exchange.getResponseBody().flush();
    }

    private Outcome dispatch(HttpExchange exchange) {
        String rawPath = exchange.getRequestURI().getRawPath();
        if (!rawPath.equals(PREFIX) && !rawPath.startsWith(PREFIX + "/")) {
            return new Outcome("(unknown " + safe(rawPath) + ")", notFound(rawPath));
        }
        List<String> segments = decodeSegments(rawPath.substring(PREFIX.length()));
        String method = exchange.getRequestMethod();
        RouteTable.Lookup lookup = routes.resolve(method, segments);
        if (lookup instanceof RouteTable.Lookup.NotFound) {
            return new Outcome("(unknown " + safe(rawPath) + ")", notFound(rawPath));
        }
        if (lookup instanceof RouteTable.Lookup.MethodNotAllowed m) {
            String allow = String.join(", ", m.allowed());
            return new Outcome(m.template(), new ApiException(405, "method_not_allowed",
                    method + " is not allowed on " + m.template() + "; allowed: " + allow)
                    .withHeader("Allow", allow).toResponse());
        }
        RouteTable.Lookup.Found found = (RouteTable.Lookup.Found) lookup;
        String template = found.route().template().toString();
        try {
            Request request = new Request(method, template, found.pathParams(),
                    QueryParams.parse(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders(), readBody(exchange));
            List<FieldError> pathErrors = routes.validate(found.pathParams());
            if (!pathErrors.isEmpty()) {
                throw ApiException.validation(pathErrors);
            }
            if (!found.route().open()) {
                request = authenticator.authenticate(request);
            }
            if (request.hasBody() && declaresJson(exchange)) {
                // Every route, also those that ignore their body: a client whose JSON is broken learns it.
                request.json();
            }
            return new Outcome(template, found.route().handler().handle(request));
        } catch (ApiException e) {
            return new Outcome(template, e.toResponse());
        }
    }

    private static Response notFound(String rawPath) {
        return ApiException.notFound("No operation at " + safe(rawPath)
                + ". The sandbox serves the Accounts API under " + PREFIX + ".").toResponse();
    }

    /** Unknown paths are logged to show what a client tried; cap and strip them so the log stays one line. */
    private static String safe(String rawPath) {
        String cleaned = rawPath.replaceAll("[^\\x20-\\x7e]", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }

    private static List<String> decodeSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : PathTemplate.split(rawPath)) {
            try {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                segments.add(raw);
            }
        }
        return segments;
    }

    private static boolean declaresJson(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return false;
        }
        String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    /**
     * The body, at most {@link #MAX_BODY_BYTES}: a larger announced length is refused unread, and a body without one
     * (chunked) is refused as soon as it grows past the limit. The rest is never read: the connection closes.
     */
    private static byte[] readBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && announcesMoreThanTheLimit(length.trim())) {
            throw tooLarge("The request announces a body of " + length.trim() + " bytes");
        }
        InputStream in = exchange.getRequestBody();
        try {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge("The request body is longer than the sandbox takes");
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(400, "invalid_request", "Could not read the request body: " + e.getMessage());
        }
    }

    private static boolean announcesMoreThanTheLimit(String length) {
        try {
            return Long.parseLong(length) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            // The JDK server has already refused a malformed length; a number too long for a long is too large.
            return length.chars().allMatch(Character::isDigit);
        }
    }

    private static ApiException tooLarge(String what) {
        return new ApiException(413, "payload_too_large", what + ": request bodies are limited to " + MAX_BODY_BYTES
                + " bytes", List.of(FieldError.body("body", "must be at most " + MAX_BODY_BYTES + " bytes")),
                Map.of("Connection", "close"));
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            headers.set(h.getKey(), h.getValue());
        }
        byte[] body = response.body();
        if ("HEAD".equals(exchange.getRequestMethod()) || body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
        } else {
            exchange.sendResponseHeaders(response.status(), body.length);
            // Closing the body stream sends the answer before the JDK server drains what is left of the request,
            // so a client still sending a body the sandbox refused gets its answer at once.
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
