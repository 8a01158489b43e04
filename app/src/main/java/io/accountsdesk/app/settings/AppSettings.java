package io.accountsdesk.app.settings;

import io.accountsdesk.app.session.Environment;

/**
 * What the app remembers between runs. Deliberately never the client secret: that is typed at sign-in or comes
 * from the environment.
 */
public record AppSettings(
        ThemeChoice theme,
        Environment environment,
        String partnerId,
        String clientId,
        String baseUrl) {

    public static AppSettings defaults() {
        return new AppSettings(ThemeChoice.SYSTEM, Environment.SANDBOX, "", "", "");
    }

    public AppSettings withTheme(ThemeChoice value) {
        return new AppSettings(value, environment, partnerId, clientId, baseUrl);
    }

    public AppSettings withSignIn(Environment env, String partner, String client, String url) {
        return new AppSettings(theme, env, partner, client, url);
    }
}
