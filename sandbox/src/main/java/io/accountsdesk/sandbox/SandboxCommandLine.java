package io.accountsdesk.sandbox;

import io.accountsdesk.sandbox.http.FaultPlan;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The standalone sandbox's command line, parsed without side effects so it can be tested. */
public final class SandboxCommandLine {

    public static final int DEFAULT_PORT = 8080;

    static final String USAGE = """
            Usage: java -jar sandbox-standalone.jar [options]

            Runs the Accounts Desk sandbox: Dintero's Accounts API emulated on 127.0.0.1 with demo data.

            Options:
              --port N          port on 127.0.0.1 (default %d; 0 = any free port)
              --data-dir DIR    where the database lives (default %s)
              --reset           delete the data and generate it again
              --live            seed a production-mode partner P12300000 (P account ids, livemode true) instead of
                                the test-mode T12300000, to rehearse production; a data directory holds one mode,
                                so switching an existing one needs --reset (the default directory is per mode)
              --accounts N      demo accounts to generate (default %d, at most %d)
              --seed S          seed of the demo data, a whole number (default %d)
              --token-ttl SEC   lifetime of access tokens in seconds (default %d)
              --faults SPEC      inject faults, e.g. "error=0.2; route=/accounts/*/management/accounts,latency=300ms;
                                burst429=3,every=20,retry_after=2; drop=0.02; truncate=0.02; seed=7" (see README)
              --help            show this help
            """;

    private SandboxCommandLine() {
    }

    /** What the command line asks for: run with options, show help, or refuse with a message. */
    public sealed interface Parsed {
        record Run(SandboxOptions options) implements Parsed {
        }

        record Help() implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }

    public static String usage() {
        return USAGE.formatted(DEFAULT_PORT, "the per-user data directory", SandboxOptions.DEFAULT_ACCOUNTS,
                SandboxOptions.MAX_ACCOUNTS, SandboxOptions.DEFAULT_SEED, SandboxOptions.DEFAULT_TOKEN_TTL.toSeconds());
    }

    public static Parsed parse(List<String> args) {
        SandboxOptions options = SandboxOptions.defaults().withPort(DEFAULT_PORT);
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help", "-h" -> {
                        return new Parsed.Help();
                    }
                    case "--reset" -> {
                        if (value != null) {
                            return new Parsed.Invalid("--reset takes no value");
                        }
                        options = options.withReset(true);
                    }
                    case "--live" -> {
                        if (value != null) {
                            return new Parsed.Invalid("--live takes no value");
                        }
                        options = options.withLiveMode(true);
                    }
                    case "--port", "--data-dir", "--accounts", "--seed", "--token-ttl", "--faults" -> {
                        if (value == null) {
                            if (i + 1 >= args.size()) {
                                return new Parsed.Invalid(name + " needs a value");
                            }
                            value = args.get(++i);
                        }
                        options = apply(options, name, value);
                    }
                    default -> {
                        return new Parsed.Invalid("Unknown option: " + arg);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return new Parsed.Invalid(e.getMessage());
        }
        return new Parsed.Run(options);
    }

    private static SandboxOptions apply(SandboxOptions options, String name, String value) {
        return switch (name) {
            case "--port" -> options.withPort(integer(name, value, 0, 65_535));
            case "--accounts" -> options.withAccounts(integer(name, value, 0, SandboxOptions.MAX_ACCOUNTS));
            case "--faults" -> options.withFaults(FaultPlan.parse(value));
            case "--token-ttl" -> options.withTokenTtl(Duration.ofSeconds(integer(name, value, 1, Integer.MAX_VALUE)));
            case "--seed" -> {
                try {
                    yield options.withSeed(Long.parseLong(value.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--seed must be a whole number, not '" + value + "'");
                }
            }
            case "--data-dir" -> {
                try {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--data-dir needs a directory");
                    }
                    yield options.withDataDir(Path.of(value));
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException("--data-dir is not a valid path: " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException("Unknown option: " + name);
        };
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
