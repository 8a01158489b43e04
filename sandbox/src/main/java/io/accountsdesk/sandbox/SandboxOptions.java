package io.accountsdesk.sandbox;

import io.accountsdesk.sandbox.http.FaultPlan;

import dev.dirs.ProjectDirectories;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a sandbox. Immutable; start from {@link #defaults()} and change what matters:
 * {@code SandboxOptions.defaults().withPort(0).withDataDir(dir).withReset(true).withAccounts(50)}.
 *
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir  where the H2 database lives; null means the per-user default, see {@link #defaultDataDir()}
 * @param reset    wipe the database and generate the demo data again
 * @param accounts how many demo accounts to generate (only when generating)
 * @param seed     seed of the demo data; the same seed and count give identical accounts and credentials
 * @param tokenTtl lifetime of issued access tokens
 * @param faults   faults to inject (latency, 5xx, 429 bursts, drops, truncation); see {@link FaultPlan}
 * @param liveMode seed a production-mode partner ({@code P12300000}, sub-accounts with P ids and
 *                 {@code livemode: true}) instead of the test-mode {@code T12300000}, to rehearse production
 *                 behaviour. A data directory holds one mode: opening it in the other fails unless {@code reset}.
 */
public record SandboxOptions(int port, Path dataDir, boolean reset, int accounts, long seed, Duration tokenTtl,
                             FaultPlan faults, boolean liveMode) {

    public static final int DEFAULT_ACCOUNTS = 250;
    public static final long DEFAULT_SEED = 20_261_031L;
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(1);
    /** Far above any demo need; keeps a typo like 10000000 from filling the disk. */
    public static final int MAX_ACCOUNTS = 1_000_000;

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (accounts < 0 || accounts > MAX_ACCOUNTS) {
            throw new IllegalArgumentException("accounts must be between 0 and " + MAX_ACCOUNTS + ", not " + accounts);
        }
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        if (tokenTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("tokenTtl must be at least one second, not " + tokenTtl);
        }
        faults = faults == null ? FaultPlan.none() : faults;
    }

    /** Test mode: the options as they were before {@code liveMode} existed. */
    public SandboxOptions(int port, Path dataDir, boolean reset, int accounts, long seed, Duration tokenTtl,
                          FaultPlan faults) {
        this(port, dataDir, reset, accounts, seed, tokenTtl, faults, false);
    }

    /** Any free port, the per-user data directory, 250 accounts, the fixed seed, one-hour tokens, test mode. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, null, false, DEFAULT_ACCOUNTS, DEFAULT_SEED, DEFAULT_TOKEN_TTL, null, false);
    }

    /**
     * The per-user data directory of Accounts Desk for test mode (e.g. {@code ~/.local/share/accountsdesk/sandbox}
     * on Linux). Resolved lazily: on some platforms directories-jvm asks the OS, which is not free.
     */
    public static Path defaultDataDir() {
        return defaultDataDir(false);
    }

    /**
     * The per-user data directory for a mode: {@code sandbox} for test mode, {@code sandbox-live} beside it for live
     * mode, so switching modes without {@code --data-dir} never meets the other mode's data.
     */
    public static Path defaultDataDir(boolean liveMode) {
        return Path.of(ProjectDirectories.from("io", "accountsdesk", "Accounts Desk").dataDir,
                liveMode ? "sandbox-live" : "sandbox");
    }

    /** The data directory to use: the given one, or the per-user default of this mode. */
    public Path resolvedDataDir() {
        return dataDir != null ? dataDir : defaultDataDir(liveMode);
    }

    public SandboxOptions withPort(int port) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withDataDir(Path dataDir) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withReset(boolean reset) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withAccounts(int accounts) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withSeed(long seed) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withTokenTtl(Duration tokenTtl) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    public SandboxOptions withFaults(FaultPlan faults) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }

    /** Seed a production-mode (P) partner instead of the test-mode (T) one; see {@link #liveMode()}. */
    public SandboxOptions withLiveMode(boolean liveMode) {
        return new SandboxOptions(port, dataDir, reset, accounts, seed, tokenTtl, faults, liveMode);
    }
}
