package io.accountsdesk.app.access.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.security.NoSecretsLeak;
import io.accountsdesk.client.auth.Jwk;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.client.clients.ClientGrant;
import io.accountsdesk.client.http.ApiException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * API clients, grants and signing keys against the sandbox. Whether a secret works is asked of the sandbox's token
 * route directly, as the integration holding it would, not through the app's client.
 */
class ApiClientsViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    static Path configDir;

    @RegisterExtension
    static final NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(configDir));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiClientsViewModel shown(TestServices test) {
        ApiClientsViewModel model = new ApiClientsViewModel(test.services);
        model.activate(Place.of(ApiClientsViewModel.SCREEN));
        return model;
    }

    private ApiClientsViewModel created(TestServices test, String name) {
        ApiClientsViewModel model = shown(test);
        model.startCreate();
        model.name().set(name);
        model.description().set("Made by " + getClass().getSimpleName());
        model.callbacks().set("https://shop.example/return\n\nhttps://shop.example/cancel");
        model.create();
        return model;
    }

    /** The status of a client-credentials token request with {@code clientId} and {@code secret}. */
    private static int tokenStatus(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String url = sandbox.session().baseUrl().replaceAll("/+$", "") + "/accounts/" + sandbox.session().partnerId()
                + "/auth/token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theSecretIsShownOnceMaskedAndGoneWhenStored() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "Shop integration");
        OneTimeSecret secret = model.secret();
        assertThat(secret.isPresent()).isTrue();
        assertThat(secret.revealedProperty().get()).as("masked until asked").isFalse();
        String value = secret.value();
        secrets.used("the new client's secret", value);
        assertThat(secret.toString()).doesNotContain(value);
        String clientId = secret.clientIdProperty().get();
        assertThat(tokenStatus(clientId, value)).as("the secret shown works").isEqualTo(200);

        Client kept = model.selectedProperty().get();
        assertThat(kept.clientId()).isEqualTo(clientId);
        assertThat(kept.callbacks()).containsExactly("https://shop.example/return", "https://shop.example/cancel");
        assertThat(model.clients()).allSatisfy(c -> assertThat(c.revealsSecret()).isFalse());
        assertThat(model.hasUnsavedChanges()).as("leaving asks first").isTrue();

        secret.toggleReveal();
        assertThat(secret.revealedProperty().get()).isTrue();
        secret.stored();
        assertThat(secret.isPresent()).isFalse();
        assertThat(secret.value()).isEmpty();
        assertThat(model.hasUnsavedChanges()).isFalse();

        model.open(kept);
        assertThat(model.selectedProperty().get().revealsSecret()).as("reading shows no secret").isFalse();
        assertThat(secret.isPresent()).isFalse();
        ApiClientsViewModel again = shown(TestServices.of(sandbox.session(), configDir));
        assertThat(again.clients()).anySatisfy(c -> assertThat(c.clientId()).isEqualTo(clientId));
        assertThat(again.secret().isPresent()).isFalse();
    }

    @Test
    void leavingTheScreenClearsASecretNotConfirmed() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "Left behind");
        secrets.used("the left client's secret", model.secret().value());
        assertThat(model.secret().isPresent()).isTrue();
        model.deactivate();
        assertThat(model.secret().isPresent()).isFalse();
        assertThat(model.secret().value()).isEmpty();
    }

    @Test
    void rotatingTakesTheClientIdTypedAndTheOldSecretStopsWorking() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "Rotated integration");
        String oldSecret = model.secret().value();
        secrets.used("the rotated client's first secret", oldSecret);
        String clientId = model.secret().clientIdProperty().get();
        model.secret().stored();

        test.dialogs.typedAnswer = "not the id";
        model.rotate();
        assertThat(model.secret().isPresent()).as("not confirmed: nothing rotated").isFalse();
        assertThat(tokenStatus(clientId, oldSecret)).isEqualTo(200);

        test.dialogs.typedAnswer = clientId;
        model.rotate();
        assertThat(test.dialogs.of("typed")).hasSize(2).allSatisfy(asked -> assertThat(asked.word()).isEqualTo(clientId));
        assertThat(test.dialogs.of("confirm")).as("typed even on a test partner").isEmpty();
        assertThat(model.secret().isPresent()).isTrue();
        assertThat(model.secret().origin()).isEqualTo(OneTimeSecret.Origin.ROTATED);
        String newSecret = model.secret().value();
        secrets.used("the rotated client's new secret", newSecret);
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(tokenStatus(clientId, oldSecret)).as("the old secret gets no token").isEqualTo(401);
        assertThat(tokenStatus(clientId, newSecret)).isEqualTo(200);
        model.secret().stored();
        assertThat(model.secret().value()).isEmpty();
    }

    @Test
    void aTakenClientIdIsRefusedWithNothingLost() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "First of its id");
        secrets.used("the first client's secret", model.secret().value());
        String clientId = model.secret().clientIdProperty().get();
        model.secret().stored();
        model.startCreate();
        model.name().set("Second of its id");
        model.clientId().set("has:colon");
        model.create();
        assertThat(model.clientId().errorProperty().get()).contains("colon");
        model.clientId().set(clientId);
        int before = model.clients().size();
        model.create();
        assertThat(model.clientId().errorProperty().get() + model.form().formErrorProperty().get())
                .contains("already has the id " + clientId);
        assertThat(model.name().value()).isEqualTo("Second of its id");
        assertThat(model.secret().isPresent()).isFalse();
        assertThat(model.clients()).hasSize(before);
        model.callbacks().set("shop.example/return");
        assertThat(model.callbacks().errorProperty().get()).contains("shop.example/return");
    }

    @Test
    void deletingAClientTakesItsGrantsWithIt() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "Short-lived");
        secrets.used("the short-lived client's secret", model.secret().value());
        model.secret().stored();
        Client client = model.selectedProperty().get();
        GrantsViewModel grants = model.grants();
        grants.startFor(client.clientId());
        grants.scopes().select(List.of("read:accounts"));
        grants.create();
        assertThat(grants.grants()).anySatisfy(g -> assertThat(g.clientId()).isEqualTo(client.clientId()));

        test.dialogs.confirmAnswer = true;
        model.delete();
        assertThat(model.clients()).noneMatch(c -> c.id().equals(client.id()));
        assertThat(grants.grants()).noneMatch(g -> g.clientId().equals(client.clientId()));
        assertThatThrownBy(() -> sandbox.client().clients().get(client.id())).isInstanceOf(ApiException.NotFound.class);
        assertThat(sandbox.client().clientGrants().list(null, client.clientId())).isEmpty();
    }

    @Test
    void grantsAreCreatedExplainedAndDeleted() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = created(test, "Granted integration");
        secrets.used("the granted client's secret", model.secret().value());
        model.secret().stored();
        String clientId = model.selectedProperty().get().clientId();
        GrantsViewModel grants = model.grants();
        assertThat(grants.clientIds()).contains(clientId);
        assertThat(grants.audience().value()).as("the account is the audience by default")
                .endsWith("/accounts/" + sandbox.session().partnerId());
        assertThat(grants.audienceWords()).contains(grants.audience().value());

        grants.create();
        assertThat(grants.client().errorProperty().get()).isNotEmpty();
        assertThat(grants.scopes().field().errorProperty().get()).isNotEmpty();

        grants.startFor(clientId);
        grants.type().set("client_credentials");
        assertThat(grants.typeWordsProperty().get()).contains("server-to-server");
        grants.scopes().select(List.of("read:accounts", "write:billing"));
        assertThat(grants.scopeWords()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("read:accounts").contains("change nothing"))
                .anySatisfy(line -> assertThat(line).startsWith("write:billing").contains("Create and change"));
        grants.create();
        List<ClientGrant> onServer = sandbox.client().clientGrants().list(null, clientId);
        assertThat(onServer).singleElement().satisfies(grant -> {
            assertThat(grant.scope()).containsExactlyInAnyOrder("read:accounts", "write:billing");
            assertThat(grant.type().value()).isEqualTo("client_credentials");
            assertThat(grant.audience()).endsWith("/accounts/" + sandbox.session().partnerId());
        });
        assertThat(grants.scopes().selected()).as("the form starts over").isEmpty();

        grants.clientFilterProperty().set(clientId);
        assertThat(grants.grants()).singleElement();
        test.dialogs.confirmAnswer = true;
        grants.delete(grants.grants().get(0));
        assertThat(grants.grants()).isEmpty();
        assertThat(sandbox.client().clientGrants().list(null, clientId)).isEmpty();
    }

    @Test
    void signingKeysAreListedWithTheirKidAndCopyableJson() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ApiClientsViewModel model = shown(test);
        SigningKeysViewModel keys = model.keys();
        assertThat(keys.keys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.kid()).isNotBlank();
            assertThat(key.alg()).isNotBlank();
        });
        Jwk first = keys.keys().get(0);
        assertThat(keys.json(first)).contains("\"kid\"").contains(first.kid()).contains(first.alg());
        assertThat(keys.keysUrlProperty().get()).endsWith("/accounts/" + sandbox.session().partnerId() + "/auth/keys");
    }
}
