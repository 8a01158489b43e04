package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * What Dintero does once a due-diligence case is approved. An open set: a value the seed does not list is
 * kept as sent.
 */
public record ApprovalAction(String value) implements OpenEnum {

    public static final ApprovalAction ENABLE_PAYOUT_ACCOUNT = new ApprovalAction("enable_payout_account");
    public static final ApprovalAction ENABLE_CHECKOUT_ACCOUNT = new ApprovalAction("enable_checkout_account");
    public static final ApprovalAction CREATE_PAYOUT_DESTINATION = new ApprovalAction("create_payout_destination");

    /** The values the seed lists, in its order. */
    public static final List<ApprovalAction> KNOWN =
            List.of(ENABLE_PAYOUT_ACCOUNT, ENABLE_CHECKOUT_ACCOUNT, CREATE_PAYOUT_DESTINATION);

    @JsonCreator
    public static ApprovalAction of(String value) {
        return value == null ? null : new ApprovalAction(value);
    }

    @Override
    public List<ApprovalAction> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
