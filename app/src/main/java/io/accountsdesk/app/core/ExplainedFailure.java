package io.accountsdesk.app.core;

/**
 * A failure whose message already says, in words a user can act on, what went wrong and what to do (the embedded
 * sandbox finding its data held by another one, say): {@link ErrorMessages} shows it as it is.
 */
public final class ExplainedFailure extends RuntimeException {

    public ExplainedFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
