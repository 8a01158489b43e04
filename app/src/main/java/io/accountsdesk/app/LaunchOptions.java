package io.accountsdesk.app;

import dev.dirs.ProjectDirectories;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.preferences.ThemeChoice;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line options and environment variables. The client secret is read only from the environment, never from
 * the command line, where other users of the machine could see it in the process list.
 *
 * @param environment    where to sign in at start, or {@code null} for the default (the sandbox)
 * @param sandboxDataDir the embedded sandbox's data directory, or {@code null} for the OS default
 * @param startupProbe   measure the start: print one line once the first page of accounts shows, then exit
 * @param open           the place to open once signed in ({@code account?id=T12345678&tab=connections}), or
 *                       {@code null} for the first screen
 * @param benchScenario  {@code memory} or {@code stalls}: run that measured script and exit (bench/memory-and-stalls.sh);
 *                       {@code null} normally
 * @param caFile         a PEM file of CA certificates to trust besides the platform's ({@code --ca-file} or
 *                       {@code ACCOUNTS_DESK_CA_FILE}), or {@code null}
 */
public record LaunchOptions(
        Environment environment,
        String baseUrl,
        String partnerId,
        String clientId,
        String clientSecret,
        Path sandboxDataDir,
        int sandboxAccounts,
        boolean resetSandbox,
        FaultPlan sandboxFaults,
        boolean sandboxProduction,
        Locale locale,
        ThemeChoice theme,
        Path configDir,
        Path draftsDir,
        boolean startupProbe,
        Place open,
        String benchScenario,
        Path caFile) {

    public static final String USAGE = """
            Usage: accounts-desk [options]

            With no options the app starts the local sandbox with demo data and signs in to it.

              --env sandbox|test|production|custom   where to sign in at start
              --base-url URL                         API base URL for --env custom (e.g. http://127.0.0.1:8080/v1)
              --partner-id ID                        partner account id, e.g. T12300000
              --client-id ID                         API client id
                                                     (the secret comes from ACCOUNTS_DESK_CLIENT_SECRET)
              --sandbox-data-dir DIR                 where the embedded sandbox keeps its database
              --sandbox-accounts N                   demo accounts to generate in a new sandbox (default 250)
              --reset-sandbox                        rebuild the sandbox's demo data
              --sandbox-production                   the sandbox serves a production partner (P12300000): rehearse
                                                     production (red banner, typed confirmations) on local data
              --sandbox-faults SPEC                  make the sandbox misbehave on purpose, to practise or test error
                                                     handling, e.g. "error=0.3; latency=500ms" (see sandbox/README.md)
              --lang en|nb                           language (default: the system's)
              --theme light|dark|system              theme for this run
              --config-dir DIR                       where settings are kept (and, when given, the drafts too)
              --open PLACE                           open this place once signed in, e.g. "account?id=T12345678&tab=events"
                                                     or "accounts?search=bakeri&connection=vipps"
              --startup-probe                        measure the start: once the first page of accounts shows, print
                                                     "startup-probe ready_ms=MS rows=N" (MS since the process
                                                     started) and exit; if it fails or takes over 120 s, print
                                                     "startup-probe failed reason=WHY" and exit with status 1
              --bench-scenario memory|stalls         drive the app through a measured script, print BENCH lines
                                                     and exit (see bench/memory-and-stalls.sh)
              --ca-file PATH                         also trust the CA certificates in this PEM file (a company
                                                     proxy that inspects HTTPS); the platform's stay trusted
              --help                                 show this text

            Environment variables: ACCOUNTS_DESK_ENV, ACCOUNTS_DESK_BASE_URL, ACCOUNTS_DESK_PARTNER_ID,
            ACCOUNTS_DESK_CLIENT_ID, ACCOUNTS_DESK_CLIENT_SECRET, ACCOUNTS_DESK_CA_FILE (as --ca-file).
            Proxies: HTTPS_PROXY (http://host:port or http://user:password@host:port) and NO_PROXY, or else the
            system's proxy settings; the local sandbox is always reached directly.
            """;

    /** Thrown for options that cannot be understood; the message says which. */
    public static final class InvalidOptionException extends IllegalArgumentException {
        public InvalidOptionException(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        Environment environment = environment(env.get("ACCOUNTS_DESK_ENV"));
        String baseUrl = env.get("ACCOUNTS_DESK_BASE_URL");
        String partnerId = env.get("ACCOUNTS_DESK_PARTNER_ID");
        String clientId = env.get("ACCOUNTS_DESK_CLIENT_ID");
        String clientSecret = env.get("ACCOUNTS_DESK_CLIENT_SECRET");
        Path dataDir = null;
        int accounts = 250;
        boolean reset = false;
        FaultPlan faults = FaultPlan.none();
        boolean sandboxProduction = false;
        Locale locale = null;
        ThemeChoice theme = null;
        Path configDir = null;
        boolean startupProbe = false;
        Place open = null;
        String benchScenario = null;
        String caFileVariable = env.get(io.accountsdesk.app.session.NetworkSettings.CA_FILE_VARIABLE);
        Path caFile = caFileVariable == null || caFileVariable.isBlank() ? null : Path.of(caFileVariable.strip());

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--env" -> environment = environment(value(args, ++i, arg));
                case "--base-url" -> baseUrl = value(args, ++i, arg);
                case "--partner-id" -> partnerId = value(args, ++i, arg);
                case "--client-id" -> clientId = value(args, ++i, arg);
                case "--sandbox-data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--sandbox-accounts" -> accounts = positive(value(args, ++i, arg), arg);
                case "--reset-sandbox" -> reset = true;
                case "--sandbox-faults" -> faults = faults(value(args, ++i, arg));
                case "--sandbox-production" -> sandboxProduction = true;
                case "--lang" -> locale = Locale.forLanguageTag(value(args, ++i, arg));
                case "--theme" -> theme = themeChoice(value(args, ++i, arg));
                case "--config-dir" -> configDir = Path.of(value(args, ++i, arg));
                case "--startup-probe" -> startupProbe = true;
                case "--open" -> open = place(value(args, ++i, arg));
                case "--bench-scenario" -> benchScenario = benchScenario(value(args, ++i, arg));
                case "--ca-file" -> caFile = Path.of(value(args, ++i, arg));
                case "--client-secret" -> throw new InvalidOptionException(
                        "--client-secret is not accepted on the command line; set ACCOUNTS_DESK_CLIENT_SECRET instead.");
                default -> throw new InvalidOptionException("Unknown option: " + arg);
            }
        }
        // Drafts hold what users typed (personal data): the OS's per-user data folder, not the settings folder. A
        // --config-dir given on the command line (tests, a portable set-up) keeps both together in it.
        Path draftsDir;
        if (configDir == null) {
            ProjectDirectories directories = ProjectDirectories.from("io", "accountsdesk", "Accounts Desk");
            configDir = Path.of(directories.configDir);
            draftsDir = Path.of(directories.dataDir, "drafts");
        } else {
            draftsDir = configDir.resolve("drafts");
        }
        return new LaunchOptions(environment, blankToNull(baseUrl), blankToNull(partnerId), blankToNull(clientId),
                blankToNull(clientSecret), dataDir, accounts, reset, faults, sandboxProduction, locale, theme, configDir,
                draftsDir, startupProbe, open, benchScenario, caFile);
    }

    @Override
    public String toString() {
        return "LaunchOptions[environment=" + environment + ", baseUrl=" + baseUrl + ", partnerId=" + partnerId
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>")
                + ", sandboxDataDir=" + sandboxDataDir + ", sandboxAccounts=" + sandboxAccounts
                + ", resetSandbox=" + resetSandbox + ", sandboxFaults=" + sandboxFaults
                + ", sandboxProduction=" + sandboxProduction + ", locale=" + locale + ", theme=" + theme
                + ", configDir=" + configDir + ", startupProbe=" + startupProbe + ", open=" + open
                + ", benchScenario=" + benchScenario + ", caFile=" + caFile + "]";
    }

    private static Place place(String text) {
        try {
            return Place.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new InvalidOptionException("--open: " + bad.getMessage());
        }
    }

    private static String benchScenario(String name) {
        if (!io.accountsdesk.app.diagnostics.BenchDriver.SCENARIOS.contains(name)) {
            throw new InvalidOptionException("--bench-scenario: use one of "
                    + String.join(", ", io.accountsdesk.app.diagnostics.BenchDriver.SCENARIOS) + ", not '" + name + "'.");
        }
        return name;
    }

    private static FaultPlan faults(String spec) {
        try {
            return FaultPlan.parse(spec);
        } catch (IllegalArgumentException bad) {
            throw new InvalidOptionException("--sandbox-faults: " + bad.getMessage());
        }
    }

    /** Enough was given to sign in without asking. */
    public boolean hasCredentials() {
        return partnerId != null && clientId != null && clientSecret != null;
    }

    /** The environment to use for credentials given without {@code --env}: the partner id's letter decides. */
    public Environment credentialEnvironment() {
        if (environment != null && environment != Environment.SANDBOX) {
            return environment;
        }
        if (baseUrl != null) {
            return Environment.CUSTOM;
        }
        return partnerId != null && partnerId.startsWith("P") ? Environment.PRODUCTION : Environment.TEST;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new InvalidOptionException(option + " needs a value.");
        }
        return args.get(index);
    }

    private static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message below
        }
        throw new InvalidOptionException(option + " needs a positive whole number, not '" + text + "'.");
    }

    private static Environment environment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Environment.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidOptionException("Unknown environment '" + text + "': use sandbox, test, production or custom.");
        }
    }

    private static ThemeChoice themeChoice(String text) {
        try {
            return ThemeChoice.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidOptionException("Unknown theme '" + text + "': use light, dark or system.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
