package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid request bodies for the approvals operations, to be spoiled one field at a time by the tests. */
final class Bodies {

    private Bodies() {
    }

    static ObjectNode bankAccount() {
        ObjectNode a = Api.JSON.createObjectNode();
        a.put("bank_name", "DNB");
        a.put("bank_account_number", "NO9386011117947");
        a.put("bank_account_number_type", "IBAN");
        a.put("bank_account_country_code", "NO");
        a.put("bank_account_currency", "NOK");
        a.put("payout_currency", "NOK");
        a.put("bank_identification_code", "DNBANOKKXXX");
        return a;
    }

    static ObjectNode payments() {
        ObjectNode b = Api.JSON.createObjectNode();
        b.putArray("products").addObject().put("product", "checkout");
        b.putArray("payment_methods").addObject().put("payment_method", "creditcard");
        b.put("country_code", "NO");
        b.put("organization_number", "923609016");
        b.putArray("bank_accounts").add(bankAccount());
        b.putObject("form_submitter").put("email", "signer@example.com").put("name", "Kari Nordmann").put("title", "CEO");
        return b;
    }

    static ObjectNode payout(String payoutDestinationId, String description) {
        ObjectNode b = Api.JSON.createObjectNode();
        b.put("payout_destination_id", payoutDestinationId);
        b.put("payout_destination_name", "Fjordkiosken");
        if (description != null) {
            b.put("payout_destination_description", description);
        }
        b.put("payout_reference", "Mowber");
        b.put("country_code", "NO");
        b.put("organization_number", "923609016");
        b.putArray("bank_accounts").add(bankAccount());
        b.put("payout_interval_type", "weekly");
        b.putObject("form_submitter").put("name", "Ola Nordmann").put("title", "Daglig leder");
        return b;
    }

    static ObjectNode cddCase(String payoutDestinationId, String description) {
        ObjectNode b = Api.JSON.createObjectNode();
        b.put("package", "NO_DINTERO_PP001");
        ObjectNode caseFor = b.putObject("case_for");
        if (payoutDestinationId != null) {
            caseFor.put("payout_destination_id", payoutDestinationId);
            caseFor.put("payout_destination_name", "Fjordkiosken");
            caseFor.put("payout_reference", "Mowber");
        }
        if (description != null) {
            caseFor.put("payout_destination_description", description);
        }
        b.putArray("actions_on_approval").add(payoutDestinationId != null ? "create_payout_destination" : "enable_checkout_account");
        b.putArray("products").add(payoutDestinationId != null ? "payout" : "checkout");
        ObjectNode option = b.putArray("payment_options").addObject();
        option.put("type", "dintero.zero");
        option.putArray("currencies").add("NOK");
        ObjectNode request = b.putObject("case_request");
        request.putArray("checks").add("KYC");
        request.put("countryCode", "NO");
        request.put("organizationNumber", "923609016");
        request.put("requireContractSigning", true);
        request.putObject("details");
        request.put("callbackUrl", "https://platform.example/cdd");
        request.put("referenceId", "ref-1");
        return b;
    }

    /** The 400 body names {@code field} (with location body, unless told) among its errors. */
    static void assertNames(Api.Reply reply, String field) {
        assertNames(reply, field, "body");
    }

    static void assertNames(Api.Reply reply, String field, String location) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode errors = reply.json().path("error").path("errors");
        assertThat(errors.isArray()).as(reply.body()).isTrue();
        boolean named = false;
        for (JsonNode e : errors) {
            named |= e.path("field").asText().equals(field) && e.path("location").asText().equals(location);
        }
        assertThat(named).as("errors name %s (%s): %s", field, location, reply.body()).isTrue();
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode a = Api.JSON.createArrayNode();
        for (JsonNode i : items) {
            a.add(i);
        }
        return a;
    }
}
