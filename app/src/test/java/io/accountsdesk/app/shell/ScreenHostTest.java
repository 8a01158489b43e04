package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;

/** Screens are made on first visit, told when they show and hide, and disposed together. No toolkit needed. */
class ScreenHostTest {

    private final List<String> log = new ArrayList<>();

    private final class Recording implements Screen {
        private final String name;

        Recording(String name) {
            this.name = name;
            log.add("make " + name);
        }

        @Override
        public Node view() {
            return null;
        }

        @Override
        public void activate(Place place) {
            log.add("activate " + place);
        }

        @Override
        public void deactivate() {
            log.add("deactivate " + name);
        }

        @Override
        public void dispose() {
            log.add("dispose " + name);
        }

        @Override
        public List<AppAction> actions() {
            return List.of(AppAction.of(name + ".act", "nav.accounts", null, null, () -> { }));
        }
    }

    @Test
    void screensAreMadeLazilyReusedAndDisposedOnce(@TempDir Path dataDir, @TempDir Path configDir) {
        ScreenRegistry registry = new ScreenRegistry();
        registry.register(new ScreenRegistration(new ScreenDescriptor("accounts", "nav.accounts", Feather.USERS,
                null, true), services -> new Recording("list")));
        registry.register(new ScreenRegistration(new ScreenDescriptor("account", "nav.account", Feather.USER,
                null, false), services -> new Recording("page")));
        try (TestSandbox sandbox = TestSandbox.start(dataDir, 1)) {
            ActionRegistry actions = new ActionRegistry();
            List<Node> shown = new ArrayList<>();
            ScreenHost host = new ScreenHost(registry, TestServices.of(sandbox.session(), configDir).services,
                    actions, shown::add);

            host.open(Place.of("accounts"));
            assertThat(host.made()).containsOnlyKeys("accounts");
            assertThat(actions.screenActions()).extracting(AppAction::id).containsExactly("list.act");

            host.open(Place.of("account", "id", "T00000001"));
            host.open(Place.of("account", "id", "T00000002"));
            host.open(Place.of("accounts"));
            host.disposeAll();

            assertThat(log).containsExactly(
                    "make list", "activate accounts",
                    "deactivate list", "make page", "activate account?id=T00000001",
                    "activate account?id=T00000002",
                    "deactivate page", "activate accounts",
                    "deactivate list", "dispose list", "dispose page");
            assertThat(shown).as("a screen's view is put up when it arrives, not on every activation").hasSize(3);
            assertThat(actions.screenActions()).isEmpty();
        }
    }
}
