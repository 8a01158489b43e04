package io.accountsdesk.app;

import javafx.application.Application;

/**
 * The {@code java -jar} entry point. It must not extend {@link Application}: on the class path, the JavaFX launcher
 * refuses to start an Application subclass as the main class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        try {
            LaunchOptions.parse(java.util.List.of(args), System.getenv());
        } catch (LaunchOptions.InvalidOptionException invalid) {
            System.err.println(invalid.getMessage());
            System.err.println();
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        Application.launch(AccountsDeskApp.class, args);
    }
}
