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
        // Before anything touches the network: the JDK reads this once, when its default proxy selector is made, and
        // then follows the OS's proxy settings (the client's own HTTPS_PROXY handling comes first; see ProxyRoutes).
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (args.length > 0 && args[0].equals("import")) {
            // Bulk onboarding without the window: no toolkit is started.
            System.exit(io.accountsdesk.app.onboarding.bulk.ImportCommand.run(
                    java.util.List.of(args).subList(1, args.length), System.getenv(), System.out, System.err));
        }
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
