package io.accountsdesk.app.core;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.http.NetworkSettingsException;
import java.util.stream.Collectors;

/**
 * Turns any failure into a sentence that says what went wrong and what to do next, in the user's language. The
 * server's own message is kept, because it is often the most precise part.
 */
public final class ErrorMessages {

    /** OkHttp's words when a proxy answers 407 again after the credentials were sent (or none could be). */
    private static final String PROXY_REFUSED = "Failed to authenticate with proxy";

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable failure) {
        Throwable error = unwrap(failure);
        String text;
        if (error instanceof ApiException.Network network) {
            text = network(network);
        } else if (error instanceof ApiException.Unauthorized unauthorized) {
            text = messages.format("error.unauthorized", unauthorized.getMessage());
        } else if (error instanceof ApiException.Forbidden forbidden) {
            text = messages.format("error.forbidden", forbidden.getMessage());
        } else if (error instanceof ApiException.NotFound notFound) {
            text = messages.format("error.notFound", notFound.getMessage());
        } else if (error instanceof ApiException.Validation validation) {
            text = messages.format("error.validation", validation.getMessage(), fields(validation));
        } else if (error instanceof ApiException.RateLimited limited) {
            long seconds = limited.retryAfter() == null ? 30 : limited.retryAfter().toSeconds();
            text = messages.format("error.rateLimited", seconds);
        } else if (error instanceof ApiException.Server server) {
            text = messages.format("error.server", server.status(), server.getMessage());
        } else if (error instanceof ApiException.Cancelled) {
            text = messages.get("error.cancelled");
        } else if (error instanceof ApiException api) {
            text = messages.format("error.other", api.status(), api.getMessage());
        } else if (error instanceof InvalidParameterException invalid) {
            text = invalid.getMessage();
        } else if (error instanceof NetworkSettingsException settings) {
            text = networkSettings(settings);
        } else if (error instanceof ExplainedFailure explained) {
            text = explained.getMessage();
        } else {
            String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            text = messages.format("error.unexpected", detail);
        }
        if (error instanceof ApiException api && api.requestId() != null) {
            text += " " + messages.format("error.requestId", api.requestId());
        }
        return text;
    }

    /** Names the kind of network failure in the user's language; the client's own text is English. */
    private String network(ApiException.Network network) {
        Throwable cause = network.getCause();
        String target = network.target() == null ? "?" : network.target();
        if (cause instanceof java.net.UnknownHostException) {
            return messages.format("error.network.unknownHost", target);
        }
        if (cause instanceof java.net.ConnectException) {
            return messages.format("error.network.refused", target);
        }
        if (cause instanceof java.io.InterruptedIOException) {
            return messages.format("error.network.timeout", target);
        }
        if (cause instanceof javax.net.ssl.SSLException
                && causedBy(cause, java.security.cert.CertPathBuilderException.class)) {
            // No chain to a trusted CA: most often a company proxy re-signing HTTPS with its own CA.
            return messages.format("error.network.untrusted", target);
        }
        if (cause instanceof java.io.IOException && PROXY_REFUSED.equals(cause.getMessage())) {
            return messages.format("error.network.proxyAuth", target);
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return messages.format("error.network.tls", target, cause.getMessage());
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return messages.format("error.network.unreadable", target);
        }
        return messages.format("error.network.broken", target, network.getMessage());
    }

    /** The proxy or CA setting in the user's language; the subject is shown as given, a password masked. */
    private String networkSettings(NetworkSettingsException settings) {
        return switch (settings.problem()) {
            case PROXY_ADDRESS -> messages.format("error.networkSettings.proxy", settings.subject(), settings.detail());
            case CA_FILE_MISSING -> messages.format("error.networkSettings.caMissing", settings.subject());
            case CA_FILE_UNREADABLE -> messages.format("error.networkSettings.caUnreadable", settings.subject(),
                    settings.detail());
            case CA_FILE_EMPTY -> messages.format("error.networkSettings.caEmpty", settings.subject());
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String fields(ApiException.Validation validation) {
        if (validation.errors().isEmpty()) {
            return "";
        }
        return validation.errors().stream()
                .map(ErrorMessages::field)
                .collect(Collectors.joining("; ", " (", ")"));
    }

    private static String field(FieldError error) {
        if (error.field() == null) {
            return error.message();
        }
        return error.field() + ": " + error.message();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable error = failure;
        while ((error instanceof java.util.concurrent.ExecutionException
                || error instanceof java.util.concurrent.CompletionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }
}
