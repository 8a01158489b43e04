package io.accountsdesk.client.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountServicesInput;

/**
 * What an account may change of its own settings: company, billing, and which service features it asks for. Each
 * part is optional and only sent when set.
 */
public record SettingsUpdate(
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("services") AccountServicesInput services) {

    public static SettingsUpdate company(AccountCompany company) {
        return new SettingsUpdate(company, null, null);
    }

    public static SettingsUpdate billing(AccountBilling billing) {
        return new SettingsUpdate(null, billing, null);
    }

    public static SettingsUpdate services(AccountServicesInput services) {
        return new SettingsUpdate(null, null, services);
    }
}
