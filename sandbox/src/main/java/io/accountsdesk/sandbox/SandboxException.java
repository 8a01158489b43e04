package io.accountsdesk.sandbox;

/** The sandbox could not start or run; the message says what to do about it. */
public class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
