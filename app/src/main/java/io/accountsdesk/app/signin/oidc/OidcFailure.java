package io.accountsdesk.app.signin.oidc;

/**
 * Why a browser sign-in gave no code: the provider said no, the answer belonged to another sign-in, or nobody came
 * back in time. The provider's own words are kept (shortened) so that the person sees what it said.
 */
public final class OidcFailure extends RuntimeException {

    /** What went wrong, for the message the app shows. */
    public enum Reason { PROVIDER_ERROR, WRONG_STATE, NO_CODE, TIMED_OUT }

    private static final int MAX_PROVIDER_TEXT = 300;

    private final Reason reason;
    private final String providerError;
    private final String providerDescription;

    private OidcFailure(Reason reason, String providerError, String providerDescription) {
        super(reason + (providerError == null ? "" : ": " + providerError), null, false, false);
        this.reason = reason;
        this.providerError = providerError;
        this.providerDescription = providerDescription;
    }

    public static OidcFailure providerError(String error, String description) {
        return new OidcFailure(Reason.PROVIDER_ERROR, shorten(error), shorten(description));
    }

    public static OidcFailure of(Reason reason) {
        return new OidcFailure(reason, null, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The provider's {@code error} code ({@code access_denied}…), or null. */
    public String providerError() {
        return providerError;
    }

    /** The provider's {@code error_description}, or null. */
    public String providerDescription() {
        return providerDescription;
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() > MAX_PROVIDER_TEXT ? oneLine.substring(0, MAX_PROVIDER_TEXT) + "…" : oneLine;
    }
}
