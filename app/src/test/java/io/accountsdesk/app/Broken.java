package io.accountsdesk.app;

import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.ui.FormGrid;
import javafx.scene.control.Label;

/** Classes written to break the architecture rules, so {@link ArchitectureTest} can show each rule still bites. */
final class Broken {

    private Broken() {
    }

    /** A view model that holds a scene-graph node. */
    static final class LeakyViewModel {
        final Label label = null;
    }

    /** A view model that reaches the scene graph through a control of ui-components. */
    static final class SceneThroughAControlViewModel {
        FormGrid grid() {
            return null;
        }
    }

    /** A class that keeps a secret in the OS keychain by itself, around the one door that decides what may be kept. */
    static final class KeychainAroundTheDoor {
        void keep() throws Exception {
            com.github.javakeyring.Keyring.create().setPassword("accounts-desk", "note", "secret");
        }
    }

    /** A static service locator: state that would outlive any session. */
    static final class StaticLocator {
        static TaskRunner tasks;
        static int counter;
    }
}
