package io.accountsdesk.app.session;

import io.accountsdesk.client.ApiConfig;

/**
 * Where the app works. Dintero's test and production share one base URL; the partner id's first letter ({@code T}
 * or {@code P}) decides which data is touched, so each environment insists on its letter.
 */
public enum Environment {
    /** The local sandbox, started in-process: no credentials, demo data. */
    SANDBOX(null, null),
    /** Dintero's API with a test-mode ({@code T}) partner. */
    TEST(ApiConfig.DINTERO_BASE_URL, 'T'),
    /** Dintero's API with a production ({@code P}) partner: real merchants, real money. */
    PRODUCTION(ApiConfig.DINTERO_BASE_URL, 'P'),
    /** Any base URL the user gives, such as a standalone sandbox. */
    CUSTOM(null, null);

    private final String baseUrl;
    private final Character requiredPrefix;

    Environment(String baseUrl, Character requiredPrefix) {
        this.baseUrl = baseUrl;
        this.requiredPrefix = requiredPrefix;
    }

    /** The fixed base URL, or {@code null} where the sandbox or the user supplies it. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The letter partner ids must start with here, or {@code null} for any. */
    public Character requiredPrefix() {
        return requiredPrefix;
    }

    public boolean needsCredentials() {
        return this != SANDBOX;
    }

    public boolean needsBaseUrl() {
        return this == CUSTOM;
    }
}
