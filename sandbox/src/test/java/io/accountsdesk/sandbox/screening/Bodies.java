package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;

import java.util.ArrayList;
import java.util.List;

/** Request bodies and error helpers for the screening tests, written as a client would send them. */
public final class Bodies {

    private Bodies() {
    }

    public static ObjectNode object() {
        return Api.JSON.createObjectNode();
    }

    public static ObjectNode matchAddress(String line, String city, String postalCode, String country) {
        ObjectNode a = object();
        a.put("address_line", line);
        a.put("city", city);
        a.put("postal_code", postalCode);
        a.put("country", country);
        return a;
    }

    /** A MATCH merchant at an address, with optional principals ("First Last"). */
    public static ObjectNode matchMerchant(String businessName, ObjectNode address, String... principals) {
        ObjectNode m = object();
        m.put("business_name", businessName);
        m.set("address", address);
        ArrayNode list = m.putArray("principals");
        for (String p : principals) {
            String[] names = p.split(" ", 2);
            list.addObject().put("first_name", names[0]).put("last_name", names[1]);
        }
        return m;
    }

    /** A MATCH search body limited to {@code countries} (alpha-3). */
    public static ObjectNode matchSearch(ObjectNode merchant, String... countries) {
        ObjectNode body = object();
        body.set("merchant", merchant);
        ObjectNode criteria = body.putObject("search_criteria");
        criteria.put("search_all", "N");
        ArrayNode list = criteria.putArray("country");
        for (String c : countries) {
            list.add(c);
        }
        return body;
    }

    public static ObjectNode terminate(ObjectNode merchant, String reason) {
        ObjectNode body = object();
        body.set("merchant", merchant);
        ObjectNode termination = body.putObject("termination");
        termination.put("termination_reason", reason);
        termination.put("agreement_start_date", "2021-03-01");
        termination.put("agreement_termination_date", "2025-02-28");
        termination.put("comment", "Chargeback ratio above 1.5 % for three months");
        return body;
    }

    public static ObjectNode vmssSearch(String legalName, String dba, String street, String city, String zip,
                                        String country) {
        ObjectNode merchant = object();
        ObjectNode address = merchant.putObject("address");
        address.put("city", city);
        address.put("countryOrRegion", country);
        address.put("streetAddress", street);
        address.put("zipOrPostalCode", zip);
        merchant.put("DBAName", dba);
        merchant.put("legalName", legalName);
        merchant.put("category", "1");
        merchant.put("tradeOverInternet", false);
        ObjectNode body = object();
        body.set("merchant", merchant);
        return body;
    }

    /** The error body's {@code errors[]} fields at {@code location}, after checking the error's shape. */
    public static List<String> errorFields(Api.Reply reply, int status, String location) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        JsonNode error = reply.json().get("error");
        if (error == null || !error.path("message").isTextual() || error.path("message").asText().isBlank()) {
            throw new AssertionError("No error message in " + reply.body());
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode e : error.path("errors")) {
            if (e.path("message").asText().isBlank()) {
                throw new AssertionError("An error without a message in " + reply.body());
            }
            if (location == null || e.path("location").asText().equals(location)) {
                fields.add(e.path("field").asText());
            }
        }
        return fields;
    }
}
