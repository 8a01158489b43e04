package io.accountsdesk.client.http;

/**
 * A proxy or certificate setting that cannot be used, found when a session is opened: the message says which setting
 * and what is wrong with it, never a credential it held. {@link #problem()} and {@link #subject()} let a UI say the
 * same in its own language.
 */
public final class NetworkSettingsException extends IllegalArgumentException {

    /** What is wrong. */
    public enum Problem {
        /** A proxy variable's value is not a proxy address this client can use. */
        PROXY_ADDRESS,
        /** The CA file does not exist or is not a file. */
        CA_FILE_MISSING,
        /** The CA file could not be read, or holds something that is not a certificate. */
        CA_FILE_UNREADABLE,
        /** The CA file holds no certificate at all. */
        CA_FILE_EMPTY
    }

    private final Problem problem;
    private final String subject;
    private final String detail;

    /**
     * @param subject the setting, as the user gave it (a proxy address with its password masked, a file's path)
     * @param detail  why it cannot be used, in a few words
     */
    public NetworkSettingsException(Problem problem, String subject, String detail, Throwable cause) {
        super(message(problem, subject, detail), cause);
        this.problem = problem;
        this.subject = subject;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    private static String message(Problem problem, String subject, String detail) {
        return switch (problem) {
            case PROXY_ADDRESS -> "The proxy " + subject + " cannot be used: " + detail
                    + ". Set it as http://host:port or http://user:password@host:port.";
            case CA_FILE_MISSING -> "The CA file " + subject + " does not exist: " + detail
                    + ". Give the path of a PEM file with your organisation's CA certificates.";
            case CA_FILE_UNREADABLE -> "The CA file " + subject + " could not be read: " + detail
                    + ". It must hold PEM certificates (-----BEGIN CERTIFICATE-----).";
            case CA_FILE_EMPTY -> "The CA file " + subject + " holds no certificate: " + detail
                    + ". It must hold PEM certificates (-----BEGIN CERTIFICATE-----).";
        };
    }
}
