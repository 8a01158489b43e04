package io.accountsdesk.client.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which proxy, if any, each call goes through. In order:
 * <ol>
 *   <li>a loopback host (the embedded or a standalone sandbox) goes direct, always: no proxy can reach this
 *       computer's loopback, and a proxy in between would see the sandbox's secrets;</li>
 *   <li>when {@code HTTPS_PROXY} (or {@code https_proxy}) is set, every other host goes through it, except those
 *       {@code NO_PROXY} (or {@code no_proxy}) names;</li>
 *   <li>otherwise the JDK's default selector decides, which honours {@code -Dhttps.proxyHost} and, with {@code
 *       java.net.useSystemProxies=true} (the app sets it), the operating system's proxy settings.</li>
 * </ol>
 * Credentials in the proxy's address ({@code http://user:password@proxy:3128}) are kept apart in {@link
 * #credentials()}, for a 407's answer; they never appear in {@link #toString()} or an error message.
 */
public final class ProxyRoutes extends ProxySelector {

    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final Proxy proxy;
    private final String shownProxy;
    private final NoProxyRules noProxy;
    private final ProxySelector fallback;
    private final ProxyCredentials credentials;

    private ProxyRoutes(Proxy proxy, String shownProxy, NoProxyRules noProxy, ProxySelector fallback,
                        ProxyCredentials credentials) {
        this.proxy = proxy;
        this.shownProxy = shownProxy;
        this.noProxy = noProxy;
        this.fallback = fallback;
        this.credentials = credentials;
    }

    /**
     * No variables: loopback direct, everything else as the JDK's default selector says, looked up at each call (so
     * a default set after this was made, or by {@code java.net.useSystemProxies}, counts).
     */
    public static ProxyRoutes system() {
        return new ProxyRoutes(null, null, NoProxyRules.NONE, null, null);
    }

    /**
     * From {@code https_proxy} / {@code HTTPS_PROXY} and {@code no_proxy} / {@code NO_PROXY} in {@code env} (lower
     * case first, as curl reads them); without a proxy variable, {@code fallback} decides ({@code null}: the JDK's
     * default at each call).
     *
     * @throws NetworkSettingsException when the proxy variable holds no usable proxy address
     */
    public static ProxyRoutes fromEnvironment(Map<String, String> env, ProxySelector fallback) {
        String variable = firstSet(env, "https_proxy", "HTTPS_PROXY");
        if (variable == null) {
            return new ProxyRoutes(null, null, NoProxyRules.NONE, fallback, null);
        }
        String noProxyVariable = firstSet(env, "no_proxy", "NO_PROXY");
        NoProxyRules rules = NoProxyRules.parse(noProxyVariable == null ? null : env.get(noProxyVariable));
        return parse(variable, env.get(variable).strip(), rules, fallback);
    }

    private static ProxyRoutes parse(String variable, String text, NoProxyRules rules, ProxySelector fallback) {
        String shown = variable + "=" + masked(text);
        String withScheme = text.contains("://") ? text : "http://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException malformed) {
            throw invalid(shown, "it is not an address (" + malformed.getReason() + ")", malformed);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type = switch (scheme) {
            case "http" -> Proxy.Type.HTTP;
            case "socks", "socks5", "socks5h" -> Proxy.Type.SOCKS;
            case "https" -> throw invalid(shown, "a proxy reached over https:// is not supported; use the proxy's"
                    + " http:// address (calls to the API stay encrypted through it)", null);
            default -> throw invalid(shown, "the scheme " + scheme + ":// is not a proxy's", null);
        };
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid(shown, "it names no host, its port is not a number, or its user name or password holds a"
                    + " character that must be escaped (@ as %40, : as %3A, / as %2F)", null);
        }
        int port = uri.getPort() == -1 ? (type == Proxy.Type.HTTP ? 80 : 1080) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid(shown, "the port " + port + " is out of range", null);
        }
        ProxyCredentials credentials = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            if (type != Proxy.Type.HTTP) {
                throw invalid(shown, "a user name and password are only supported for an http:// proxy", null);
            }
            int colon = userInfo.indexOf(':');
            try {
                credentials = new ProxyCredentials(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
                        colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
            } catch (IllegalArgumentException badEscape) {
                throw invalid(shown, "its user name or password has a % not followed by two hex digits", null);
            }
        }
        Proxy proxy = new Proxy(type, InetSocketAddress.createUnresolved(host, port));
        return new ProxyRoutes(proxy, scheme + "://" + host + ":" + port, rules, fallback, credentials);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || isLoopback(host)) {
            return DIRECT;
        }
        if (proxy != null) {
            return noProxy.excepts(host, port(uri)) ? DIRECT : List.of(proxy);
        }
        ProxySelector delegate = fallback != null ? fallback : ProxySelector.getDefault();
        if (delegate == null || delegate == this) {
            return DIRECT;
        }
        List<Proxy> chosen = delegate.select(uri);
        return chosen == null || chosen.isEmpty() ? DIRECT : chosen;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        if (proxy == null) {
            ProxySelector delegate = fallback != null ? fallback : ProxySelector.getDefault();
            if (delegate != null && delegate != this) {
                delegate.connectFailed(uri, address, failure);
            }
        }
    }

    /** The proxy's user name and password, when its address carried them. */
    public Optional<ProxyCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * Loopback by name ({@code localhost}, {@code *.localhost}) or by address written out; any other name is not
     * resolved to decide, since DNS could answer anything.
     */
    static boolean isLoopback(String host) {
        String name = NoProxyRules.bare(host);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+") && !name.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** The address with whatever stands before its {@code @} (user and password) replaced, for messages. */
    static String masked(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return text;
        }
        int schemeEnd = text.indexOf("://");
        String scheme = schemeEnd >= 0 && schemeEnd < at ? text.substring(0, schemeEnd + 3) : "";
        return scheme + "***" + text.substring(at);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static NetworkSettingsException invalid(String shown, String detail, Throwable cause) {
        return new NetworkSettingsException(NetworkSettingsException.Problem.PROXY_ADDRESS, shown, detail, cause);
    }

    @Override
    public String toString() {
        return proxy == null ? "ProxyRoutes[loopback direct, else the system's]"
                : "ProxyRoutes[loopback direct, " + (noProxy == NoProxyRules.NONE ? "" : noProxy + " direct, ")
                        + "else " + shownProxy
                        + (credentials == null ? "" : " with credentials") + "]";
    }
}
