package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;

/**
 * A bank account for payouts. The account number is masked in {@link #toString()}.
 *
 * @param accountNumberType how {@code accountNumber} is written, such as {@code iban} (not enumerated in the seed)
 */
public record BankAccount(
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("account_number_type") String accountNumberType,
        @JsonProperty("bank_name") String bankName) {

    @Override
    public String toString() {
        return Redacted.toString(this, "accountNumber");
    }
}
