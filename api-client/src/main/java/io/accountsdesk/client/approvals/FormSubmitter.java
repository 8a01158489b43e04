package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The person who will complete and submit an application's form. When the email is set, they are told about the form
 * by email.
 */
public record FormSubmitter(
        @JsonProperty("email") String email,
        @JsonProperty("name") String name,
        @JsonProperty("title") String title) {
}
