package io.accountsdesk.client.http;

/**
 * A path or query parameter failed the seed's pattern before any request was sent. Failing here gives the user a
 * message about the value they typed rather than a puzzling 404 from the server.
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
