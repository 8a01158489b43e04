package io.accountsdesk.sandbox.screening.match;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an acquirer ended a merchant agreement, as the two-digit MATCH termination reason code (Mastercard Security
 * Rules and Procedures, "MATCH Reason Codes"). The seed's changelog says "Add enum for termination reason code" but
 * does not list the values, and its example is {@code "13"}; these are the codes an acquirer may report. Code 06 is
 * reserved by Mastercard, and codes 20, 21 and 24 are assigned by Mastercard itself, so {@code terminate} rejects
 * them.
 */
public enum MatchReason {
    QUESTIONABLE_MERCHANT("00", "Questionable Merchant/Under Investigation",
            "Under investigation by the acquirer's risk team; listing kept while the case is open"),
    ACCOUNT_DATA_COMPROMISE("01", "Account Data Compromise",
            "Card data compromise confirmed by a forensic investigation"),
    COMMON_POINT_OF_PURCHASE("02", "Common Point of Purchase (CPP)",
            "Common point of purchase for counterfeit card fraud"),
    LAUNDERING("03", "Laundering",
            "Transaction laundering: processed sales for an undisclosed website"),
    EXCESSIVE_CHARGEBACKS("04", "Excessive Chargebacks",
            "Chargeback ratio above 1.5 % for three consecutive months"),
    EXCESSIVE_FRAUD("05", "Excessive Fraud",
            "Fraud-to-sales ratio above the programme threshold for two months"),
    FRAUD_CONVICTION("07", "Fraud Conviction",
            "Principal convicted of payment card fraud"),
    QUESTIONABLE_MERCHANT_AUDIT("08", "Mastercard Questionable Merchant Audit Program",
            "Identified under the Questionable Merchant Audit Program"),
    BANKRUPTCY("09", "Bankruptcy/Liquidation/Insolvency",
            "Bankruptcy proceedings opened with chargeback liability outstanding"),
    VIOLATION_OF_STANDARDS("10", "Violation of Standards",
            "Repeated violation of the card scheme standards after written warnings"),
    MERCHANT_COLLUSION("11", "Merchant Collusion",
            "Colluded with cardholders to process fictitious sales"),
    PCI_NONCOMPLIANCE("12", "PCI Data Security Standard Noncompliance",
            "Failed to validate PCI DSS compliance after a data incident"),
    ILLEGAL_TRANSACTIONS("13", "Illegal Transactions",
            "Sold goods that are illegal in the merchant's country"),
    IDENTITY_THEFT("14", "Identity Theft",
            "Agreement opened with a stolen identity");

    private final String code;
    private final String title;
    private final String comment;

    MatchReason(String code, String title, String comment) {
        this.code = code;
        this.title = title;
        this.comment = comment;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** What an acquirer typically writes in the listing's comment for this reason. */
    public String comment() {
        return comment;
    }

    public static Optional<MatchReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String[] codes() {
        return Arrays.stream(values()).map(MatchReason::code).toArray(String[]::new);
    }
}
