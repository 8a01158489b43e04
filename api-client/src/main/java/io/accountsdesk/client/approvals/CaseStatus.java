package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Where an approval (due-diligence case, payments application or seller application) stands. An open set:
 * a status the seed does not list is kept as sent.
 */
public record CaseStatus(String value) implements OpenEnum {

    public static final CaseStatus ACTIVE = new CaseStatus("ACTIVE");
    public static final CaseStatus DECLINED = new CaseStatus("DECLINED");
    public static final CaseStatus UNDER_MANUAL_REVIEW = new CaseStatus("UNDER_MANUAL_REVIEW");
    public static final CaseStatus AUTOMATIC_REVIEW = new CaseStatus("AUTOMATIC_REVIEW");
    public static final CaseStatus WAITING_FOR_SIGNATURE = new CaseStatus("WAITING_FOR_SIGNATURE");
    public static final CaseStatus WAITING_FOR_DECLARATION = new CaseStatus("WAITING_FOR_DECLARATION");
    public static final CaseStatus ERROR = new CaseStatus("ERROR");
    public static final CaseStatus ARCHIVED = new CaseStatus("ARCHIVED");
    public static final CaseStatus WAITING_FOR_DETAILS = new CaseStatus("WAITING_FOR_DETAILS");

    /** The values the seed lists, in its order. */
    public static final List<CaseStatus> KNOWN = List.of(ACTIVE, DECLINED, UNDER_MANUAL_REVIEW, AUTOMATIC_REVIEW,
            WAITING_FOR_SIGNATURE, WAITING_FOR_DECLARATION, ERROR, ARCHIVED, WAITING_FOR_DETAILS);

    @JsonCreator
    public static CaseStatus of(String value) {
        return value == null ? null : new CaseStatus(value);
    }

    @Override
    public List<CaseStatus> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
