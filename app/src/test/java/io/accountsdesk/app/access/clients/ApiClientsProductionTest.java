package io.accountsdesk.app.access.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.http.ApiException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a production (P) partner: deleting a grant or a client takes the client id typed, and a secret not yet
 * confirmed as stored is not silently replaced by the next one.
 */
class ApiClientsProductionTest {

    @Test
    void deletingTakesTheClientIdTypedAndAnUnstoredSecretIsNotLostSilently(@TempDir Path dataDir,
                                                                          @TempDir Path configDir) {
        try (TestSandbox sandbox = TestSandbox.startLive(dataDir, 1)) {
            var client = sandbox.session().client();
            TestServices test = TestServices.of(sandbox.session(), configDir);
            ApiClientsViewModel model = new ApiClientsViewModel(test.services);
            model.activate(Place.of(ApiClientsViewModel.SCREEN));
            model.startCreate();
            model.name().set("Live integration");
            model.create();
            String clientId = model.secret().clientIdProperty().get();

            test.dialogs.typedAnswer = clientId;
            test.dialogs.confirmAnswer = false;
            model.rotate();
            assertThat(test.dialogs.of("confirm")).singleElement()
                    .satisfies(asked -> assertThat(asked.message()).contains("Live integration"));
            assertThat(test.dialogs.of("typed")).as("kept the secret on show: nothing rotated").isEmpty();
            assertThat(model.secret().clientIdProperty().get()).isEqualTo(clientId);
            model.secret().stored();

            GrantsViewModel grants = model.grants();
            grants.startFor(clientId);
            grants.scopes().select(List.of("read:accounts"));
            grants.create();
            test.dialogs.typedAnswer = "wrong";
            grants.delete(grants.grants().get(0));
            assertThat(client.clientGrants().list(null, clientId)).hasSize(1);
            test.dialogs.typedAnswer = clientId;
            grants.delete(grants.grants().get(0));
            assertThat(client.clientGrants().list(null, clientId)).isEmpty();

            String id = model.selectedProperty().get().id();
            test.dialogs.typedAnswer = "Live integration";
            model.delete();
            assertThat(client.clients().get(id)).isNotNull();
            test.dialogs.typedAnswer = clientId;
            model.delete();
            assertThat(test.dialogs.of("typed")).extracting(io.accountsdesk.app.ScriptedDialogs.Shown::word).containsOnly(clientId);
            assertThatThrownBy(() -> client.clients().get(id)).isInstanceOf(ApiException.NotFound.class);
        }
    }
}
