package io.accountsdesk.app.approvals;

import io.accountsdesk.client.approvals.CddCase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The signature the CDD callback route asks for. A back-office user has none of their own; when the server wrote
 * the CDD service's callback URL with its signature into the case, that one is used.
 */
final class RecheckSignature {

    /** Sent when the case carries no signature: names the caller, so a refusal is easy to trace. */
    static final String OWN = "accounts-desk-recheck";

    private RecheckSignature() {
    }

    static String of(CddCase cddCase) {
        String url = cddCase.caseRequest() == null ? null : cddCase.caseRequest().callbackUrl();
        if (url != null && url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                if (pair.startsWith("signature=") && pair.length() > "signature=".length()) {
                    return URLDecoder.decode(pair.substring("signature=".length()), StandardCharsets.UTF_8);
                }
            }
        }
        return OWN;
    }
}
