package io.accountsdesk.client.accounts;

import java.util.List;

/**
 * The setters {@link NewAccount.Builder} and {@link AccountUpdate.Builder} share: the account details a partner may
 * give when creating an account and change later. A field never set stays {@code null} and is not sent.
 *
 * @param <B> the concrete builder, so each setter returns it
 */
public abstract class AccountDetailsBuilder<B extends AccountDetailsBuilder<B>> {

    String partnerId;
    Subscription subscription;
    Boolean livemode;
    String languageCode;
    Progression progression;
    String resellerId;
    AccountManager accountManager;
    List<Permission> permissions;
    SaleChannel saleChannel;
    String pricePackage;
    AccountStatisticsInput statistics;
    AccountServicesInput services;

    AccountDetailsBuilder() {
        // Only the two builders of this package extend it.
    }

    abstract B self();

    public B partnerId(String value) {
        this.partnerId = value;
        return self();
    }

    public B subscription(Subscription value) {
        this.subscription = value;
        return self();
    }

    public B livemode(Boolean value) {
        this.livemode = value;
        return self();
    }

    public B languageCode(String value) {
        this.languageCode = value;
        return self();
    }

    public B progression(Progression value) {
        this.progression = value;
        return self();
    }

    public B resellerId(String value) {
        this.resellerId = value;
        return self();
    }

    public B accountManager(AccountManager value) {
        this.accountManager = value;
        return self();
    }

    public B permissions(List<Permission> value) {
        this.permissions = value == null ? null : List.copyOf(value);
        return self();
    }

    public B saleChannel(SaleChannel value) {
        this.saleChannel = value;
        return self();
    }

    public B pricePackage(String value) {
        this.pricePackage = value;
        return self();
    }

    public B statistics(AccountStatisticsInput value) {
        this.statistics = value;
        return self();
    }

    public B services(AccountServicesInput value) {
        this.services = value;
        return self();
    }
}
