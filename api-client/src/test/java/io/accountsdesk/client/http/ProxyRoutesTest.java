package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which calls go through which proxy: the sandbox on loopback always direct, {@code HTTPS_PROXY} with its {@code
 * NO_PROXY} exceptions when set, the JDK's (system) selector otherwise. Seen failing: with {@code select} making the
 * loopback check only when {@code HTTPS_PROXY} is set (so the system selector decides for the sandbox too), {@link
 * #loopbackGoesDirectWhateverTheSettings} fails.
 */
class ProxyRoutesTest {

    private static final URI DINTERO = URI.create("https://api.dintero.com/v1/accounts");

    /** A system selector that names one proxy for everything, and remembers what it was asked. */
    private static final class RecordingSelector extends ProxySelector {
        final List<URI> asked = new ArrayList<>();
        final List<URI> failed = new ArrayList<>();
        final Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("system-proxy", 8080));

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            failed.add(uri);
        }
    }

    @Test
    void httpsProxyIsUsedWithItsHostAndPort() {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp.example:3128"), null);

        assertThat(routes.select(DINTERO)).containsExactly(
                new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.example", 3128)));
        assertThat(routes.credentials()).isEmpty();
    }

    @Test
    void lowerCaseVariableWinsAndSchemeAndPortHaveDefaults() {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(Map.of("https_proxy", "lower:3128", "HTTPS_PROXY",
                "http://upper:3128"), null);
        assertThat(address(routes.select(DINTERO))).isEqualTo("lower:3128");

        assertThat(address(ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy"), null).select(DINTERO)))
                .isEqualTo("proxy:80");
        List<Proxy> socks = ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "socks5://gateway"), null)
                .select(DINTERO);
        assertThat(socks.get(0).type()).isEqualTo(Proxy.Type.SOCKS);
        assertThat(address(socks)).isEqualTo("gateway:1080");
    }

    @Test
    void credentialsAreTakenFromTheAddressDecodedAndNeverShown() {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(
                Map.of("HTTPS_PROXY", "http://corp%5Calice:s3cr%40t:x@proxy:3128"), null);

        assertThat(routes.credentials()).contains(new ProxyCredentials("corp\\alice", "s3cr@t:x"));
        assertThat(routes.toString()).doesNotContain("s3cr").contains("proxy:3128");
        assertThat(routes.credentials().orElseThrow().toString()).doesNotContain("s3cr");
    }

    @Test
    void noProxyNamesHostsDomainsWithOrWithoutLeadingDotAndPorts() {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:3128",
                "NO_PROXY", " intranet.example , .corp.example,*.lab.example  10.1.2.3,gateway.example:8443"), null);

        assertThat(routes.select(URI.create("https://intranet.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://api.intranet.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://corp.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://deep.api.corp.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://x.lab.example/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://10.1.2.3/v1"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://gateway.example:8443/v1"))).containsExactly(Proxy.NO_PROXY);

        assertThat(address(routes.select(URI.create("https://gateway.example/v1")))).isEqualTo("proxy:3128");
        assertThat(address(routes.select(URI.create("https://notintranet.example/v1")))).isEqualTo("proxy:3128");
        assertThat(address(routes.select(URI.create("https://10.1.2.30/v1")))).isEqualTo("proxy:3128");
        assertThat(address(routes.select(DINTERO))).isEqualTo("proxy:3128");
    }

    @Test
    void noProxyStarSendsEverythingDirectAndLowerCaseWins() {
        assertThat(ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:3128", "NO_PROXY", "*"), null)
                .select(DINTERO)).containsExactly(Proxy.NO_PROXY);
        assertThat(ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:3128", "no_proxy", "dintero.com",
                "NO_PROXY", "other.example"), null).select(DINTERO)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void loopbackGoesDirectWhateverTheSettings() {
        RecordingSelector system = new RecordingSelector();
        List<ProxyRoutes> all = List.of(ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:3128"), system),
                ProxyRoutes.fromEnvironment(Map.of(), system));
        for (ProxyRoutes routes : all) {
            for (String url : List.of("http://127.0.0.1:8080/v1", "http://127.9.9.9/v1", "http://[::1]:8080/v1",
                    "http://localhost:8080/v1", "http://sandbox.localhost/v1", "https://LOCALHOST/v1")) {
                assertThat(routes.select(URI.create(url))).as(url).containsExactly(Proxy.NO_PROXY);
            }
        }
        assertThat(system.asked).isEmpty();
        // A name is not resolved to decide: only addresses written out, and localhost, count as this computer.
        assertThat(all.get(1).select(URI.create("http://localhost.evil.example/v1")))
                .containsExactly(system.proxy);
    }

    @Test
    void withoutTheVariableTheSystemSelectorDecides() {
        RecordingSelector system = new RecordingSelector();
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(Map.of("NO_PROXY", "dintero.com"), system);

        assertThat(routes.select(DINTERO)).containsExactly(system.proxy);
        assertThat(system.asked).containsExactly(DINTERO);
        routes.connectFailed(DINTERO, InetSocketAddress.createUnresolved("system-proxy", 8080), new IOException("x"));
        assertThat(system.failed).containsExactly(DINTERO);
    }

    @Test
    void theDefaultSelectorIsAskedAtEachCall() {
        ProxySelector before = ProxySelector.getDefault();
        RecordingSelector system = new RecordingSelector();
        try {
            ProxyRoutes routes = ProxyRoutes.system();
            ProxySelector.setDefault(system);
            assertThat(routes.select(DINTERO)).containsExactly(system.proxy);
        } finally {
            ProxySelector.setDefault(before);
        }
    }

    @Test
    void aMalformedProxyAddressSaysWhatIsWrongWithoutThePassword() {
        for (String bad : List.of("http://user:pa55word@", "http://proxy:notaport", "ftp://proxy:21",
                "https://proxy:3128", "http://proxy:99999", "http://user:pa55word@proxy:3128 extra",
                "socks5://user:pa55word@gateway:1080", "http://user:pa55%zzword@proxy:3128")) {
            assertThatThrownBy(() -> ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", bad), null)).as(bad)
                    .isInstanceOfSatisfying(NetworkSettingsException.class, e -> {
                        assertThat(e.problem()).isEqualTo(NetworkSettingsException.Problem.PROXY_ADDRESS);
                        assertThat(e.subject()).startsWith("HTTPS_PROXY=");
                        assertThat(e.getMessage()).contains("cannot be used").contains("http://host:port")
                                .doesNotContain("pa55");
                    });
        }
    }

    private static String address(List<Proxy> proxies) {
        assertThat(proxies).hasSize(1);
        InetSocketAddress address = (InetSocketAddress) proxies.get(0).address();
        return address.getHostString() + ":" + address.getPort();
    }
}
