package io.accountsdesk.client.connections.visatokens;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Visa Tokenization signup ({@code VisaTokensConnectionSignup}).
 *
 * @param caseId the customer-due-diligence case the signup belongs to
 */
public record VisaTokensSignup(@JsonProperty("case_id") String caseId) {
}
