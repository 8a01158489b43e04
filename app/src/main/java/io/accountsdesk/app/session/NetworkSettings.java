package io.accountsdesk.app.session;

import io.accountsdesk.client.Network;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the user set for this computer's network: the environment's {@code HTTPS_PROXY} / {@code NO_PROXY} and a
 * corporate CA file ({@code --ca-file} or {@value #CA_FILE_VARIABLE}). Read into a {@link Network} each time a session
 * opens, so a wrong setting is reported there, in the sign-in's words, and a corrected file counts at the next try.
 *
 * @param env    the process environment (a test's own map)
 * @param caFile a PEM file of CAs to trust besides the platform's, or {@code null}
 */
public record NetworkSettings(Map<String, String> env, Path caFile) {

    public static final String CA_FILE_VARIABLE = "ACCOUNTS_DESK_CA_FILE";

    public NetworkSettings {
        env = Map.copyOf(env);
    }

    /** Nothing set: the JDK's and OS's proxy settings and the platform's CAs. */
    public static NetworkSettings platform() {
        return new NetworkSettings(Map.of(), null);
    }

    /**
     * @throws io.accountsdesk.client.http.NetworkSettingsException when the proxy address or the CA file cannot be
     *                                                              used
     */
    public Network network() {
        return Network.from(env, caFile);
    }

    /** The environment holds proxy settings and perhaps passwords in them: none of it is shown. */
    @Override
    public String toString() {
        return "NetworkSettings[caFile=" + caFile + "]";
    }
}
