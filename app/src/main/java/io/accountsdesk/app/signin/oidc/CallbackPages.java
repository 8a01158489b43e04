package io.accountsdesk.app.signin.oidc;

/**
 * What the browser shows once it came back to the app, in the person's language: the page is the last thing they see
 * of the sign-in there, and says to return to the app.
 */
public record CallbackPages(String title, String done, String failed) {
}
