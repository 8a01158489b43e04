package io.accountsdesk.sandbox.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static final Handler OK = r -> Response.rawJson(200, "{}");

    private static List<String> path(String p) {
        return PathTemplate.split(p);
    }

    @Test
    void literalSegmentsWinOverParameters() {
        RouteTable table = new RouteTable()
                .add("GET", "/accounts/{oid}/auth/{thing}", OK)
                .add("GET", "/accounts/{oid}/auth/keys", OK);
        RouteTable.Lookup lookup = table.resolve("GET", path("/accounts/T123/auth/keys"));
        assertThat(lookup).isInstanceOf(RouteTable.Lookup.Found.class);
        assertThat(((RouteTable.Lookup.Found) lookup).route().template().toString()).isEqualTo("/accounts/{oid}/auth/keys");
        assertThat(((RouteTable.Lookup.Found) lookup).pathParams()).isEqualTo(Map.of("oid", "T123"));
    }

    @Test
    void knownPathWithOtherMethodListsTheAllowedOnes() {
        RouteTable table = new RouteTable()
                .add("GET", "/accounts/{oid}/management/accounts", OK)
                .add("POST", "/accounts/{oid}/management/accounts", OK);
        RouteTable.Lookup lookup = table.resolve("DELETE", path("/accounts/T123/management/accounts"));
        assertThat(lookup).isEqualTo(new RouteTable.Lookup.MethodNotAllowed("/accounts/{oid}/management/accounts", List.of("GET", "POST")));
        assertThat(table.resolve("GET", path("/accounts/T123/management"))).isInstanceOf(RouteTable.Lookup.NotFound.class);
    }

    @Test
    void pathParametersAreCheckedAgainstTheirRules() {
        RouteTable table = new RouteTable().param("aid", Pattern.compile("^[PT]\\d{8}$"), "must be an account id");
        assertThat(table.validate(Map.of("aid", "T12345678", "other", "x"))).isEmpty();
        assertThat(table.validate(Map.of("aid", "T1"))).containsExactly(FieldError.path("aid", "must be an account id"));
    }

    @Test
    void duplicateRoutesAreRefused() {
        RouteTable table = new RouteTable().add("GET", "/a/{x}", OK);
        assertThatThrownBy(() -> table.add("GET", "/a/{x}", OK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryArraysAcceptRepeatsAndCommas() {
        QueryParams q = QueryParams.parse("connection=vipps,klarna&connection=swish&connection=&search=a%20b&x");
        assertThat(q.list("connection")).containsExactly("vipps", "klarna", "swish");
        assertThat(q.all("search")).containsExactly("a b");
        assertThat(q.has("x")).isTrue();
        assertThat(q.list("missing")).isEmpty();
    }
}
