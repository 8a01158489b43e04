package io.accountsdesk.sandbox;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar sandbox-standalone.jar}: runs the sandbox until Ctrl-C and prints how to talk to it.
 * Deliberately no static logger: the logging configuration must be chosen before the first logger exists.
 */
public final class SandboxMain {

    /**
     * The standalone jar's logback configuration. Named so it is never picked up by logback's own
     * lookup of {@code logback.xml}: an app that embeds the sandbox keeps its own configuration.
     */
    static final String LOGBACK_CONFIG = "io/accountsdesk/sandbox/logback-standalone.xml";

    private SandboxMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        SandboxCommandLine.Parsed parsed = SandboxCommandLine.parse(Arrays.asList(args));
        if (parsed instanceof SandboxCommandLine.Parsed.Help) {
            System.out.print(SandboxCommandLine.usage());
            return;
        }
        if (parsed instanceof SandboxCommandLine.Parsed.Invalid invalid) {
            System.err.println(invalid.message());
            System.err.println();
            System.err.print(SandboxCommandLine.usage());
            System.exit(2);
            return;
        }
        SandboxOptions options = ((SandboxCommandLine.Parsed.Run) parsed).options();
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(options);
        } catch (SandboxException e) {
            System.err.println("The sandbox could not start. " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        printBanner(System.out, sandbox);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void printBanner(PrintStream out, Sandbox sandbox) {
        SandboxCredentials c = sandbox.credentials();
        String base = sandbox.baseUrl().toString();
        String account = base + "/accounts/" + c.partnerId();
        out.println();
        out.println("Accounts Desk sandbox is running (" + sandbox.accountCount() + " accounts, data in " + sandbox.dataDir() + ")");
        out.println();
        out.println("  Base URL       " + base);
        out.println("  Partner id     " + c.partnerId() + (c.partnerId().startsWith("P")
                ? "  (production mode: P accounts, livemode true)" : "  (test mode)"));
        out.println("  Client id      " + c.clientId());
        out.println("  Client secret  " + c.clientSecret());
        out.println();
        out.println("Get a token:");
        out.println("  curl -s -u '" + c.clientId() + ":" + c.clientSecret() + "' -H 'Content-Type: application/json' \\");
        out.println("    -d '{\"grant_type\":\"client_credentials\",\"audience\":\"" + account + "\"}' \\");
        out.println("    " + account + "/auth/token");
        out.println("Then list accounts:");
        out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" '" + account + "/management/accounts?limit=5'");
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
