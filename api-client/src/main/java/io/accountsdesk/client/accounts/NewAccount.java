package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.pricing.NewPricePackage;
import java.util.List;
import java.util.Objects;

/**
 * A sub-account to create under the partner. {@code applicant}, {@code company} and {@code billing} are required;
 * everything else is sent only when set. Build one with {@link #builder}.
 *
 * @param partnerId          the partner to associate the account with, in its short form ({@code P123})
 * @param invites            people to invite by email alone (kept by the API for older callers)
 * @param inviteUsers        people to invite with their names; replaces {@code invites}
 * @param actions            what to do right away, such as {@link AccountAction#SEND_INVITE}
 * @param customPricePackage a price package made for this account alone
 * @param pricePackage       the {@code price_package_id} of an existing package to use instead
 */
public record NewAccount(
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("applicant") ApplicantInput applicant,
        @JsonProperty("invites") List<String> invites,
        @JsonProperty("invite_users") List<InviteUser> inviteUsers,
        @JsonProperty("invitation_note") String invitationNote,
        @JsonProperty("actions") List<AccountAction> actions,
        @JsonProperty("custom_price_package") NewPricePackage customPricePackage,
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

    public NewAccount {
        Objects.requireNonNull(applicant, "applicant is required");
        Objects.requireNonNull(company, "company is required");
        Objects.requireNonNull(billing, "billing is required");
    }

    public static Builder builder(ApplicantInput applicant, AccountCompany company, AccountBilling billing) {
        return new Builder(applicant, company, billing);
    }

    /** Sets the optional fields one by one; a field never set is not sent. */
    public static final class Builder extends AccountDetailsBuilder<Builder> {
        private final ApplicantInput applicant;
        private final AccountCompany company;
        private final AccountBilling billing;
        private List<String> invites;
        private List<InviteUser> inviteUsers;
        private String invitationNote;
        private List<AccountAction> actions;
        private NewPricePackage customPricePackage;

        @Override
        Builder self() {
            return this;
        }

        private Builder(ApplicantInput applicant, AccountCompany company, AccountBilling billing) {
            this.applicant = applicant;
            this.company = company;
            this.billing = billing;
        }

        public Builder invites(List<String> value) {
            this.invites = value == null ? null : List.copyOf(value);
            return this;
        }

        public Builder inviteUsers(List<InviteUser> value) {
            this.inviteUsers = value == null ? null : List.copyOf(value);
            return this;
        }

        public Builder invitationNote(String value) {
            this.invitationNote = value;
            return this;
        }

        public Builder actions(List<AccountAction> value) {
            this.actions = value == null ? null : List.copyOf(value);
            return this;
        }

        public Builder customPricePackage(NewPricePackage value) {
            this.customPricePackage = value;
            return this;
        }

        public NewAccount build() {
            return new NewAccount(partnerId, applicant, invites, inviteUsers, invitationNote, actions,
                    customPricePackage, company, billing, subscription, livemode, languageCode, progression,
                    resellerId, accountManager, permissions, saleChannel, pricePackage, statistics, services);
        }
    }
}
