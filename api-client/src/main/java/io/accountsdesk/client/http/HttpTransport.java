package io.accountsdesk.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's one HTTP path: URL building, authentication, JSON, retries, cancellation, error mapping and logging
 * live here and nowhere else.
 *
 * <p>Each attempt logs one INFO line: method, path <em>template</em>, status, milliseconds and the server's request
 * id. The expanded URL, query, headers and bodies never reach that line, so ids, tokens and secrets cannot land in a
 * log file. At DEBUG, headers and bodies are logged too, always through the {@link Redactor}.
 */
public final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger("io.accountsdesk.client.http");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final Redactor redactor;
    private final String basicCredentials;
    private final String userAgent;
    private final Runnable callGuard;
    private final RetryPolicy retry;
    private final Duration budget;
    private volatile TokenSource tokens;
    /** Applied to every request that brings no cancellation of its own; see {@link #withCancellation}. */
    private final Cancellation cancellation;

    public HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String clientId, String clientSecret,
                         String userAgent) {
        this(http, baseUrl, mapper, clientId, clientSecret, userAgent, () -> {
        });
    }

    public HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String clientId, String clientSecret,
                         String userAgent, Runnable callGuard) {
        this(http, baseUrl, mapper, clientId == null ? null : Credentials.basic(clientId,
                clientSecret == null ? "" : clientSecret), userAgent, callGuard, RetryPolicy.defaults(),
                Duration.ofSeconds(60), null, Cancellation.NEVER);
    }

    /**
     * @param retry  when to try again
     * @param budget the most time one {@code send} may take across all its attempts and waits; no retry starts
     *               after it has run out
     */
    public HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String clientId, String clientSecret,
                         String userAgent, Runnable callGuard, RetryPolicy retry, Duration budget) {
        this(http, baseUrl, mapper, clientId == null ? null : Credentials.basic(clientId,
                clientSecret == null ? "" : clientSecret), userAgent, callGuard, retry, budget, null, Cancellation.NEVER);
    }

    private HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String basicCredentials,
                          String userAgent, Runnable callGuard, RetryPolicy retry, Duration budget,
                          TokenSource tokens, Cancellation cancellation) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
        this.redactor = new Redactor(mapper);
        this.basicCredentials = basicCredentials;
        this.userAgent = userAgent;
        this.callGuard = callGuard == null ? () -> { } : callGuard;
        this.retry = retry == null ? RetryPolicy.defaults() : retry;
        this.budget = budget == null ? Duration.ofSeconds(60) : budget;
        this.tokens = tokens;
        this.cancellation = cancellation == null ? Cancellation.NEVER : cancellation;
    }

    /** Bound after construction because the token source itself calls the token endpoint through this transport. */
    public void useTokens(TokenSource tokens) {
        this.tokens = tokens;
    }

    /**
     * The same connection pool, settings and client credentials, with other bearer tokens: how a partner acts on a
     * sub-account with an exchanged token.
     */
    public HttpTransport withTokens(TokenSource other) {
        return new HttpTransport(http, baseUrl, mapper, basicCredentials, userAgent, callGuard, retry, budget, other,
                cancellation);
    }

    /**
     * The same transport, with every request that has no cancellation of its own stopped by {@code scope}: a task
     * that the user cancels aborts whatever call of it is in flight or waiting to retry, whichever operation it is.
     */
    public HttpTransport withCancellation(Cancellation scope) {
        return new HttpTransport(http, baseUrl, mapper, basicCredentials, userAgent, callGuard, retry, budget, tokens,
                scope);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * Sends the request and reads the answer as the operation's declared response model (a {@code List} of it when
     * the operation answers with an array; {@code null} for {@code Void}).
     */
    @SuppressWarnings("unchecked")
    public <T> T send(ApiRequest request) {
        Operation operation = request.operation();
        JavaType type = operation.listResponse()
                ? mapper.getTypeFactory().constructCollectionType(List.class,
                        mapper.constructType(operation.responseType()))
                : mapper.constructType(operation.responseType());
        return (T) send(request, type);
    }

    /** Sends the request and reads the answer as {@code type}; {@code Void} ignores the body. */
    public <T> T send(ApiRequest request, Class<T> type) {
        return send(request, mapper.constructType(type));
    }

    public <T> T send(ApiRequest request, JavaType type) {
        callGuard.run();
        if (request.cancellation() == Cancellation.NEVER && cancellation != Cancellation.NEVER) {
            request.cancellation(cancellation);
        }
        request.cancellation().throwIfCancelled(request.method() + " " + request.pathTemplate() + " was cancelled.");
        String token = request.authMode() == ApiRequest.Auth.BEARER ? bearer() : null;
        try {
            return withRetries(request, type, token);
        } catch (ApiException.Unauthorized refused) {
            if (token == null || !request.renewsTokenOnUnauthorized()) {
                throw refused;
            }
            // The token may have been revoked or expired early on the server's clock: renew once, then give up.
            tokens.invalidate(token);
            return withRetries(request, type, bearer());
        }
    }

    private String bearer() {
        TokenSource source = tokens;
        if (source == null) {
            throw new IllegalStateException("No token source is bound to this transport.");
        }
        return source.accessToken();
    }

    private <T> T withRetries(ApiRequest request, JavaType type, String token) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return exchange(request, type, token, attempt);
            } catch (ApiException failure) {
                Duration wait = retryDelay(request, failure, attempt);
                if (wait == null || System.nanoTime() + wait.toNanos() > deadline) {
                    throw failure;
                }
                LOG.info("{} {} -> retry {} of {} in {} ms", request.method(), request.pathTemplate(), attempt,
                        retry.maxAttempts() - 1, wait.toMillis());
                pause(request, wait);
            }
        }
    }

    /** How long to wait before trying again, or {@code null} when this failure must go back to the caller. */
    private Duration retryDelay(ApiRequest request, ApiException failure, int attempt) {
        if (attempt >= retry.maxAttempts() || failure instanceof ApiException.Cancelled) {
            return null;
        }
        if (failure instanceof ApiException.Network network) {
            Throwable cause = network.getCause();
            boolean neverSent = cause instanceof ConnectException;
            boolean transientFailure = cause instanceof IOException && !(cause instanceof UnknownHostException)
                    && !(cause instanceof SSLException) && !(cause instanceof JsonProcessingException);
            return neverSent || transientFailure && request.idempotent() ? retry.backoff(attempt) : null;
        }
        // A 429 is a refusal before any work: the server did nothing, so even a POST may be sent again. The other
        // statuses come after the server may have acted, and a POST repeated after them could make a second thing.
        boolean refusedUnread = failure instanceof ApiException.RateLimited;
        if (!request.idempotent() && !refusedUnread || !RetryPolicy.retryableStatus(failure.status())) {
            return null;
        }
        if (failure instanceof ApiException.RateLimited limited && limited.retryAfter() != null) {
            Duration asked = limited.retryAfter();
            return asked.compareTo(retry.retryAfterCap()) > 0 ? null : asked;
        }
        return retry.backoff(attempt);
    }

    private void pause(ApiRequest request, Duration wait) {
        try {
            retry.sleeper().sleep(wait, request.cancellation());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiException.Cancelled(request.method() + " " + request.pathTemplate()
                    + " was interrupted while waiting to retry.", interrupted);
        }
        request.cancellation().throwIfCancelled(request.method() + " " + request.pathTemplate()
                + " was cancelled before it could be retried.");
    }

    private <T> T exchange(ApiRequest request, JavaType type, String token, int attempt) {
        String requestJson = json(request.body());
        Request httpRequest = build(request, token, requestJson);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} request\n{}{}", request.method(), request.pathTemplate(),
                    redactor.headers(httpRequest.headers()), redactor.body(requestJson));
        }
        long started = System.nanoTime();
        Call call = http.newCall(httpRequest);
        request.cancellation().register(call);
        try (Response response = call.execute()) {
            String text = response.body().string();
            long millis = (System.nanoTime() - started) / 1_000_000;
            String requestId = requestId(response);
            LOG.info("{} {} -> {} in {} ms{}{}", request.method(), request.pathTemplate(), response.code(), millis,
                    requestId == null ? "" : " (request-id " + requestId + ")",
                    attempt > 1 ? " [attempt " + attempt + "]" : "");
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} response\n{}{}", request.method(), request.pathTemplate(),
                        redactor.headers(response.headers()), redactor.body(text));
            }
            if (!response.isSuccessful()) {
                throw errors.map(response.code(), text, requestId, response.header("Retry-After"));
            }
            if (type.getRawClass() == Void.class || type.getRawClass() == void.class || text.isBlank()) {
                return null;
            }
            try {
                return mapper.readValue(text, type);
            } catch (JsonProcessingException unreadable) {
                throw new ApiException.Network("The server's answer to " + request.method() + " "
                        + request.pathTemplate() + " could not be read: " + unreadable.getOriginalMessage(), target(),
                        unreadable);
            }
        } catch (IOException failed) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            // OkHttp's own call timeout also cancels the call, so ask the caller's flag, not the call.
            if (request.cancellation().isCancelled()) {
                LOG.info("{} {} -> cancelled after {} ms", request.method(), request.pathTemplate(), millis);
                throw new ApiException.Cancelled(request.method() + " " + request.pathTemplate() + " was cancelled.",
                        failed);
            }
            LOG.warn("{} {} -> failed after {} ms: {}", request.method(), request.pathTemplate(), millis,
                    failed.getClass().getSimpleName());
            throw new ApiException.Network(describe(failed), target(), failed);
        } finally {
            request.cancellation().unregister(call);
        }
    }

    private String json(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException cannotHappenForRecords) {
            throw new IllegalArgumentException("The request body could not be written as JSON.", cannotHappenForRecords);
        }
    }

    private Request build(ApiRequest request, String token, String json) {
        HttpUrl.Builder url = PathTemplate.expand(baseUrl, request.pathTemplate(), request.pathParams(),
                request.operation().paramPatterns());
        for (Map.Entry<String, String> parameter : request.query()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        Request.Builder builder = new Request.Builder().url(url.build()).header("Accept", "application/json")
                .tag(Operation.class, request.operation());
        if (userAgent != null) {
            builder.header("User-Agent", userAgent);
        }
        switch (request.authMode()) {
            case BEARER -> builder.header("Authorization", "Bearer " + token);
            case CLIENT_BASIC -> {
                if (basicCredentials == null) {
                    throw new IllegalStateException("This client has no client credentials.");
                }
                builder.header("Authorization", basicCredentials);
            }
            case NONE -> {
            }
        }
        RequestBody body = null;
        if (json != null) {
            body = RequestBody.create(json, JSON);
        } else if (!request.method().equals("GET") && !request.method().equals("DELETE")) {
            body = RequestBody.create(new byte[0], JSON);
        }
        return builder.method(request.method(), body).build();
    }

    private String target() {
        return baseUrl.host() + ":" + baseUrl.port();
    }

    private String describe(IOException failed) {
        String host = baseUrl.host();
        if (failed instanceof UnknownHostException) {
            return "The server " + host + " could not be found. Check the address and your network connection.";
        }
        if (failed instanceof ConnectException) {
            return "Could not connect to " + host + ":" + baseUrl.port() + ". Check that the server is running and reachable.";
        }
        if (failed instanceof SocketTimeoutException) {
            return "The server " + host + " did not answer in time.";
        }
        if (failed instanceof SSLException) {
            return "A secure connection to " + host + " could not be established: " + failed.getMessage();
        }
        return "The connection to " + host + " failed: " + failed.getMessage();
    }

    private static String requestId(Response response) {
        String id = response.header("Request-Id");
        return id != null ? id : response.header("X-Request-Id");
    }
}
