package io.accountsdesk.client.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts {@code NO_PROXY} sends direct, read as curl and most tools read it: a comma (or space) separated list of
 * host names, domain suffixes ({@code example.com} and {@code .example.com} both cover {@code api.example.com} and
 * {@code example.com} itself), IP addresses written out, each optionally with {@code :port}; {@code *} alone covers
 * every host. Address ranges (CIDR) are not understood.
 */
public final class NoProxyRules {

    /** No host is excepted. */
    public static final NoProxyRules NONE = new NoProxyRules(List.of(), false);

    private record Rule(String domain, int port) {
        boolean matches(String host, int requestPort) {
            boolean hostMatches = host.equals(domain) || host.endsWith("." + domain);
            return hostMatches && (port < 0 || port == requestPort);
        }
    }

    private final List<Rule> rules;
    private final boolean everything;

    private NoProxyRules(List<Rule> rules, boolean everything) {
        this.rules = rules;
        this.everything = everything;
    }

    public static NoProxyRules parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        boolean everything = false;
        for (String entry : text.strip().split("[,\\s]+")) {
            String rule = entry.strip().toLowerCase(Locale.ROOT);
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.equals("*")) {
                everything = true;
                continue;
            }
            int port = -1;
            if (rule.startsWith("[")) {
                int close = rule.indexOf(']');
                if (close > 0 && rule.startsWith(":", close + 1)) {
                    port = port(rule.substring(close + 2));
                }
                rule = close > 0 ? rule.substring(1, close) : rule.substring(1);
            } else if (rule.indexOf(':') > 0 && rule.indexOf(':') == rule.lastIndexOf(':')) {
                port = port(rule.substring(rule.indexOf(':') + 1));
                rule = rule.substring(0, rule.indexOf(':'));
            }
            while (rule.startsWith("*.") || rule.startsWith(".")) {
                rule = rule.substring(rule.startsWith("*.") ? 2 : 1);
            }
            if (!rule.isEmpty()) {
                rules.add(new Rule(rule, port));
            }
        }
        return new NoProxyRules(List.copyOf(rules), everything);
    }

    /** Whether a request to {@code host} (a name or an address, IPv6 with or without brackets) on {@code port} goes direct. */
    public boolean excepts(String host, int port) {
        if (everything) {
            return true;
        }
        String name = bare(host);
        return rules.stream().anyMatch(rule -> rule.matches(name, port));
    }

    static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notAPort) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return everything ? "NoProxyRules[*]" : "NoProxyRules" + rules;
    }
}
