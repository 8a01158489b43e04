package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The question the token route would ask before issuing a token, if it enforced grants: does this client have a grant
 * for this audience that allows this grant type? The seed implies it should ("The audience must be a grant associated
 * with the client", lines 178 and 804; "A Grant with type password can only be used when requesting an access token
 * with grant_type set to password", line 420). {@code auth/TokenRoutes} belongs to another part of the sandbox and
 * does not call this yet; it is here so that change is one call.
 */
public final class ClientGrants {

    private ClientGrants() {
    }

    /**
     * The first grant of {@code accountId} that lets {@code clientId} request a token for {@code audience} with
     * {@code grantType}; a grant of type {@code any} allows every grant type.
     */
    public static Optional<ObjectNode> allowing(DocumentStore documents, String accountId, String clientId,
                                                String audience, String grantType) {
        return documents.list(ClientGrantRoutes.KIND, accountId, null, 1, grant ->
                clientId.equals(grant.path("client_id").asText())
                        && audienceMatches(grant.path("audience").asText(), audience)
                        && (grant.path("type").asText("any").equals("any") || grant.path("type").asText().equals(grantType)))
                .stream().findFirst();
    }

    /**
     * Same audience: the same text, or two URLs with the same path. The sandbox is reached as localhost, 127.0.0.1 or
     * through a proxy on a port chosen at start, so a stored host cannot match; the path ({@code /v1/accounts/T123...})
     * names the API and the account, which is what a grant is about. A partner's short id in the path counts as its
     * full id.
     */
    public static boolean audienceMatches(String granted, String requested) {
        if (granted == null || requested == null) {
            return false;
        }
        if (granted.equals(requested)) {
            return true;
        }
        Optional<String> a = path(granted);
        Optional<String> b = path(requested);
        return a.isPresent() && a.equals(b);
    }

    private static Optional<String> path(String audience) {
        try {
            URI uri = new URI(audience);
            if (uri.getScheme() == null || uri.getPath() == null || uri.getPath().isEmpty()) {
                return Optional.empty();
            }
            String path = uri.getPath().replaceAll("/+$", "");
            // A partner's short id (T123) names the same account as its full id (T12300000).
            return Optional.of(path.replaceAll("/([PT]\\d{3})$", "/$100000"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
