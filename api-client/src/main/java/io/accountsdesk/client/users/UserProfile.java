package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signed-in user's own profile: their second-factor settings and every account they can reach.
 *
 * @param accounts the accounts this user is a member of, each with what the user may do there
 */
public record UserProfile(
        @JsonProperty("id") String id,
        @JsonProperty("configuration") MfaStatus.Configuration configuration,
        @JsonProperty("accounts") List<Membership> accounts) {

    /**
     * One account the user can reach.
     *
     * @param iconUrl not in the seed's example; its changelog says the user's accounts gained {@code display_name}
     *                and {@code icon_url}, so it is read when present
     * @param user    the user as a member of this account
     */
    public record Membership(
            @JsonProperty("account_id") String accountId,
            @JsonProperty("business_name") String businessName,
            @JsonProperty("organization_number") String organizationNumber,
            @JsonProperty("display_name") String displayName,
            @JsonProperty("icon_url") String iconUrl,
            @JsonProperty("user") Member user) {

        /** The display name when there is one, else the legal business name. */
        public String name() {
            return displayName != null && !displayName.isBlank() ? displayName : businessName;
        }
    }

    /**
     * The user as seen from one account.
     *
     * @param scope what the user may do on that account, for example {@code receipts:write}
     */
    public record Member(
            @JsonProperty("id") String id,
            @JsonProperty("last_seen_at") OffsetDateTime lastSeenAt,
            @JsonProperty("scope") List<String> scope,
            @JsonProperty("name") String name,
            @JsonProperty("email") String email,
            @JsonProperty("agreement") Agreement agreement) {
    }
}
