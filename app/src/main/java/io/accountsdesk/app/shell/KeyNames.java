package io.accountsdesk.app.shell;

import javafx.scene.input.KeyCombination;

/** Key combinations as this platform writes them ("Ctrl+K" on Linux and Windows, "⌘K" on macOS). */
final class KeyNames {

    private KeyNames() {
    }

    static String describe(String shortcut) {
        if (shortcut == null || shortcut.isBlank()) {
            return "";
        }
        if (shortcut.length() == 1) {
            return shortcut; // a typed character ("?"), not a key combination
        }
        try {
            return KeyCombination.valueOf(shortcut).getDisplayText();
        } catch (IllegalArgumentException unreadable) {
            return shortcut;
        }
    }
}
