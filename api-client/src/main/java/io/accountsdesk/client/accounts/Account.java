package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A partner's sub-account as the management API returns it. */
public record Account(
        @JsonProperty("id") String id,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("livemode") Boolean livemode,
        @JsonProperty("active") Boolean active,
        @JsonProperty("language_code") String languageCode,
        @JsonProperty("currency") String currency,
        @JsonProperty("progression") Progression progression,
        @JsonProperty("sale_channel") String saleChannel,
        @JsonProperty("price_package") String pricePackage,
        @JsonProperty("payment_case_status") String paymentCaseStatus,
        @JsonProperty("applicant") Applicant applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("account_manager") AccountManager accountManager,
        @JsonProperty("services") Map<String, AccountService> services,
        @JsonProperty("connections") Map<String, Connection> connections,
        @JsonProperty("statistics") AccountStatistics statistics,
        @JsonProperty("approvals_payments_statuses") Map<String, Integer> approvalsPaymentsStatuses,
        @JsonProperty("approvals_payout_destinations_statuses") Map<String, Integer> approvalsPayoutDestinationsStatuses) {

    public Account {
        services = services == null ? Map.of() : copy(services);
        connections = connections == null ? Map.of() : copy(connections);
    }

    /** Keeps the server's order, which is the order a person reading the raw JSON would see. */
    private static <V> Map<String, V> copy(Map<String, V> source) {
        Map<String, V> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The name to show: the display name when there is one, else the legal business name. */
    public String name() {
        if (company == null) {
            return null;
        }
        String display = company.displayName();
        return display != null && !display.isBlank() ? display : company.businessName();
    }

    /** Connection name to status, for connections that report one. */
    public Map<String, ConnectionStatus> connectionStatuses() {
        Map<String, ConnectionStatus> statuses = new LinkedHashMap<>();
        connections.forEach((name, connection) -> {
            if (connection.status() != null) {
                statuses.put(name, connection.status());
            }
        });
        return statuses;
    }
}
