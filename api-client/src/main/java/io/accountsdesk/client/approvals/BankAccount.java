package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The bank account a company or seller is paid to (the seed's {@code ApprovalsBankAccount}).
 *
 * @param bankAccountNumber       the account number; never printed by {@link #toString()}
 * @param bankAccountNumberType   how to read the number, for example {@code IBAN}; the seed does not list the values
 * @param bankAccountCountryCode  two-letter country of the bank account
 * @param bankAccountCurrency     the account's currency, for example {@code NOK}
 * @param payoutCurrency          the currency payouts are made in
 * @param bankIdentificationCode  the bank's BIC/SWIFT code, for example {@code DNBANOKKXXX}
 */
public record BankAccount(
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("bank_account_number") String bankAccountNumber,
        @JsonProperty("bank_account_number_type") String bankAccountNumberType,
        @JsonProperty("bank_account_country_code") String bankAccountCountryCode,
        @JsonProperty("bank_account_currency") String bankAccountCurrency,
        @JsonProperty("payout_currency") String payoutCurrency,
        @JsonProperty("bank_identification_code") String bankIdentificationCode) {

    /** Account numbers must not reach logs or exception messages, which print records through this method. */
    @Override
    public String toString() {
        return "BankAccount[bankName=" + bankName + ", bankAccountNumber="
                + (bankAccountNumber == null ? "null" : "<redacted>") + ", bankAccountNumberType="
                + bankAccountNumberType + ", bankAccountCountryCode=" + bankAccountCountryCode
                + ", bankAccountCurrency=" + bankAccountCurrency + ", payoutCurrency=" + payoutCurrency
                + ", bankIdentificationCode=" + bankIdentificationCode + "]";
    }
}
