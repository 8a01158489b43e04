package io.accountsdesk.app.shell;

/**
 * One line of the command palette: a screen to jump to, an action to run, a saved view, or an account found on the
 * server.
 *
 * @param detail   a second, quieter text (an account's id and org. number, an action's screen)
 * @param shortcut the key that does the same without the palette, or {@code null}
 */
public record PaletteItem(Kind kind, String title, String detail, String shortcut, Runnable run) {

    public enum Kind { SCREEN, VIEW, ACTION, ACCOUNT }
}
