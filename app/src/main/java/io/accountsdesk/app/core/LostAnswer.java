package io.accountsdesk.app.core;

import io.accountsdesk.client.http.ApiException;

/**
 * Whether a failed create may have made its thing all the same: the server failed (5xx) or its answer never
 * arrived whole (a broken connection, a body cut off), or the user stopped it on its way. A refusal (4xx) made
 * nothing. The client never repeats a POST by itself, so a form that creates must look for what the last press may
 * have made before it sends again, or a user who presses again makes two (the fault soak found both cases).
 */
public final class LostAnswer {

    private LostAnswer() {
    }

    public static boolean mayHaveMade(Throwable failure) {
        Throwable error = failure;
        while ((error instanceof java.util.concurrent.CompletionException
                || error instanceof java.util.concurrent.ExecutionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error instanceof ApiException.Network || error instanceof ApiException.Cancelled
                || error instanceof ApiException api && api.status() >= 500;
    }
}
