package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.ErrorBodies;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies and assertions the account-lifecycle tests share (plain JSON, as any client would send). */
public final class AccountFixtures {

    private AccountFixtures() {
    }

    public static ObjectNode address() {
        ObjectNode a = Api.JSON.createObjectNode();
        a.put("address_line", "Storgata 1");
        a.put("postal_code", "0155");
        a.put("postal_place", "Oslo");
        a.put("country", "NO");
        return a;
    }

    public static ObjectNode applicant(String email) {
        ObjectNode a = Api.JSON.createObjectNode();
        a.put("first_name", "Ola");
        a.put("last_name", "Nordmann");
        a.put("email", email);
        a.put("phone_number", "+4791234567");
        a.putObject("agreement").put("name", "Dintero Merchant Agreement").put("version", "2025.2");
        return a;
    }

    public static ObjectNode company(String name) {
        ObjectNode c = Api.JSON.createObjectNode();
        c.put("business_name", name);
        c.put("display_name", name.replace(" AS", ""));
        c.put("organization_number", "923609016");
        c.set("address", address());
        c.put("email", "post@example.no");
        return c;
    }

    public static ObjectNode billing(String name) {
        ObjectNode b = Api.JSON.createObjectNode();
        b.put("business_name", name);
        b.set("address", address());
        b.put("email", "faktura@example.no");
        return b;
    }

    /** A valid create body: applicant, company and billing, as the seed requires. */
    public static ObjectNode newAccount(String name) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", applicant("ola@example.no"));
        body.set("company", company(name));
        body.set("billing", billing(name));
        return body;
    }

    public static ObjectNode pricePackage(String id) {
        ObjectNode p = Api.JSON.createObjectNode();
        p.put("name", "Custom " + (id == null ? "package" : id));
        p.put("description", "Made in a test");
        if (id != null) {
            p.put("price_package_id", id);
        }
        ObjectNode product = p.putArray("products").addObject();
        product.put("namespace", "checkout");
        product.put("product_id", "checkout.capture.card");
        ObjectNode price = product.putArray("prices").addObject();
        price.put("type", "blend");
        price.putArray("amounts").addObject().put("name", "Cards").put("flat_amount", 100).put("unit_amount", "0.018");
        price.putArray("dimensions").addObject().put("name", "currency").putArray("values").add("NOK");
        return p;
    }

    /** Asserts a 400 (or other) error body and returns the named fields at {@code location}. */
    public static List<String> errorFields(Api.Reply reply, int status, String location) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode error = reply.json().get("error");
        assertThat(error.get("message").asText()).isNotBlank();
        return ErrorBodies.fieldsAt(error, location);
    }

    public static String errorCode(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json().get("error").get("code").asText();
    }

    /** The outbox messages sent to {@code to}, newest first. */
    public static ArrayNode outbox(Api api, String to) {
        Api.Reply reply = api.get("/_sandbox/outbox?to=" + Api.enc(to), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (ArrayNode) reply.json();
    }

    public static ObjectNode created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (ObjectNode) reply.json();
    }

    /** A new account made through signup, with an access token for it (the account's own token). */
    public record SignedUp(String accountId, String token, String email) {
    }

    /** Signs up {@code email} under the partner, reads the code from the outbox and verifies with authorize=Bearer. */
    public static SignedUp signUp(Api api, String partnerToken, String email, String businessName) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", applicant(email));
        body.set("company", company(businessName));
        Api.Reply started = api.post("/accounts/" + api.partnerId() + "/signup", partnerToken, body);
        assertThat(started.status()).as(started.body()).isEqualTo(204);
        JsonNode message = outbox(api, email).get(0);
        assertThat(message.get("purpose").asText()).isEqualTo("signup_verification");
        String code = message.get("code").asText();
        Api.Reply verified = api.post("/accounts/" + api.partnerId() + "/signup/verify?verification_code=" + code
                + "&authorize=Bearer", partnerToken, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode answer = verified.json();
        return new SignedUp(answer.get("account_id").asText(), answer.get("access_token").asText(), email);
    }
}
