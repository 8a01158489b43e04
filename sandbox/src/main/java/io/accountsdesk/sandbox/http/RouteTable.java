package io.accountsdesk.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every operation the sandbox serves, as (method, path template) → handler, plus the rules that path
 * parameters must satisfy wherever they appear (the seed gives {@code oid}, {@code aid}… one pattern each).
 * Routes are protected by default; {@link #open} marks the few that need no token.
 */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, ParamRule> paramRules = new LinkedHashMap<>();

    private record ParamRule(Pattern pattern, String message) {
    }

    /** What the table says about one method + path. */
    public sealed interface Lookup {
        record Found(Route route, Map<String, String> pathParams) implements Lookup {
        }

        record MethodNotAllowed(String template, List<String> allowed) implements Lookup {
        }

        record NotFound() implements Lookup {
        }
    }

    public RouteTable param(String name, Pattern pattern, String message) {
        paramRules.put(name, new ParamRule(pattern, message));
        return this;
    }

    public RouteTable add(String method, String template, Handler handler) {
        return add(method, template, false, handler);
    }

    public RouteTable open(String method, String template, Handler handler) {
        return add(method, template, true, handler);
    }

    private RouteTable add(String method, String template, boolean open, Handler handler) {
        PathTemplate path = PathTemplate.of(template);
        for (Route r : routes) {
            if (r.method().equals(method) && r.template().equals(path)) {
                throw new IllegalArgumentException("Duplicate route " + method + " " + template);
            }
        }
        routes.add(new Route(method, path, open, handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** @param path the path below {@code /v1}, split into decoded segments */
    public Lookup resolve(String method, List<String> path) {
        PathTemplate best = null;
        for (Route r : routes) {
            if (r.template().match(path).isPresent() && (best == null || r.template().compareSpecificity(best) > 0)) {
                best = r.template();
            }
        }
        if (best == null) {
            return new Lookup.NotFound();
        }
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            if (r.template().equals(best)) {
                if (r.method().equals(method)) {
                    return new Lookup.Found(r, best.match(path).orElseThrow());
                }
                allowed.add(r.method());
            }
        }
        return new Lookup.MethodNotAllowed(best.toString(), List.copyOf(allowed));
    }

    /** Path parameters that break their rule, each named with location {@code path}. */
    public List<FieldError> validate(Map<String, String> pathParams) {
        List<FieldError> errors = new ArrayList<>();
        pathParams.forEach((name, value) -> {
            ParamRule rule = paramRules.get(name);
            if (rule != null && !rule.pattern().matcher(value).matches()) {
                errors.add(FieldError.path(name, rule.message()));
            }
        });
        return errors;
    }
}
