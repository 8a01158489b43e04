package io.accountsdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.session.Session;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Reads the sandbox's outbox ({@code GET /v1/_sandbox/outbox?to=…}) over plain HTTP, as a person reads their SMS or
 * mail: where the codes the real service would send arrive.
 */
public final class SandboxOutbox {

    private SandboxOutbox() {
    }

    /** The newest code sent to {@code to} for {@code purpose} ({@code mfa}, {@code passwordless}…). */
    public static String latestCode(Session session, String to, String purpose) {
        for (JsonNode message : messages(session, to)) {
            if (purpose.equals(message.path("purpose").asText()) && message.hasNonNull("code")) {
                return message.get("code").asText();
            }
        }
        throw new AssertionError("no " + purpose + " code for " + to + " in the outbox");
    }

    /** How many messages went to {@code to} so far. */
    public static int count(Session session, String to) {
        return messages(session, to).size();
    }

    private static JsonNode messages(Session session, String to) {
        String base = session.baseUrl().replaceAll("/+$", "");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/_sandbox/outbox?to="
                    + URLEncoder.encode(to, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("outbox answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode read = new ObjectMapper().readTree(answer.body());
            return read.isArray() ? read : read.path("messages");
        } catch (java.io.IOException | InterruptedException failed) {
            throw new AssertionError("outbox unreachable", failed);
        }
    }

    /** A code of the same length that is surely not {@code code}: each digit moved by one. */
    public static String wrong(String code) {
        StringBuilder other = new StringBuilder();
        for (char digit : code.toCharArray()) {
            other.append(Character.isDigit(digit) ? (char) ('0' + (digit - '0' + 1) % 10) : digit);
        }
        return other.toString();
    }
}
