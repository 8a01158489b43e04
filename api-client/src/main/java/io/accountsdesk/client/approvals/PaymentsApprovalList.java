package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The payments applications of an account; the list operation wraps them in an object. */
public record PaymentsApprovalList(@JsonProperty("payments") List<PaymentsApproval> payments) {
}
