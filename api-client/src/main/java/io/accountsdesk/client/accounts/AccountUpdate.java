package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The new state of a sub-account. {@code applicant}, {@code company} and {@code billing} are required, so an update
 * usually starts from the account as fetched: {@link #from(Account)}. Fields left {@code null} are not sent.
 *
 * @param active    activating an account is only allowed for clients with the right scope
 * @param partnerId moves the account to another partner (short form, {@code P123})
 */
public record AccountUpdate(
        @JsonProperty("active") Boolean active,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("applicant") ApplicantInput applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("subscription") Subscription subscription,
        @JsonProperty("livemode") Boolean livemode,
        @JsonProperty("language_code") String languageCode,
        @JsonProperty("progression") Progression progression,
        @JsonProperty("reseller_id") String resellerId,
        @JsonProperty("account_manager") AccountManager accountManager,
        @JsonProperty("permissions") List<Permission> permissions,
        @JsonProperty("sale_channel") SaleChannel saleChannel,
        @JsonProperty("price_package") String pricePackage,
        @JsonProperty("statistics") AccountStatisticsInput statistics,
        @JsonProperty("services") AccountServicesInput services) {

    public AccountUpdate {
        Objects.requireNonNull(applicant, "applicant is required");
        Objects.requireNonNull(company, "company is required");
        Objects.requireNonNull(billing, "billing is required");
    }

    public static Builder builder(ApplicantInput applicant, AccountCompany company, AccountBilling billing) {
        return new Builder(applicant, company, billing);
    }

    /**
     * A builder holding what the partner may change of {@code account}, as fetched. What the server owns (ids,
     * timestamps, statistics, connections) is left behind, and so are {@code active}, {@code partner_id} and
     * {@code services}, which change more than the account's details and are only sent when set on purpose. An
     * account without applicant, company or billing needs them set before {@link Builder#build()}.
     */
    public static Builder from(Account account) {
        Objects.requireNonNull(account, "account");
        return new Builder(ApplicantInput.from(account.applicant()), account.company(), account.billing())
                .subscription(account.subscription())
                .livemode(account.livemode())
                .languageCode(account.languageCode())
                .progression(account.progression())
                .resellerId(account.resellerId())
                .accountManager(account.accountManager())
                .permissions(account.permissions())
                .saleChannel(account.saleChannel())
                .pricePackage(account.pricePackage());
    }

    /** Sets the optional fields one by one; a field never set is not sent. */
    public static final class Builder extends AccountDetailsBuilder<Builder> {
        private ApplicantInput applicant;
        private AccountCompany company;
        private AccountBilling billing;
        private Boolean active;

        @Override
        Builder self() {
            return this;
        }

        private Builder(ApplicantInput applicant, AccountCompany company, AccountBilling billing) {
            this.applicant = applicant;
            this.company = company;
            this.billing = billing;
        }

        public Builder applicant(ApplicantInput value) {
            this.applicant = value;
            return this;
        }

        public Builder company(AccountCompany value) {
            this.company = value;
            return this;
        }

        public Builder billing(AccountBilling value) {
            this.billing = value;
            return this;
        }

        public Builder active(Boolean value) {
            this.active = value;
            return this;
        }

        public AccountUpdate build() {
            return new AccountUpdate(active, partnerId, applicant, company, billing, subscription, livemode,
                    languageCode, progression, resellerId, accountManager, permissions, saleChannel, pricePackage,
                    statistics, services);
        }
    }
}
