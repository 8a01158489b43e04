package io.accountsdesk.app.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {

    private final ActionRegistry registry = new ActionRegistry();
    private final List<String> ran = new ArrayList<>();

    @Test
    void theScreensActionsComeFirstAndAreReplacedWhenTheScreenChanges() {
        registry.addGlobal(AppAction.of("palette.open", "palette.open", "Shortcut+K", null, () -> ran.add("palette")));
        registry.setScreenActions(List.of(AppAction.of("accounts.reload", "accounts.reload", "F5", null,
                () -> ran.add("reload list"))));
        assertThat(registry.available()).extracting(AppAction::id).containsExactly("accounts.reload", "palette.open");

        registry.setScreenActions(List.of(AppAction.of("account.reload", "account.reload", "F5", null,
                () -> ran.add("reload account"))));
        registry.find("account.reload").orElseThrow().runIfEnabled();
        assertThat(registry.find("accounts.reload")).isEmpty();
        assertThat(ran).containsExactly("reload account");
    }

    @Test
    void aDisabledActionDoesNotRunAndAnIdIsRegisteredOnce() {
        SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
        AppAction delete = AppAction.of("account.delete", "account.delete", null, null, () -> ran.add("delete"))
                .enabledWhen(enabled);
        assertThat(delete.runIfEnabled()).isFalse();
        enabled.set(true);
        assertThat(delete.runIfEnabled()).isTrue();
        assertThat(ran).containsExactly("delete");

        registry.addGlobal(delete);
        assertThatThrownBy(() -> registry.addGlobal(delete)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenersOnTheListsHearEveryChange() {
        List<String> heard = new ArrayList<>();
        ListChangeListener<AppAction> listener = change -> heard.add("changed");
        registry.screenActions().addListener(listener);
        System.gc(); // a view made per call would be collected here, and the listener with it
        registry.setScreenActions(List.of(AppAction.of("a", "a", null, null, () -> { })));
        registry.setScreenActions(List.of());
        assertThat(heard).hasSize(2);
        assertThat(registry.globalActions()).isSameAs(registry.globalActions());
    }
}
