package io.accountsdesk.app.signin;

/**
 * How someone signs in. The sign-in card shows one toggle per way and, under the shared "where" fields, the pane of
 * the way chosen.
 */
public enum SignInWay {
    /** The partner's API client: client id and secret (the sandbox needs neither). */
    API_CLIENT,
    /** A person's e-mail and password, with a second factor when their account asks for one. */
    PASSWORD,
    /** A person's one-time code sent by e-mail or SMS (passwordless). */
    ONE_TIME_CODE,
    /**
     * A person's single sign-on through an external OpenID Connect provider. Its pane is not built here: it is given
     * to {@link SignInView} as a factory (see {@link SignInView#SignInView(SignInViewModel,
     * io.accountsdesk.app.core.Messages, java.util.function.Function)}), and its toggle stays hidden while none is
     * given. That pane reaches the shared fields and opens the person's session through
     * {@link SignInViewModel#people()}.
     */
    OIDC;

    /** The bundle key of the toggle's label (with its mnemonic). */
    public String labelKey() {
        return "signIn.way." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
