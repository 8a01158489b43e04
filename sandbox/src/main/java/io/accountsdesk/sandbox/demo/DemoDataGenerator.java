package io.accountsdesk.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountRecord;
import io.accountsdesk.sandbox.accounts.ConnectionState;
import io.accountsdesk.sandbox.http.Json;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Deterministic demo accounts of Nordic merchants under the sandbox partner. Account {@code i} depends only on
 * (seed, i): the same seed and count give byte-identical documents, and batches can be generated in any order.
 */
public final class DemoDataGenerator {

    /**
     * The demo's "now". Fixed rather than the clock, so data is reproducible: created_at, connection histories and
     * the last twelve months of statistics are all laid out before this instant.
     */
    public static final Instant ANCHOR = Instant.parse("2026-10-31T12:00:00Z");
    /** How far back accounts were created. */
    static final Duration HISTORY = Duration.ofDays(3 * 365);

    /** Dintero's account managers in the demo; the list filter by account_manager picks among them. */
    static final List<String> ACCOUNT_MANAGERS = List.of(
            "ingrid.solberg@dintero.com", "magnus.haugen@dintero.com", "sara.lindqvist@dintero.com",
            "emil.dahl@dintero.com", "nora.berg@dintero.com", "jonas.eriksen@dintero.com");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> CASE_STATUSES = List.of("ACTIVE", "DECLINED", "UNDER_MANUAL_REVIEW",
            "AUTOMATIC_REVIEW", "WAITING_FOR_SIGNATURE", "WAITING_FOR_DECLARATION", "WAITING_FOR_DETAILS", "ERROR", "ARCHIVED");
    private static final List<String> CREDIT_RATINGS = List.of("AAA", "AA", "A", "B", "C");

    private final long seed;
    private final DemoPartner partner;
    private final AccountIdSequence ids;

    /** Test-mode data: the T partner and T accounts. */
    public DemoDataGenerator(long seed) {
        this(seed, false);
    }

    /**
     * Data of one mode. Live mode changes the partner (and so its client, the accounts' {@code created_by}), the ids'
     * letter and {@code livemode}; account {@code i} is otherwise the same merchant with the same digits in both
     * modes, so a rehearsal shows data the trainee already knows.
     */
    public DemoDataGenerator(long seed, boolean liveMode) {
        this.seed = seed;
        this.partner = DemoPartner.forSeed(seed, liveMode);
        this.ids = new AccountIdSequence(seed);
    }

    public DemoPartner partner() {
        return partner;
    }

    static String ts(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public List<AccountRecord> generate(int fromIndex, int toIndex) {
        List<AccountRecord> batch = new ArrayList<>(toIndex - fromIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            batch.add(generate(i));
        }
        return batch;
    }

    public AccountRecord generate(int index) {
        DemoRandom r = DemoRandom.forIndex(seed, "account", index);
        String accountId = ids.accountId(partner.partnerId().substring(0, 1), index);

        // Younger accounts are denser: the partner has been growing.
        long ageSeconds = (long) (HISTORY.toSeconds() * Math.pow(r.nextDouble(), 1.4));
        Instant createdAt = ANCHOR.minusSeconds(Math.max(3600, ageSeconds)).truncatedTo(ChronoUnit.SECONDS);
        boolean recent = Duration.between(createdAt, ANCHOR).toDays() < 21;
        String progression = recent
                ? r.weighted(List.of("applied", "live"), 80, 20)
                : r.weighted(List.of("live", "applied", "frozen", "deactivated"), 62, 15, 8, 15);

        Country country = r.weighted(List.of(Country.NO, Country.SE, Country.DK, Country.FI), 45, 25, 15, 15);
        DemoCompany company = company(r, country);
        DemoPerson applicant = person(r, country, company.domain());
        String manager = r.pick(ACCOUNT_MANAGERS);
        String createdBy = partner.client().clientId();

        List<GeneratedConnection> connections =
                new ConnectionGenerator(r, company, applicant, createdAt, createdBy).generate(progression);

        ObjectNode doc = F.objectNode();
        doc.put("id", r.uuid().toString());
        doc.put("created_at", ts(createdAt));
        doc.put("created_by", createdBy);
        doc.put("updated_at", ts(updatedAt(r, createdAt, connections)));
        // Sandbox accounts are never deleted, and none authenticates users through an external identity provider.
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        doc.putNull("jwks");
        String caseStatus = paymentCaseStatus(r, progression);
        doc.put("payment_case_status", caseStatus);

        int ticket = (int) Math.round(company.industry().typicalTicketNok * country.unitsPerNok * (0.7 + 0.6 * r.nextDouble()));
        long yearly = Math.round(ticket * (double) r.between(800, 60_000));
        doc.put("projected_sales", Long.toString(roundTo(yearly, 10_000)));
        doc.put("average_transaction_value", Integer.toString(Math.max(1, ticket)));
        doc.put("merchant_category_code", company.industry().merchantCategoryCode);
        doc.put("delivery_timeline", company.industry().ships ? r.pick(List.of("P0W", "P1W", "P1W", "P2W", "P4W")) : "P0W");
        long mostExpensive = Math.round(company.industry().mostExpensiveNok * country.unitsPerNok * (0.6 + 0.8 * r.nextDouble()));
        doc.put("most_expensive_product_price", Long.toString(Math.max(1, roundTo(mostExpensive, 10))));
        doc.put("gift_card_revenue_percentage", Integer.toString(r.weighted(List.of(0, 2, 5, 10), 50, 25, 15, 10)));
        String rating = r.weighted(CREDIT_RATINGS, 10, 25, 40, 18, 7);
        doc.put("credit_rating", rating);
        if (r.chance(0.6)) {
            doc.put("prev_credit_rating", r.chance(0.7) ? rating : neighbour(r, rating));
        } else {
            doc.putNull("prev_credit_rating");
        }
        doc.put("currency", country.currency);

        String saleChannel = r.weighted(List.of("DIRECT", "INBOUND", "PARTNER", "REFERRAL"), 35, 30, 25, 10);
        doc.set("applicant", applicantJson(r, applicant, createdAt, saleChannel));
        doc.set("company", companyJson(r, company, yearly, ticket, mostExpensive));
        doc.set("billing", billingJson(r, company, applicant));
        ObjectNode subscription = doc.putObject("subscription");
        subscription.put("interval", r.chance(0.85) ? "month" : "year");
        subscription.put("plan", "transaction_fee");
        subscription.put("support", "office_hours");
        subscription.putObject("metadata");

        doc.put("account_id", accountId);
        doc.put("partner_id", partner.partnerId());
        doc.put("livemode", partner.liveMode());
        doc.put("active", progression.equals("live"));
        doc.put("language_code", country.languageCode);
        doc.put("progression", progression);
        if (saleChannel.equals("PARTNER")) {
            doc.put("reseller_id", "DINTERO_ACCOUNT:" + partner.partnerId().substring(1));
        } else {
            doc.putNull("reseller_id");
        }
        doc.putObject("account_manager").put("email", manager);
        ArrayNode permissions = doc.putArray("permissions");
        if (r.chance(0.35)) {
            permissions.addObject().put("effect", "allow").putArray("action").add("checkout:auto_capture");
        }
        doc.put("sale_channel", saleChannel);
        doc.put("price_package", country.code() + "_DINTERO_PP00" + r.between(1, 4));

        doc.set("statistics", Statistics.generate(r, country, progression, ticket, yearly, connections));
        doc.set("services", servicesJson(r, progression, createdAt, createdBy, manager, connections));

        ObjectNode connectionsJson = doc.putObject("connections");
        List<ConnectionState> states = new ArrayList<>();
        TreeSet<String> enabledOptions = new TreeSet<>();
        for (GeneratedConnection c : connections) {
            connectionsJson.set(c.name(), c.json());
            states.add(new ConnectionState(c.name(), c.status()));
            enabledOptions.addAll(c.paymentOptions());
        }
        Map<String, Integer> paymentCases = new java.util.HashMap<>(Map.of(caseStatus, 1));
        if (progression.equals("live") && r.chance(0.2)) {
            paymentCases.merge("ARCHIVED", 1, Integer::sum); // an earlier case, replaced by the active one
        }
        doc.set("approvals_payments_statuses", caseCounts(paymentCases));
        doc.set("approvals_payout_destinations_statuses", caseCounts(payoutCounts(r, progression)));

        return new AccountRecord(accountId, partner.partnerId(), createdAt, company.businessName(), company.displayName(),
                company.organizationNumber(), country.code(), manager, progression, Json.write(doc), states,
                List.copyOf(enabledOptions));
    }

    private static long roundTo(long value, long step) {
        return Math.max(step, Math.round((double) value / step) * step);
    }

    private static String neighbour(DemoRandom r, String rating) {
        int i = CREDIT_RATINGS.indexOf(rating);
        int j = i == 0 ? 1 : i == CREDIT_RATINGS.size() - 1 ? i - 1 : i + (r.chance(0.5) ? 1 : -1);
        return CREDIT_RATINGS.get(j);
    }

    private static Instant updatedAt(DemoRandom r, Instant createdAt, List<GeneratedConnection> connections) {
        Instant latest = createdAt.plusSeconds(r.between(60, 3600));
        for (GeneratedConnection c : connections) {
            if (c.lastEventAt().isAfter(latest)) {
                latest = c.lastEventAt();
            }
        }
        return latest.isAfter(ANCHOR) ? ANCHOR : latest;
    }

    private static String paymentCaseStatus(DemoRandom r, String progression) {
        return switch (progression) {
            case "live" -> "ACTIVE";
            case "frozen" -> r.weighted(List.of("ACTIVE", "UNDER_MANUAL_REVIEW"), 40, 60);
            case "deactivated" -> r.weighted(List.of("ARCHIVED", "DECLINED"), 60, 40);
            default -> r.weighted(List.of("AUTOMATIC_REVIEW", "UNDER_MANUAL_REVIEW", "WAITING_FOR_SIGNATURE",
                    "WAITING_FOR_DECLARATION", "WAITING_FOR_DETAILS", "ERROR"), 20, 25, 25, 10, 15, 5);
        };
    }

    private static Map<String, Integer> payoutCounts(DemoRandom r, String progression) {
        return switch (progression) {
            case "live" -> r.chance(0.15) ? Map.of("ACTIVE", 1, "WAITING_FOR_SIGNATURE", 1) : Map.of("ACTIVE", 1);
            case "frozen" -> Map.of("ACTIVE", 1);
            case "deactivated" -> Map.of("ARCHIVED", 1);
            default -> r.chance(0.5) ? Map.of("WAITING_FOR_DETAILS", 1) : Map.of();
        };
    }

    private static ObjectNode caseCounts(Map<String, Integer> counts) {
        ObjectNode node = F.objectNode();
        for (String status : CASE_STATUSES) {
            node.put(status, counts.getOrDefault(status, 0));
        }
        return node;
    }

    private static DemoCompany company(DemoRandom r, Country country) {
        Industry industry = r.pick(List.of(Industry.values()));
        NordicPlaces.City city = r.weighted(NordicPlaces.CITIES.get(country),
                NordicPlaces.CITIES.get(country).stream().mapToInt(NordicPlaces.City::weight).toArray());
        String word = industry.word(country);
        String base = switch (r.weighted(List.of(0, 1, 2, 3), 60, 15, 15, 10)) {
            case 0 -> r.pick(NordicWords.NAME_WORDS.get(country)) + " " + word;
            case 1 -> r.pick(NordicWords.NAME_WORDS.get(country));
            case 2 -> r.pick(NordicWords.LAST_NAMES.get(country)) + " " + word;
            default -> city.name().replace(" K", "").replace(" C", "").replace(" N", "") + " " + word;
        };
        String legalForm = switch (country) {
            case NO -> r.weighted(List.of("AS", "ENK"), 90, 10);
            case SE -> "AB";
            case DK -> r.weighted(List.of("ApS", "A/S", "I/S"), 65, 30, 5);
            case FI -> r.weighted(List.of("Oy", "Ky"), 92, 8);
        };
        String businessName = base + " " + legalForm;
        String displayName = r.chance(0.25) ? base + " " + city.name() : base;
        String domain = NordicWords.ascii(base) + "." + country.topLevelDomain;
        return new DemoCompany(country, industry, businessName, displayName, OrgNumbers.generate(country, r),
                r.pick(NordicPlaces.STREETS.get(country)) + " " + r.between(1, 120) + (r.chance(0.15) ? "B" : ""),
                r.pick(city.postalCodes()), city.name(), r.pick(NordicPlaces.BANKS.get(country)),
                Iban.generate(country, r), domain, country.landlineNumber(r));
    }

    private static DemoPerson person(DemoRandom r, Country country, String domain) {
        String first = r.pick(NordicWords.FIRST_NAMES.get(country));
        String last = r.pick(NordicWords.LAST_NAMES.get(country));
        String email = NordicWords.ascii(first) + "." + NordicWords.ascii(last) + "@" + domain;
        return new DemoPerson(first, last, email, country.mobileNumber(r));
    }

    private static ObjectNode address(String line, String line2, String postalCode, String place, Country country) {
        ObjectNode a = F.objectNode();
        a.put("address_line", line);
        a.put("address_line_2", line2);
        a.put("postal_code", postalCode);
        a.put("postal_place", place);
        a.put("country", country.code());
        return a;
    }

    private static ObjectNode applicantJson(DemoRandom r, DemoPerson p, Instant createdAt, String saleChannel) {
        ObjectNode a = F.objectNode();
        a.put("first_name", p.firstName());
        a.put("last_name", p.lastName());
        a.put("email", p.email());
        a.put("phone_number", p.phoneNumber());
        ObjectNode agreement = a.putObject("agreement");
        agreement.put("name", "Dintero Merchant Agreement");
        agreement.put("version", createdAt.isBefore(Instant.parse("2025-06-01T00:00:00Z")) ? "2024.1" : "2025.2");
        agreement.put("personal_guarantee_accepted", r.chance(0.2));
        agreement.putArray("attachments")
                .add(F.objectNode().put("name", "Privacy Policy").put("version", "2024.1"))
                .add(F.objectNode().put("name", "Cookie Policy").put("version", "2023.2"));
        agreement.put("accepted_at", ts(createdAt.minusSeconds(r.between(30, 1800))));
        // Captcha values are only sent when signing up; an account never stores them.
        a.putNull("recaptcha_sitekey");
        a.putNull("recaptcha_response");
        if (r.chance(0.15)) {
            a.put("promo_code", r.pick(List.of("NORDIC2025", "SPRING24", "STARTUP50", "FIRSTYEAR")));
        } else {
            a.putNull("promo_code");
        }
        if (saleChannel.equals("INBOUND")) {
            a.put("signup_reference", "web-" + r.digits(6));
            ObjectNode utm = a.putObject("utm");
            utm.put("utm_source", r.pick(List.of("google", "linkedin", "facebook", "newsletter")));
            utm.put("utm_medium", r.pick(List.of("cpc", "social", "email")));
            utm.put("utm_campaign", r.pick(List.of("checkout_launch", "spring_sale", "nordic_growth")));
            utm.put("utm_term", r.pick(List.of("payment+solution", "nettbutikk+betaling", "checkout")));
            utm.put("utm_content", r.pick(List.of("textlink", "banner", "video")));
        } else {
            a.putNull("signup_reference");
            a.putNull("utm");
        }
        return a;
    }

    private static ObjectNode companyJson(DemoRandom r, DemoCompany c, long yearly, int ticket, long mostExpensive) {
        ObjectNode n = F.objectNode();
        n.put("business_name", c.businessName());
        n.put("display_name", c.displayName());
        n.put("organization_number", c.organizationNumber());
        n.put("industry", c.industry().label);
        n.put("bank_name", c.bankName());
        n.put("account_number", c.iban());
        n.set("address", address(c.addressLine(), null, c.postalCode(), c.city(), c.country()));
        n.put("email", c.email(switch (c.country()) {
            case NO -> "post";
            case SE, FI -> "info";
            case DK -> "kontakt";
        }));
        n.put("technical_email", c.email(r.pick(List.of("it", "tech", "utvikling", "web"))));
        n.put("phone_number", c.phoneNumber());
        n.put("merchant_category_code", c.industry().merchantCategoryCode);
        n.put("average_transaction_value", Integer.toString(Math.max(1, ticket)));
        n.put("most_expensive_product_price", Long.toString(Math.max(1, roundTo(mostExpensive, 10))));
        n.put("projected_sales", Long.toString(roundTo(yearly, 10_000)));
        return n;
    }

    private static ObjectNode billingJson(DemoRandom r, DemoCompany c, DemoPerson applicant) {
        ObjectNode n = F.objectNode();
        n.put("business_name", c.businessName());
        n.put("organization_number", c.organizationNumber());
        if (r.chance(0.2)) {
            n.set("address", address(NordicPlaces.POST_BOX.get(c.country()) + " " + r.between(1, 999), c.addressLine(),
                    c.postalCode(), c.city(), c.country()));
        } else {
            n.set("address", address(c.addressLine(), null, c.postalCode(), c.city(), c.country()));
        }
        n.put("email", c.email(c.country() == Country.FI ? "laskutus" : "faktura"));
        if (r.chance(0.4)) {
            n.put("reference", applicant.fullName());
        } else {
            n.putNull("reference");
        }
        n.put("phone_number", c.phoneNumber());
        return n;
    }

    private static ObjectNode servicesJson(DemoRandom r, String progression, Instant createdAt, String createdBy,
                                           String manager, List<GeneratedConnection> connections) {
        ObjectNode services = F.objectNode();
        boolean anyEnabled = connections.stream().anyMatch(c -> c.enabledAt() != null);
        ObjectNode checkout = services.putObject("checkout");
        ObjectNode features = checkout.putObject("features");
        for (GeneratedConnection c : connections) {
            for (String feature : features(c)) {
                String status = switch (c.status()) {
                    case "enabled" -> "enabled";
                    case "pending" -> "pending";
                    default -> "declined";
                };
                features.set(feature, F.objectNode()
                        .put("created_by", createdBy)
                        .put("created_at", ts(c.firstEventAt()))
                        .put("updated_by", c.status().equals("pending") ? createdBy : manager)
                        .put("updated_at", ts(c.lastEventAt()))
                        .put("requested", "enable")
                        .put("status", status));
            }
        }
        service(checkout, createdAt, createdBy, manager, anyEnabled ? "enabled" : "disabled",
                anyEnabled ? "live" : connections.isEmpty() ? "not_applied" : "applied");
        if (!progression.equals("applied") && r.chance(0.55)) {
            ObjectNode payout = services.putObject("payout");
            ObjectNode payoutFeatures = payout.putObject("features");
            if (r.chance(0.3)) {
                payoutFeatures.set("daily_payouts", F.objectNode()
                        .put("created_by", createdBy).put("created_at", ts(createdAt.plus(Duration.ofDays(3))))
                        .put("updated_by", manager).put("updated_at", ts(createdAt.plus(Duration.ofDays(5))))
                        .put("requested", "enable").put("status", "enabled"));
            }
            service(payout, createdAt, createdBy, manager, "enabled", "live");
        }
        for (String extra : List.of("customers", "discounts", "shopping", "receipts", "wallets")) {
            if (progression.equals("live") && r.chance(0.2)) {
                service(services.putObject(extra), createdAt, createdBy, manager, "enabled", "live");
            }
        }
        return services;
    }

    private static List<String> features(GeneratedConnection c) {
        return switch (c.name()) {
            case "bambora", "payex" -> List.of("creditcard");
            case "klarna" -> c.paymentOptions().contains("klarna.billie") ? List.of("klarna", "billie") : List.of("klarna");
            default -> List.of(c.name());
        };
    }

    private static void service(ObjectNode node, Instant createdAt, String createdBy, String manager, String status,
                                String progression) {
        node.put("created_at", ts(createdAt));
        node.put("created_by", createdBy);
        node.put("updated_at", ts(createdAt.plus(Duration.ofDays(1)).isAfter(ANCHOR) ? ANCHOR : createdAt.plus(Duration.ofDays(1))));
        node.put("updated_by", manager);
        node.put("status", status);
        node.put("progression", progression);
        node.putObject("metadata");
    }

    /** The twelve calendar months up to and including the anchor's month, oldest first. */
    static List<YearMonth> statisticsMonths() {
        YearMonth last = YearMonth.from(ANCHOR.atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }
}
