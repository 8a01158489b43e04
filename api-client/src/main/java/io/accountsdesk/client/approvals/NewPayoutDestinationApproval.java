package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.InvalidParameterException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An application for a new seller (payout destination).
 *
 * <p><b>Test mode.</b> On a test account (an {@code aid} starting with {@code T}) the seller's description decides
 * the outcome instead of a real review: a description containing one of {@link #TEST_OUTCOMES} ({@code ACTIVE},
 * {@code DECLINED} or {@code WAITING_FOR_SIGNATURE}) sets the application to that status.
 * {@link #withTestOutcome(CaseStatus)} writes such a description. On production accounts these words are only text.
 *
 * @param payoutDestinationId          required, at most 40 characters: the seller's id, created once the application
 *                                     is approved
 * @param payoutDestinationName        at most 60 characters: the seller's name
 * @param payoutDestinationDescription at most 1000 characters: a description of the seller (see test mode above)
 * @param payoutReference              required, at most 60 characters: a static reference on the seller's bank
 *                                     payments, the name of the service the seller joins (for "Mowber", "Mowber")
 * @param countryCode                  required: two-letter ISO 3166-1 country
 * @param organizationNumber           required: the national organization number, valid in {@code countryCode}
 * @param bankAccounts                 required: exactly one account, the only number the contract service supports
 * @param payoutIntervalType           how often the seller is paid out
 * @param formSubmitter                who will finish and sign the form; told by email when their email is set
 */
public record NewPayoutDestinationApproval(
        @JsonProperty("payout_destination_id") String payoutDestinationId,
        @JsonProperty("payout_destination_name") String payoutDestinationName,
        @JsonProperty("payout_destination_description") String payoutDestinationDescription,
        @JsonProperty("payout_reference") String payoutReference,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("bank_accounts") List<BankAccount> bankAccounts,
        @JsonProperty("payout_interval_type") PayoutInterval payoutIntervalType,
        @JsonProperty("form_submitter") FormSubmitter formSubmitter) {

    /** Approves the application at once on a test account. */
    public static final CaseStatus TEST_APPROVE = CaseStatus.ACTIVE;
    /** Declines the application at once on a test account. */
    public static final CaseStatus TEST_DECLINE = CaseStatus.DECLINED;
    /** Leaves the application waiting for the signatory on a test account. */
    public static final CaseStatus TEST_AWAIT_SIGNATURE = CaseStatus.WAITING_FOR_SIGNATURE;
    /** The description values that force an outcome on test accounts, in the seed's order. */
    public static final List<CaseStatus> TEST_OUTCOMES = List.of(TEST_APPROVE, TEST_DECLINE, TEST_AWAIT_SIGNATURE);

    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");

    /**
     * This application with its description set to {@code outcome}, so that on a test account it ends in that status.
     *
     * @throws IllegalArgumentException when {@code outcome} is not one of {@link #TEST_OUTCOMES}
     */
    public NewPayoutDestinationApproval withTestOutcome(CaseStatus outcome) {
        if (outcome == null || !TEST_OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("Test mode can only force " + TEST_OUTCOMES + ", not " + outcome + ".");
        }
        return new NewPayoutDestinationApproval(payoutDestinationId, payoutDestinationName, outcome.value(),
                payoutReference, countryCode, organizationNumber, bankAccounts, payoutIntervalType, formSubmitter);
    }

    /**
     * The outcome the description forces on a test account, or {@code null} when it forces none. The seed says one of
     * the values is "added to" the description without saying how it is matched; it is read here as a value of its
     * own, a whole word, so "INACTIVE" or "NOT_DECLINED" force nothing (the sandbox reads it the same way). A plain
     * substring match would approve a seller whose description merely says it is inactive.
     */
    public CaseStatus testOutcome() {
        if (payoutDestinationDescription == null) {
            return null;
        }
        return TEST_OUTCOMES.stream()
                .filter(outcome -> Pattern.compile("\\b" + outcome.value() + "\\b")
                        .matcher(payoutDestinationDescription).find())
                .findFirst()
                .orElse(null);
    }

    /**
     * This application, if it meets the seed's rules: the required fields are present, the lengths are within their
     * limits, the country has two letters and there is exactly one bank account. Checked before sending so the user
     * hears which field is wrong instead of a bare 400.
     */
    public NewPayoutDestinationApproval checked() {
        required("payout_destination_id", payoutDestinationId);
        atMost("payout_destination_id", payoutDestinationId, 40);
        atMost("payout_destination_name", payoutDestinationName, 60);
        atMost("payout_destination_description", payoutDestinationDescription, 1000);
        required("payout_reference", payoutReference);
        atMost("payout_reference", payoutReference, 60);
        required("country_code", countryCode);
        if (!COUNTRY.matcher(countryCode).matches()) {
            throw new InvalidParameterException("country_code", "'" + countryCode
                    + "' is not a country code: use the two-letter ISO 3166-1 code, like NO.");
        }
        required("organization_number", organizationNumber);
        if (bankAccounts == null || bankAccounts.size() != 1 || bankAccounts.get(0) == null) {
            throw new InvalidParameterException("bank_accounts",
                    "Give exactly one bank account: the contract service supports one per seller.");
        }
        return this;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(field, field + " is required.");
        }
    }

    private static void atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidParameterException(field, field + " may be at most " + max + " characters long, was "
                    + value.length() + ".");
        }
    }
}
