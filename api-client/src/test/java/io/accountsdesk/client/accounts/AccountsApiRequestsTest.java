package io.accountsdesk.client.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.pricing.NewPricePackage;
import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The requests the sub-account operations send, checked on the wire (the sandbox serves only list and get). */
class AccountsApiRequestsTest {

    private static final String PARTNER = "T12300000";
    private static final String ACCOUNT = "T12345678";
    private static final AccountCompany COMPANY = new AccountCompany("Fjord Kaffe AS", null, "987654321", null, null,
            null, new Address("Storgata 1", null, "0155", "Oslo", "NO"), "post@fjordkaffe.no", null, null, null, null,
            null, null);
    private static final AccountBilling BILLING = new AccountBilling("Fjord Kaffe AS", "987654321", null,
            "faktura@fjordkaffe.no", null, null);
    private static final ApplicantInput APPLICANT = ApplicantInput.of("Kari", "Nordmann", "kari@fjordkaffe.no",
            "+4799999999");

    private final MockApi api = new MockApi();
    private final AccountsApi accounts = new AccountsApi(api.transport, PARTNER);

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void listRepeatsArrayFiltersAndLeavesOutBlankOnes() {
        api.answer("[]");
        accounts.list(AccountQuery.all().withSearch("  ").withConnections(List.of("vipps", "swish"))
                .withConnectionStatuses(List.of("enabled", "")).withLimit(100), "T10000001");

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/management/accounts");
        assertThat(request.getUrl().queryParameterValues("connection")).containsExactly("vipps", "swish");
        assertThat(request.getUrl().queryParameterValues("connection_status")).containsExactly("enabled");
        assertThat(request.getUrl().queryParameterNames())
                .containsExactlyInAnyOrder("connection", "connection_status", "limit", "starting_after");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
        assertThat(request.getUrl().queryParameter("starting_after")).isEqualTo("T10000001");
    }

    @Test
    void createSendsOnlyWhatWasSetIncludingACustomPricePackage() {
        api.answer(200, "{\"account_id\":\"T12345678\"}");
        NewPricePackage custom = new NewPricePackage("Fjord special", "Lower card fee", null, null,
                List.of(new PricePackageProduct("checkout", "checkout.capture.card", List.of(new ProductPrice("blend",
                        List.of(new PriceAmount("EU cards", null, 100L, "0.012")), List.of())))), null);
        Account created = accounts.create(NewAccount.builder(APPLICANT, COMPANY, BILLING)
                .inviteUsers(List.of(new InviteUser("kari@fjordkaffe.no", "Kari", "Nordmann")))
                .actions(List.of(AccountAction.SEND_INVITE))
                .customPricePackage(custom)
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        JsonNode body = MockApi.body(request);
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("applicant", "company", "billing", "invite_users",
                "actions", "custom_price_package");
        assertThat(fieldNames(body.get("applicant")))
                .containsExactlyInAnyOrder("first_name", "last_name", "email", "phone_number");
        assertThat(body.at("/actions/0").asText()).isEqualTo("send_invite");
        assertThat(fieldNames(body.get("custom_price_package")))
                .containsExactlyInAnyOrder("name", "description", "products");
        assertThat(body.at("/custom_price_package/products/0/prices/0/amounts/0/unit_amount").asText())
                .isEqualTo("0.012");
        assertThat(created.accountId()).isEqualTo(ACCOUNT);
    }

    @Test
    void createRefusesToBuildWithoutTheRequiredParts() {
        assertThatThrownBy(() -> NewAccount.builder(APPLICANT, null, BILLING).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("company");
    }

    @Test
    void updateAndDeleteAddressTheSubAccount() {
        api.answer("{\"account_id\":\"T12345678\"}").answer("{\"account_id\":\"T12345678\",\"active\":false}");
        accounts.update(ACCOUNT, AccountUpdate.builder(APPLICANT, COMPANY, BILLING).active(true).build());
        Account deleted = accounts.delete(ACCOUNT);

        RecordedRequest put = api.take();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678");
        assertThat(MockApi.body(put).get("active").asBoolean()).isTrue();
        RecordedRequest delete = api.take();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678");
        assertThat(deleted.active()).isFalse();
    }

    @Test
    void connectionEventGoesToTheNamedConnection() {
        api.answer("{\"id\":\"e1\",\"status\":\"enabled\",\"event\":\"approved\",\"metadata\":{\"case\":\"42\"}}");
        ConnectionEvent event = accounts.addConnectionEvent(ACCOUNT, ConnectionName.PAYEX_CREDITCARD,
                new NewConnectionEvent(ConnectionStatus.ENABLED, "approved", null, Map.of("case", "42")));

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678/connections/payex.creditcard/events");
        assertThat(fieldNames(MockApi.body(request))).containsExactlyInAnyOrder("status", "event", "metadata");
        assertThat(event.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(event.metadata()).containsEntry("case", "42");
    }

    @Test
    void connectionsTheSeedDoesNotListForThePathAreRefusedBeforeSending() {
        NewConnectionEvent event = NewConnectionEvent.of(ConnectionStatus.PENDING, "signature_required", null);
        for (String name : List.of("klarna", "payex/../x", "vipps.", "")) {
            assertThatThrownBy(() -> accounts.addConnectionEvent(ACCOUNT, ConnectionName.of(name), event))
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo("connection"));
        }
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void connectionEventMetadataIsCappedAtFortyKeys() {
        Map<String, Object> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 41; i++) {
            tooMany.put("k" + i, i);
        }
        assertThatThrownBy(() -> new NewConnectionEvent(ConnectionStatus.FAILED, "declined", null, tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40");
        assertThatThrownBy(() -> new NewConnectionEvent(ConnectionStatus.FAILED, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsFilterByTypeAndPageByTheLastEventId() {
        api.answer("[{\"event_type\":\"comment\",\"id\":\"e1\",\"body\":\"Called\",\"visibility\":\"private\"},"
                + "{\"event_type\":\"status_change\",\"id\":\"e2\"}]");
        Page<AccountEvent> page = accounts.events(ACCOUNT,
                AccountEventQuery.all().withTypes(List.of(AccountEventType.COMMENT)).withLimit(2), null);

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678/events");
        assertThat(request.getUrl().queryParameterValues("type")).containsExactly("comment");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
        assertThat(request.getUrl().queryParameter("starting_after")).isNull();
        assertThat(page.nextCursor()).isEqualTo("e2");
        assertThat(page.items().get(1).eventType().isKnown()).isFalse();
        assertThat(page.items().get(1).eventType().value()).isEqualTo("status_change");
    }

    @Test
    void eventQueryKeepsLimitInTheSeedRange() {
        assertThatThrownBy(() -> AccountEventQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountEventQuery.all().withLimit(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommentIsAPrivateCommentEvent() {
        api.answer("{\"event_type\":\"comment\",\"id\":\"e9\",\"body\":\"Asked for ID\",\"visibility\":\"private\"}");
        AccountEvent added = accounts.addEvent(ACCOUNT, NewAccountEvent.comment("Asked for ID"));

        JsonNode body = MockApi.body(api.take());
        assertThat(body).isEqualTo(MockApi.JSON.createObjectNode().put("event_type", "comment")
                .put("body", "Asked for ID").put("visibility", "private"));
        assertThat(added.id()).isEqualTo("e9");
    }

    @Test
    void onboardingLinkIsAPostWithoutBody() {
        api.answer("{\"partner_onboarding_url\":\"https://onboarding.dintero.com/?partner=P12300000\","
                + "\"client_id\":\"abc\"}");
        PartnerOnboardingLink link = accounts.createOnboardingLink(ACCOUNT);

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678/partner_onboarding_link");
        assertThat(request.getBodySize()).isZero();
        assertThat(link.partnerOnboardingUrl()).startsWith("https://onboarding.dintero.com/");
        assertThat(link.clientId()).isEqualTo("abc");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
