package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A link on an application. The seed says an application "will contain a link to an URL where the signatory of the
 * account will need to finish submission of the case contract and sign it", and its seller example ends in a field
 * lost from the text ({@code "case_status": "ACTIVE", }); Dintero's reference shows it as
 * {@code links: [{href, rel}]} with {@code rel} {@code contract_url}, which is what the sandbox serves.
 *
 * @param href the URL
 * @param rel  what it is, e.g. {@value #CONTRACT_URL}
 */
public record ApprovalLink(
        @JsonProperty("href") String href,
        @JsonProperty("rel") String rel) {

    public static final String CONTRACT_URL = "contract_url";

    /** The href of the first {@value #CONTRACT_URL} link, or {@code null}. */
    static String contractUrl(List<ApprovalLink> links) {
        if (links == null) {
            return null;
        }
        return links.stream().filter(l -> l != null && CONTRACT_URL.equals(l.rel())).map(ApprovalLink::href)
                .findFirst().orElse(null);
    }
}
