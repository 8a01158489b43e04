package io.accountsdesk.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payment connections with a believable history: an application, a signature, a review and the provider's answer,
 * spread over the weeks after the account was created. The connection's status is always its last event's.
 * Each provider's JSON uses only keys that the seed's example shows for that provider.
 */
final class ConnectionGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Which providers merchants in each country apply for, and how often (relative weights). */
    private static final Map<Country, List<String>> PROVIDERS = Map.of(
            Country.NO, List.of("vipps", "klarna", "bambora", "payex", "collector", "instabank"),
            Country.SE, List.of("swish", "klarna", "bambora", "payex", "collector"),
            Country.DK, List.of("klarna", "bambora", "payex", "collector"),
            Country.FI, List.of("klarna", "bambora", "collector", "payex"));
    private static final Map<Country, int[]> PROVIDER_WEIGHTS = Map.of(
            Country.NO, new int[] {10, 6, 5, 3, 3, 3},
            Country.SE, new int[] {10, 7, 4, 3, 4},
            Country.DK, new int[] {6, 7, 4, 2},
            Country.FI, new int[] {6, 5, 5, 3});

    private static final Map<String, String> DISPLAY = Map.of(
            "vipps", "Vipps", "swish", "Swish", "klarna", "Klarna", "bambora", "Bambora", "payex", "PayEx",
            "collector", "Collector", "instabank", "Instabank");

    private static final List<String> DECLINE_REASONS = List.of(
            "the industry is outside the provider's risk appetite",
            "beneficial owner information is missing",
            "the organisation number was not found in the business register",
            "the web shop lacks terms and conditions");
    private static final List<String> FAILURE_REASONS = List.of(
            "the bank account could not be verified",
            "the signing session expired",
            "the provider did not answer in time");

    private final DemoRandom r;
    private final DemoCompany company;
    private final DemoPerson applicant;
    private final Instant accountCreatedAt;
    private final String createdBy;

    ConnectionGenerator(DemoRandom r, DemoCompany company, DemoPerson applicant, Instant accountCreatedAt, String createdBy) {
        this.r = r;
        this.company = company;
        this.applicant = applicant;
        this.accountCreatedAt = accountCreatedAt;
        this.createdBy = createdBy;
    }

    List<GeneratedConnection> generate(String progression) {
        int count = switch (progression) {
            case "live" -> r.weighted(List.of(1, 2, 3, 4), 25, 35, 25, 15);
            case "applied" -> r.weighted(List.of(0, 1, 2), 35, 45, 20);
            case "frozen" -> r.weighted(List.of(1, 2, 3), 40, 40, 20);
            default -> r.weighted(List.of(0, 1, 2, 3), 25, 35, 25, 15);
        };
        List<String> available = new ArrayList<>(PROVIDERS.get(company.country()));
        List<Integer> weights = new ArrayList<>();
        for (int w : PROVIDER_WEIGHTS.get(company.country())) {
            weights.add(w);
        }
        List<GeneratedConnection> connections = new ArrayList<>();
        for (int i = 0; i < count && !available.isEmpty(); i++) {
            int chosen = r.weighted(indexes(available.size()), weights.stream().mapToInt(Integer::intValue).toArray());
            String provider = available.remove(chosen);
            weights.remove(chosen);
            GeneratedConnection connection = connection(provider, targetStatus(progression));
            if (connection != null) {
                connections.add(connection);
            }
        }
        return connections;
    }

    private static List<Integer> indexes(int size) {
        List<Integer> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        return list;
    }

    private String targetStatus(String progression) {
        List<String> statuses = List.of("enabled", "pending", "declined", "failed");
        return switch (progression) {
            case "live" -> r.weighted(statuses, 72, 12, 10, 6);
            case "applied" -> r.weighted(statuses, 12, 70, 12, 6);
            case "frozen" -> r.weighted(statuses, 60, 15, 15, 10);
            default -> r.weighted(statuses, 40, 15, 30, 15);
        };
    }

    private record Event(Instant at, String by, String status, String event, String description) {
    }

    /** Null when the application would only start after the demo's "now". */
    private GeneratedConnection connection(String provider, String target) {
        String display = DISPLAY.get(provider);
        // Merchants apply within two weeks of sign-up; a brand-new account applies within the time it has had.
        long window = Math.min(14 * 24 * 60, Duration.between(accountCreatedAt, DemoDataGenerator.ANCHOR).toMinutes() * 9 / 10);
        Instant t = accountCreatedAt.plus(Duration.ofMinutes(r.between(5L, Math.max(5L, window))));
        if (!t.isBefore(DemoDataGenerator.ANCHOR)) {
            return null;
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event(t, applicant.email(), "pending", "signup_submitted", display + " application submitted"));
        List<Event> planned = new ArrayList<>();
        if (target.equals("failed") && r.chance(0.4)) {
            planned.add(new Event(null, provider, "failed", "signup_failed", "Signup failed: " + r.pick(FAILURE_REASONS)));
        } else {
            planned.add(new Event(null, provider, "pending", "signature_required", display + " awaiting signature"));
            planned.add(new Event(null, provider, "pending", "under_review", display + " is reviewing the application"));
            switch (target) {
                case "enabled" -> planned.add(new Event(null, provider, "enabled", "approved", "Approved by " + display));
                case "declined" -> planned.add(new Event(null, provider, "declined", "declined",
                        display + " declined the application: " + r.pick(DECLINE_REASONS)));
                case "failed" -> planned.add(new Event(null, provider, "failed", "signup_failed",
                        "Signup failed: " + r.pick(FAILURE_REASONS)));
                default -> {
                    // Still pending: the application stops somewhere along the way.
                    planned.subList(r.between(0, planned.size()), planned.size()).clear();
                }
            }
        }
        for (Event step : planned) {
            t = t.plus(Duration.ofMinutes(r.between(6 * 60, 9 * 24 * 60)));
            if (!t.isBefore(DemoDataGenerator.ANCHOR)) {
                break; // the provider has not answered yet
            }
            events.add(new Event(t, step.by(), step.status(), step.event(), step.description()));
        }
        Event last = events.get(events.size() - 1);
        String status = last.status();
        boolean enabled = status.equals("enabled");
        List<String> options = paymentOptions(provider);
        Instant decidedAt = events.size() > 1 && !status.equals("pending") ? last.at() : null;

        ObjectNode json = F.objectNode();
        json.put("created_at", DemoDataGenerator.ts(events.get(0).at()));
        json.put("created_by", createdBy);
        json.put("updated_at", DemoDataGenerator.ts(last.at()));
        json.putObject("metadata");
        json.put("status", status);
        ArrayNode history = json.putArray("events");
        for (Event e : events) {
            history.addObject()
                    .put("id", r.uuid().toString())
                    .put("created_at", DemoDataGenerator.ts(e.at()))
                    .put("created_by", e.by())
                    .put("status", e.status())
                    .put("event", e.event())
                    .put("description", e.description());
        }
        json.put("schema", 1);
        if (enabled) {
            json.set("configuration", configuration(provider, options));
        }
        addSignup(json, provider, options, events.get(0).at(), decidedAt);
        return new GeneratedConnection(provider, status, events.get(0).at(), last.at(), enabled ? last.at() : null,
                enabled ? options : List.of(), json);
    }

    private List<String> paymentOptions(String provider) {
        return switch (provider) {
            case "vipps" -> List.of("vipps");
            case "swish" -> List.of("swish.swish");
            case "klarna" -> r.chance(0.3) ? List.of("klarna.klarna", "klarna.billie") : List.of("klarna.klarna");
            case "bambora" -> List.of("bambora.creditcard");
            case "payex" -> List.of("payex.creditcard");
            case "collector" -> List.of("collector.invoice");
            case "instabank" -> r.chance(0.5) ? List.of("instabank.invoice", "instabank.finance") : List.of("instabank.invoice");
            default -> throw new IllegalArgumentException(provider);
        };
    }

    private ArrayNode options(List<String> types, boolean withCurrencies) {
        ArrayNode array = F.arrayNode();
        for (String type : types) {
            ObjectNode option = array.addObject();
            if (withCurrencies) {
                option.putArray("currencies").add(company.country().currency);
            }
            option.put("type", type);
        }
        return array;
    }

    private ObjectNode configuration(String provider, List<String> types) {
        ObjectNode c = F.objectNode();
        c.set("payment_options", options(types, true));
        switch (provider) {
            case "vipps" -> c.put("merchant_name", company.displayName()).put("merchant_serial_number", r.digits(6));
            case "swish" -> c.put("swish_number", "123" + r.digits(7));
            case "klarna" -> c.putArray("credentials").addObject()
                    .put("case_id", r.uuid().toString())
                    .put("merchant_id", "K" + r.digits(6))
                    .put("username", "PK" + r.digits(5) + "_" + r.digits(12));
            case "bambora" -> c.put("merchant_number", "P" + r.digits(8));
            case "payex" -> c.put("payee_id", r.uuid().toString());
            case "collector" -> c.put("username", NordicWords.ascii(company.displayName()) + "-dintero")
                    .put("store_id", r.between(100, 99_999))
                    .put("country", company.country().code());
            case "instabank" -> {
                ObjectNode codes = c.putObject("payment_product_codes");
                if (types.contains("instabank.finance")) {
                    codes.put("instabank.finance", "630");
                }
                codes.put("instabank.invoice", "632");
                c.put("organization_number", company.organizationNumber());
            }
            default -> throw new IllegalArgumentException(provider);
        }
        return c;
    }

    private void addSignup(ObjectNode json, String provider, List<String> types, Instant submittedAt, Instant decidedAt) {
        switch (provider) {
            case "vipps" -> {
                ObjectNode s = json.putObject("signup");
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                s.put("id", r.uuid().toString());
                callback(s, decidedAt);
                s.put("expires_at", DemoDataGenerator.ts(submittedAt.plus(Duration.ofDays(30))));
            }
            case "swish", "collector" -> {
                ObjectNode s = json.putObject("signup");
                companySignup(s);
                s.set("payment_options", options(types, true));
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                callback(s, decidedAt);
            }
            case "payex" -> {
                ObjectNode s = json.putObject("signup");
                s.put("business_name", company.displayName());
                s.put("legal_name", company.businessName());
                s.put("organization_number", company.organizationNumber());
                contact(s.putObject("applicant_contact"), applicant);
                contact(s.putObject("accounting_contact"), applicant);
                s.put("bank_name", company.bankName());
                s.put("account_number", company.iban());
                s.put("website", company.website());
                s.set("payment_options", options(types, true));
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                callback(s, decidedAt);
            }
            case "klarna" -> {
                ObjectNode s = json.putArray("signups").addObject();
                s.put("case_id", r.uuid().toString());
                s.set("payment_options", options(types, true));
                s.put("price_package", "EU_DINTERO_PP00" + r.between(1, 3));
                s.put("mcc", Integer.parseInt(company.industry().merchantCategoryCode));
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                callback(s, decidedAt);
            }
            case "bambora" -> {
                ObjectNode s = json.putObject("signup");
                s.set("payment_options", options(types, true));
                ArrayNode storeType = s.putArray("store_type").add("online");
                if (!company.industry().ships || r.chance(0.3)) {
                    storeType.add("physical");
                }
                ObjectNode revenue = s.putObject("revenue");
                String cur = company.country().currency;
                revenue.put("currency", cur);
                revenue.put("yearly_revenue", r.pick(List.of("100.000-250.000 ", "250.000-1.000.000 ", "1.000.000-5.000.000 ")) + cur);
                revenue.put("highest_transaction_amount", r.pick(List.of("500-1000 ", "1000-5000 ", "5000-10000 ")) + cur);
                revenue.put("average_amount", r.pick(List.of("100-250 ", "250-500 ", "500-1000 ")) + cur);
                revenue.put("accept_prepaid", r.chance(0.7));
                revenue.put("subscriptions_or_memberships", r.chance(0.15));
                revenue.put("gift_cards", r.chance(0.4));
                s.put("bank_name", company.bankName());
                s.put("account_number", company.iban());
                s.putObject("applicant").put("phone_number", applicant.phoneNumber());
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                callback(s, decidedAt);
            }
            case "instabank" -> {
                ObjectNode s = json.putObject("signup");
                s.put("email", applicant.email());
                s.put("phone_number", applicant.phoneNumber());
                int transactions = r.between(200, 20_000);
                int ticket = company.industry().typicalTicketNok * r.between(2, 6);
                s.put("total_number_of_transactions", Integer.toString(transactions));
                s.put("total_volume_of_transactions", Long.toString((long) transactions * ticket));
                s.put("finance_number_of_transactions", Integer.toString(transactions / 10));
                s.put("finance_volume_of_transactions", Long.toString((long) transactions / 10 * ticket * 3));
                s.put("industry", company.industry().label);
                s.put("account_number", company.iban().substring(4));
                s.set("payment_options", options(types, false));
                s.put("created_at", DemoDataGenerator.ts(submittedAt));
                callback(s, decidedAt);
            }
            default -> throw new IllegalArgumentException(provider);
        }
    }

    private void companySignup(ObjectNode s) {
        s.put("business_name", company.displayName());
        s.put("legal_name", company.businessName());
        s.put("organization_number", company.organizationNumber());
        s.put("bank_name", company.bankName());
        s.put("account_number", company.iban());
        s.put("website", company.website());
    }

    private static void contact(ObjectNode node, DemoPerson person) {
        node.put("name", person.fullName()).put("phone_number", person.phoneNumber()).put("email", person.email());
    }

    private static void callback(ObjectNode signup, Instant decidedAt) {
        if (decidedAt != null) {
            signup.put("callback_at", DemoDataGenerator.ts(decidedAt));
        }
    }
}
