package io.accountsdesk.client.approvals;

import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * The filters of the due-diligence case list. Empty lists and a {@code null} id mean "no filter".
 *
 * @param payoutDestinationId only cases for this seller; {@code *} is a wildcard
 * @param includeContracts    also return the contract details inside each event's case; the server leaves them out
 *                            unless asked ({@code includes=events.case.contracts})
 */
public record CddCaseQuery(
        List<CddProduct> products,
        String payoutDestinationId,
        List<CaseStatus> caseStatuses,
        List<ApprovalAction> actionsOnApproval,
        boolean includeContracts) {

    /** The only value the seed allows for {@code includes}. */
    static final String INCLUDE_CONTRACTS = "events.case.contracts";

    public CddCaseQuery {
        products = List.copyOf(products == null ? List.of() : products);
        payoutDestinationId = payoutDestinationId == null || payoutDestinationId.isBlank() ? null
                : payoutDestinationId.strip();
        caseStatuses = List.copyOf(caseStatuses == null ? List.of() : caseStatuses);
        actionsOnApproval = List.copyOf(actionsOnApproval == null ? List.of() : actionsOnApproval);
    }

    public static CddCaseQuery all() {
        return new CddCaseQuery(List.of(), null, List.of(), List.of(), false);
    }

    public CddCaseQuery withProducts(List<CddProduct> values) {
        return new CddCaseQuery(values, payoutDestinationId, caseStatuses, actionsOnApproval, includeContracts);
    }

    public CddCaseQuery withPayoutDestinationId(String value) {
        return new CddCaseQuery(products, value, caseStatuses, actionsOnApproval, includeContracts);
    }

    public CddCaseQuery withCaseStatuses(List<CaseStatus> values) {
        return new CddCaseQuery(products, payoutDestinationId, values, actionsOnApproval, includeContracts);
    }

    public CddCaseQuery withActionsOnApproval(List<ApprovalAction> values) {
        return new CddCaseQuery(products, payoutDestinationId, caseStatuses, values, includeContracts);
    }

    public CddCaseQuery withContracts(boolean value) {
        return new CddCaseQuery(products, payoutDestinationId, caseStatuses, actionsOnApproval, value);
    }

    static List<String> values(List<? extends OpenEnum> values) {
        return values.stream().map(OpenEnum::value).toList();
    }
}
