package io.accountsdesk.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * One payment connection as generated: its JSON, plus what the rest of the account derives from it.
 *
 * @param enabledAt      when the provider approved it, or null if it never was
 * @param paymentOptions the payment option types it enables (empty unless enabled)
 */
record GeneratedConnection(String name, String status, Instant firstEventAt, Instant lastEventAt, Instant enabledAt,
                           List<String> paymentOptions, ObjectNode json) {
}
