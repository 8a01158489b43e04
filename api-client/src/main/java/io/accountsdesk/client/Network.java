package io.accountsdesk.client;

import io.accountsdesk.client.http.CorporateCa;
import io.accountsdesk.client.http.ProxyCredentials;
import io.accountsdesk.client.http.ProxyRoutes;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.util.Map;

/**
 * How calls reach the server on this computer's network: through which proxy, answering its 407 with which
 * credentials, and trusting which certificate authorities.
 *
 * @param proxies          chooses a proxy per call; {@code null}: {@link ProxyRoutes#system()}
 * @param proxyCredentials answers a proxy's Basic challenge, or {@code null} for none
 * @param trustManager     the CAs a server's certificate must chain to, or {@code null} for the platform's own
 */
public record Network(ProxySelector proxies, ProxyCredentials proxyCredentials,
                      javax.net.ssl.X509TrustManager trustManager) {

    public Network {
        proxies = proxies == null ? ProxyRoutes.system() : proxies;
    }

    /** Loopback direct, the JDK's (and so the OS's) proxy settings otherwise, and the platform's CAs. */
    public static Network system() {
        return new Network(null, null, null);
    }

    /**
     * From the environment's {@code HTTPS_PROXY} / {@code NO_PROXY} (see {@link ProxyRoutes}) and, when {@code
     * caFile} is given, the platform's CAs plus that PEM file's.
     *
     * @throws io.accountsdesk.client.http.NetworkSettingsException when the proxy address or the file cannot be used
     */
    public static Network from(Map<String, String> env, Path caFile) {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(env, null);
        return new Network(routes, routes.credentials().orElse(null),
                caFile == null ? null : CorporateCa.platformPlus(caFile));
    }

    @Override
    public String toString() {
        return "Network[" + proxies + ", proxyCredentials=" + (proxyCredentials == null ? "none" : "<redacted>")
                + ", trust=" + (trustManager == null ? "platform" : "platform plus a CA file") + "]";
    }
}
