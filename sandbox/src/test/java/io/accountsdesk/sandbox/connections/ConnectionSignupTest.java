package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Every signup route: the seed's own request example is accepted, a broken one is refused naming the field. */
class ConnectionSignupTest {

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-signup");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /**
     * One signup route.
     *
     * @param suffix   below {@code …/settings/connections/}
     * @param key      the connection's key in the account document
     * @param example  the seed's request example, null for Vipps (no body)
     * @param slot     where the signup is kept
     * @param breaker  makes the example invalid in one field
     * @param badField the field the 400 must name
     */
    record Op(String suffix, String key, String example, String slot, Consumer<ObjectNode> breaker, String badField) {
        @Override
        public String toString() {
            return suffix;
        }
    }

    static ObjectNode signup(ObjectNode body) {
        return (ObjectNode) body.get("signup");
    }

    static Stream<Op> ops() {
        return Stream.of(
                new Op("bambora/payfac", "bambora", "L08119.json", "submerchant_signups",
                        b -> signup(b).put("mcc", "abc"), "signup.mcc"),
                new Op("bambora/direct", "bambora", "L08243.json", "direct_signups",
                        b -> signup(b).put("case_id", "case-1"), "signup.case_id"),
                new Op("bambora", "bambora", "L08480.json", "signup",
                        b -> ((ObjectNode) signup(b).get("revenue")).put("accept_prepaid", "yes"),
                        "signup.revenue.accept_prepaid"),
                new Op("collector", "collector", "L08777.json", "signup",
                        b -> ((ObjectNode) signup(b).get("payment_options").get(0)).put("type", "klarna.klarna"),
                        "signup.payment_options[0].type"),
                new Op("common", "common", "L08919.json", "signup",
                        b -> ((ObjectNode) signup(b).get("ownership").get("owners").get(0)).put("date_of_birth", "20.09.1990"),
                        "signup.ownership.owners[0].date_of_birth"),
                new Op("instabank", "instabank", "L09267.json", "signup",
                        b -> signup(b).put("email", "not-an-email"), "signup.email"),
                new Op("klarna", "klarna", "L09392.json", "signups",
                        b -> ((ObjectNode) signup(b).get("payment_options").get(0)).putArray("currencies").add("nok"),
                        "signup.payment_options[0].currencies[0]"),
                new Op("vipps-psp", "vipps_psp", "L09501.json", "signups",
                        b -> signup(b).put("logo", 5), "signup.logo"),
                new Op("applepay", "applepay", "L09593.json", "signups",
                        b -> signup(b).put("partnerMerchantName", true), "signup.partnerMerchantName"),
                new Op("payex/payex.creditcard", "payex", "L09692.json", "signup",
                        b -> ((ObjectNode) signup(b).get("applicant_contact")).put("email", "x"),
                        "signup.applicant_contact.email"),
                new Op("swish", "swish", "L09879.json", "signup", b -> b.remove("signup"), "signup"),
                new Op("vipps", "vipps", null, "signup", null, null),
                new Op("visa-tokens", "visa_tokens", "L10196.json", null, b -> b.put("signup", "x"), "signup"));
    }

    @ParameterizedTest
    @MethodSource("ops")
    void theSeedExampleStartsAPendingSignupThatGetAndTheAccountShow(Op op) {
        String aid = fx.freshAccount(op.key());
        Api.Reply reply = fx.post(aid, op.suffix(), op.example() == null ? null : example(op.example()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode connection = reply.json();
        assertThat(connection.get("status").asText()).isEqualTo("pending");
        assertThat(connection.get("events")).hasSize(1);
        JsonNode event = connection.get("events").get(0);
        assertThat(event.get("status").asText()).isEqualTo("pending");
        assertThat(event.get("event").asText()).isEqualTo("signup_submitted");
        assertThat(event.get("id").asText()).isNotBlank();
        assertThat(connection.get("configuration") == null || connection.get("configuration").isNull()).isTrue();
        if (op.slot() != null) {
            JsonNode stored = connection.get(op.slot());
            JsonNode signup = stored.isArray() ? stored.get(stored.size() - 1) : stored;
            assertThat(signup.get("created_at").asText()).isEqualTo(connection.get("created_at").asText());
            if (op.example() != null) {
                signup(example(op.example())).fieldNames().forEachRemaining(f -> assertThat(signup.has(f)).as(f).isTrue());
            }
        }

        String getSuffix = op.suffix().startsWith("bambora") ? "bambora" : op.suffix();
        Api.Reply read = fx.get(aid, getSuffix);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(connection);

        JsonNode account = fx.account(aid);
        assertThat(account.path("connections").path(op.key()).path("status").asText()).isEqualTo("pending");
        // The list filters see the new connection at once (only the seed's seven connections are filterable).
        String filter = io.accountsdesk.sandbox.accounts.Connections.NAMES.contains(op.key())
                ? "connection=" + op.key() + "&connection_status=pending" : "connection_status=pending";
        assertThat(fx.api.listAll(fx.partnerToken, filter, 100)).anyMatch(a -> a.get("account_id").asText().equals(aid));
    }

    @ParameterizedTest
    @MethodSource("ops")
    void aBrokenFieldIsNamedAndNothingIsStored(Op op) {
        if (op.breaker() == null) {
            return; // Vipps takes no body; its 400 is the organization number, tested below.
        }
        String aid = fx.freshAccount(op.key());
        JsonNode before = fx.account(aid);
        ObjectNode body = example(op.example());
        op.breaker().accept(body);
        JsonNode error = assertError(fx.post(aid, op.suffix(), body), 400, "invalid_request");
        assertThat(fields(error)).contains("body:" + op.badField());
        assertThat(fx.account(aid)).isEqualTo(before);
        assertError(fx.get(aid, op.suffix().startsWith("bambora") ? "bambora" : op.suffix()), 404, "not_found");
    }

    @Test
    void aSecondSignupWhilePendingIsAConflictAndKeepsTheFirst() {
        String aid = fx.freshAccount("swish");
        assertThat(fx.post(aid, "swish", example("L09879.json")).status()).isEqualTo(200);
        JsonNode first = fx.get(aid, "swish").json();
        JsonNode error = assertError(fx.post(aid, "swish", example("L09879.json")), 409, "conflict");
        assertThat(error.get("message").asText()).contains("already pending");
        assertThat(fx.get(aid, "swish").json()).isEqualTo(first);
    }

    @Test
    void forceNewSignupAddsAKlarnaSignupToAPendingOne() {
        String aid = fx.freshAccount("klarna");
        assertThat(fx.post(aid, "klarna", example("L09392.json")).status()).isEqualTo(200);
        assertError(fx.post(aid, "klarna", example("L09392.json")), 409, "conflict");
        Api.Reply forced = fx.post(aid, "klarna?force_new_signup=true", example("L09392.json"));
        assertThat(forced.status()).as(forced.body()).isEqualTo(200);
        assertThat(forced.json().get("signups")).hasSize(2);
        assertThat(forced.json().get("events")).hasSize(2);
        assertThat(forced.json().get("status").asText()).isEqualTo("pending");

        JsonNode error = assertError(fx.post(aid, "klarna?force_new_signup=yes", example("L09392.json")), 400,
                "invalid_request");
        assertThat(fields(error)).containsExactly("query:force_new_signup");
    }

    @Test
    void signupsThatNeedAnOrganizationNumberAreRefusedWithoutOne() {
        String aid = fx.withoutOrganizationNumber;
        JsonNode before = fx.account(aid);
        JsonNode error = assertError(fx.post(aid, "vipps", null), 400, "invalid_request");
        assertThat(error.get("message").asText()).contains("organization_number").contains("PUT /accounts/" + aid);
        assertError(fx.post(aid, "swish", example("L09879.json")), 400, "invalid_request");
        assertThat(fx.account(aid)).isEqualTo(before);
        // Klarna's signup does not say it needs one.
        if (!before.path("connections").has("klarna")) {
            assertThat(fx.post(aid, "klarna", example("L09392.json")).status()).isEqualTo(200);
        }
    }

    @Test
    void payExTakesOnlyItsOneProductType() {
        String aid = fx.freshAccount("payex");
        JsonNode error = assertError(fx.post(aid, "payex/payex.invoice", example("L09692.json")), 400, "invalid_request");
        assertThat(fields(error)).containsExactly("path:payment_product_type");
        assertError(fx.get(aid, "payex/payex.invoice"), 400, "invalid_request");
    }

    @Test
    void readsOfAConnectionTheAccountDoesNotHaveAre404() {
        String aid = fx.freshAccount("vipps_psp", "visa_tokens");
        JsonNode error = assertError(fx.get(aid, "vipps-psp"), 404, "not_found");
        assertThat(error.get("message").asText()).contains("POST /accounts/" + aid + "/management/settings/connections/vipps-psp");
        assertError(fx.get(aid, "visa-tokens"), 404, "not_found");
    }

    @Test
    void anAccountThatDoesNotExistIs404AndAnotherAccountsTokenIs403() {
        // A client only holds a token for a missing account when the partner deleted the account after exchanging it.
        String missing = fx.deletedAccount();
        assertError(fx.post(missing, "klarna", example("L09392.json")), 404, "not_found");
        assertError(fx.get(missing, "klarna"), 404, "not_found");
        // The partner's own account is not a sub-account: the message says how to act on one.
        String partner = fx.partnerId();
        JsonNode error = assertError(fx.get(partner, "klarna"), 404, "not_found");
        assertThat(error.get("message").asText()).contains("exchange_token");

        String aid = fx.freshAccount("klarna");
        String other = fx.freshAccount(a -> true);
        Api.Reply forbidden = fx.api.post(ConnectionFixture.settings(aid, "klarna"), fx.token(other), example("L09392.json"));
        assertError(forbidden, 403, "forbidden");
        Api.Reply anonymous = fx.api.post(ConnectionFixture.settings(aid, "klarna"), null, example("L09392.json"));
        assertError(anonymous, 401, "unauthorized");
        assertError(fx.get(aid, "klarna"), 404, "not_found");
    }

    @Test
    void aBodyThatIsNotJsonIsNamed() {
        String aid = fx.freshAccount("klarna");
        JsonNode error = assertError(fx.post(aid, "klarna", "{not json"), 400, "invalid_request");
        assertThat(fields(error)).containsExactly("body:body");
    }
}
