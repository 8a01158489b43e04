package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of creating an API client. The seed marks no field required.
 *
 * @param clientId  a client id of your choice
 * @param callbacks allowed callback URLs
 */
public record NewClient(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("callbacks") List<String> callbacks) {
}
