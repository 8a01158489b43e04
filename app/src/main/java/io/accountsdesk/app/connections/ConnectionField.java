package io.accountsdesk.app.connections;

import java.util.List;

/**
 * One input of a connection form, as the seed's request shape has it.
 *
 * @param path     where the value goes in the request body ({@code signup.applicant_contact.email}); a path starting
 *                 with {@code param.} is a path or query parameter (the callback reference), not part of the body
 * @param kind     what the value is, which decides the input, its checks and how it is sent
 * @param required the seed lists it as required
 * @param initial  what the field starts with (the provider's payment type, say); empty for none
 * @param choices  the allowed values, for {@link Kind#CHOICE}
 */
record ConnectionField(String path, Kind kind, boolean required, String initial, List<String> choices) {

    /** What a field holds. */
    enum Kind {
        TEXT,
        /** A password, token or key: masked, never kept in a draft or preference, redacted from logs. */
        SECRET,
        EMAIL,
        /** A {@code case_id}: a UUID. */
        UUID,
        /** A merchant category code, 0 to 9999. */
        MCC,
        /** A whole number sent as a JSON number. */
        NUMBER,
        BOOLEAN,
        CHOICE,
        /** ISO 3166-1 alpha-2. */
        COUNTRY,
        /** Payment option types, comma separated; each becomes one {@code payment_options} entry. */
        PAYMENT_TYPES,
        /** ISO 4217 codes, comma separated; the currencies of every payment option. */
        CURRENCIES,
        /** Plain values, comma separated, sent as a list. */
        LIST,
        /** Text of at most 40 characters (PayEx's {@code subsite}). */
        SHORT_TEXT,
        /** A certificate file (PEM or PKCS#12), chosen with a file chooser and checked before it is sent. */
        CERTIFICATE,
        /** A private key file in PEM, chosen with a file chooser and checked. */
        PRIVATE_KEY,
        /** {@code key=value} lines, sent as an object (event metadata). */
        KEY_VALUES,
        LONG_TEXT;

        boolean secret() {
            return this == SECRET || this == CERTIFICATE || this == PRIVATE_KEY;
        }

        boolean file() {
            return this == CERTIFICATE || this == PRIVATE_KEY;
        }
    }

    ConnectionField {
        initial = initial == null ? "" : initial;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ConnectionField of(String path, Kind kind) {
        return new ConnectionField(path, kind, false, "", List.of());
    }

    static ConnectionField required(String path, Kind kind) {
        return new ConnectionField(path, kind, true, "", List.of());
    }

    ConnectionField startingWith(String value) {
        return new ConnectionField(path, kind, required, value, choices);
    }

    ConnectionField among(List<String> values) {
        return new ConnectionField(path, Kind.CHOICE, required, initial, values);
    }

    ConnectionField mandatory() {
        return new ConnectionField(path, kind, true, initial, choices);
    }

    boolean isParameter() {
        return path.startsWith("param.");
    }

    /** The last part of the path, which names the field in messages ({@code email}). */
    String name() {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.matches("\\d+") ? path : last;
    }
}
