package io.accountsdesk.client.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's one HTTP path: URL building, authentication, JSON, error mapping and the log line of every call live
 * here and nowhere else.
 *
 * <p>The log line names the path <em>template</em>, never the expanded URL, query or headers, so ids, tokens and
 * secrets cannot reach a log file.
 */
public final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger("io.accountsdesk.client.http");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final String basicCredentials;
    private final String userAgent;
    private final Runnable callGuard;
    private volatile TokenSource tokens;

    public HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String clientId, String clientSecret,
                         String userAgent) {
        this(http, baseUrl, mapper, clientId, clientSecret, userAgent, () -> {
        });
    }

    public HttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, String clientId, String clientSecret,
                         String userAgent, Runnable callGuard) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
        this.basicCredentials = clientId == null ? null : Credentials.basic(clientId, clientSecret == null ? "" : clientSecret);
        this.userAgent = userAgent;
        this.callGuard = callGuard;
    }

    /** Bound after construction because the token source itself calls the token endpoint through this transport. */
    public void useTokens(TokenSource tokens) {
        this.tokens = tokens;
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
                ? mapper.getTypeFactory().constructCollectionType(java.util.List.class,
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
        String token = request.authMode() == ApiRequest.Auth.BEARER ? bearer() : null;
        try {
            return exchange(request, type, token);
        } catch (ApiException.Unauthorized refused) {
            if (token == null) {
                throw refused;
            }
            // The token may have been revoked or expired early on the server's clock: renew once, then give up.
            tokens.invalidate(token);
            return exchange(request, type, bearer());
        }
    }

    private String bearer() {
        TokenSource source = tokens;
        if (source == null) {
            throw new IllegalStateException("No token source is bound to this transport.");
        }
        return source.accessToken();
    }

    private <T> T exchange(ApiRequest request, JavaType type, String token) {
        Request httpRequest = build(request, token);
        long started = System.nanoTime();
        Call call = http.newCall(httpRequest);
        try (Response response = call.execute()) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String requestId = requestId(response);
            LOG.info("{} {} -> {} in {} ms{}", request.method(), request.pathTemplate(), response.code(), millis,
                    requestId == null ? "" : " (request-id " + requestId + ")");
            ResponseBody body = response.body();
            String text = body.string();
            if (!response.isSuccessful()) {
                throw errors.map(response.code(), text, requestId, response.header("Retry-After"));
            }
            if (type.getRawClass() == Void.class || type.getRawClass() == void.class) {
                return null;
            }
            try {
                return mapper.readValue(text, type);
            } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
                throw new ApiException.Network("The server's answer to " + request.method() + " "
                        + request.pathTemplate() + " could not be read: " + unreadable.getOriginalMessage(), target(),
                        unreadable);
            }
        } catch (IOException failed) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.warn("{} {} -> failed after {} ms: {}", request.method(), request.pathTemplate(), millis,
                    failed.getClass().getSimpleName());
            throw new ApiException.Network(describe(failed), target(), failed);
        }
    }

    private Request build(ApiRequest request, String token) {
        HttpUrl.Builder url = PathTemplate.expand(baseUrl, request.pathTemplate(), request.pathParams(),
                request.operation().paramPatterns());
        for (Map.Entry<String, String> parameter : request.query()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        Request.Builder builder = new Request.Builder().url(url.build()).header("Accept", "application/json");
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
        if (request.body() != null) {
            try {
                body = RequestBody.create(mapper.writeValueAsBytes(request.body()), JSON);
            } catch (IOException cannotHappenForRecords) {
                throw new IllegalArgumentException("The request body could not be written as JSON.", cannotHappenForRecords);
            }
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
