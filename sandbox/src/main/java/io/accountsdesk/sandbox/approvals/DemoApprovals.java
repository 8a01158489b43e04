package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.demo.CheckDigits;
import io.accountsdesk.sandbox.demo.OrgNumbers;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The approvals of a demo account, derived from the counters the demo generator put in its document
 * ({@code approvals_payments_statuses}, {@code approvals_payout_destinations_statuses}): one application per count,
 * in that status, each with the CDD case behind it and a history of events that leads there.
 *
 * <p><b>Derived lazily, not seeded at start:</b> a sandbox may hold 100,000 accounts, so the documents are made the
 * first time anyone asks about an account's approvals ({@link Approvals#ensureSeeded}), under the account's row
 * lock, and a marker keeps it from happening twice. Everything is a function of the account document (ids, names,
 * numbers and times), so the same account always gets the same approvals, and a {@code --reset} rebuilds them.
 *
 * <p>Payments applications use the account's own company, bank account and applicant; an archived one is an older
 * application that a newer one replaced. Sellers are invented, with valid organisation numbers and IBANs of the
 * account's country. Times fall between the account's {@code created_at} and {@code updated_at}.
 */
final class DemoApprovals {

    private static final List<String> SELLER_NAMES = List.of("Fjordkiosken", "Bryggeriet Nord", "Lille Bakeri",
            "Strand Sykkel", "Husflid og Co", "Skog og Fjell", "Havnekafeen", "Nordlys Design", "Elvebredden Blomster",
            "Kystfisk", "Fjellsport", "Byens Brød", "Solsiden Keramikk", "Tindeland Turutstyr", "Vesterhavet Sjømat",
            "Granskogen Møbler");
    private static final List<String> FIRST_NAMES = List.of("Ingrid", "Lars", "Sofie", "Mikkel", "Emma", "Johan",
            "Aino", "Elias", "Freja", "Oskar", "Maja", "Henrik");
    private static final List<String> LAST_NAMES = List.of("Hansen", "Lindqvist", "Nielsen", "Virtanen", "Berg",
            "Johansson", "Larsen", "Korhonen", "Dahl", "Eriksson", "Møller", "Nieminen");
    private static final Map<String, List<String>> BANKS = Map.of(
            "NO", List.of("DNB", "Nordea", "SpareBank 1 SR-Bank", "Handelsbanken"),
            "SE", List.of("Swedbank", "SEB", "Handelsbanken", "Nordea"),
            "DK", List.of("Danske Bank", "Jyske Bank", "Nykredit Bank", "Nordea"),
            "FI", List.of("OP", "Nordea", "Danske Bank", "Aktia"));
    /** BICs of the demo generator's banks, so a payout screen sees a code that belongs to the bank's name. */
    private static final Map<String, String> BICS = Map.ofEntries(
            Map.entry("NO:DNB", "DNBANOKKXXX"), Map.entry("NO:Nordea", "NDEANOKKXXX"),
            Map.entry("NO:Handelsbanken", "HANDNOKKXXX"), Map.entry("NO:SpareBank 1 SR-Bank", "SPRONO22XXX"),
            Map.entry("NO:Sparebanken Vest", "SPAVNOBBXXX"), Map.entry("NO:SpareBank 1 SMN", "SPTRNO22XXX"),
            Map.entry("SE:Swedbank", "SWEDSESSXXX"), Map.entry("SE:SEB", "ESSESESSXXX"),
            Map.entry("SE:Handelsbanken", "HANDSESSXXX"), Map.entry("SE:Nordea", "NDEASESSXXX"),
            Map.entry("SE:Länsförsäkringar Bank", "ELLFSESSXXX"), Map.entry("SE:ICA Banken", "IBCASES1XXX"),
            Map.entry("DK:Danske Bank", "DABADKKKXXX"), Map.entry("DK:Jyske Bank", "JYBADKKKXXX"),
            Map.entry("DK:Nykredit Bank", "NYKBDKKKXXX"), Map.entry("DK:Sydbank", "SYBKDK22XXX"),
            Map.entry("DK:Arbejdernes Landsbank", "ALBADKKKXXX"), Map.entry("DK:Nordea", "NDEADKKKXXX"),
            Map.entry("FI:OP", "OKOYFIHHXXX"), Map.entry("FI:Nordea", "NDEAFIHHXXX"),
            Map.entry("FI:Danske Bank", "DABAFIHHXXX"), Map.entry("FI:Aktia", "HELSFIHHXXX"),
            Map.entry("FI:S-Pankki", "SBANFIHHXXX"), Map.entry("FI:Ålandsbanken", "AABAFI22XXX"));
    private static final Map<String, String> TITLES = Map.of("NO", "Daglig leder", "SE", "VD", "DK", "Direktør",
            "FI", "Toimitusjohtaja");
    private static final Map<String, String> TLDS = Map.of("NO", "no", "SE", "se", "DK", "dk", "FI", "fi");

    private final Approvals approvals;
    private final String aid;
    private final ObjectNode account;

    DemoApprovals(Approvals approvals, String aid, ObjectNode account) {
        this.approvals = approvals;
        this.aid = aid;
        this.account = account;
    }

    /** One planned application: which list, its status, and its index within that list. */
    private record Plan(boolean payout, CaseStatus status, int index) {
    }

    void materialize(DocumentStore.Tx tx) {
        List<Plan> plans = new ArrayList<>();
        plan(plans, false, account.path(Approvals.PAYMENTS_COUNTER));
        plan(plans, true, account.path(Approvals.PAYOUTS_COUNTER));
        if (plans.isEmpty()) {
            return;
        }
        Instant start = instant(account.path("created_at").asText(null), Instant.parse("2026-01-01T00:00:00Z"));
        Instant end = instant(account.path("updated_at").asText(null), start);
        if (!end.isAfter(start.plusSeconds(60L * plans.size()))) {
            end = start.plusSeconds(3600L * plans.size());
        }
        long span = Duration.between(start, end).getSeconds();
        String createdBy = account.path("created_by").asText("sandbox");
        for (int i = 0; i < plans.size(); i++) {
            Instant slotStart = start.plusSeconds(span * i / plans.size());
            long slot = span / plans.size();
            materialize(tx, plans.get(i), slotStart, slot, createdBy);
        }
    }

    /** Archived applications first (they are the older ones), then the rest in the seed's status order. */
    private static void plan(List<Plan> plans, boolean payout, JsonNode counts) {
        int index = 0;
        List<CaseStatus> order = new ArrayList<>();
        order.add(CaseStatus.ARCHIVED);
        for (CaseStatus s : CaseStatus.values()) {
            if (s != CaseStatus.ARCHIVED) {
                order.add(s);
            }
        }
        for (CaseStatus status : order) {
            int n = Math.min(20, Math.max(0, counts.path(status.name()).asInt(0)));
            for (int k = 0; k < n; k++) {
                plans.add(new Plan(payout, status, index++));
            }
        }
    }

    private void materialize(DocumentStore.Tx tx, Plan plan, Instant slotStart, long slotSeconds, String createdBy) {
        String id = UUID.nameUUIDFromBytes(("demo-approval:" + aid + ":" + (plan.payout() ? "payout" : "payments") + ":"
                + plan.index()).getBytes(StandardCharsets.UTF_8)).toString();
        List<CaseStatus> history = CaseStatus.historyTo(plan.status(), true);
        ObjectNode approval = plan.payout()
                ? Approvals.payoutApproval(id, slotStart, createdBy, sellerBody(plan.index()), history.get(0))
                : Approvals.paymentsApproval(id, slotStart, createdBy, paymentsBody(), history.get(0), mcc());
        ObjectNode cddCase = approvals.caseForApplication(aid, createdBy, slotStart, approval, history.get(0),
                plan.payout(), plan.payout() ? null : account.path("price_package").asText(null));
        Instant at = slotStart;
        for (int j = 1; j < history.size(); j++) {
            at = slotStart.plusSeconds(Math.max(1, slotSeconds * j / history.size()));
            CaseStatus s = history.get(j);
            Approvals.appendEvent(cddCase, s, s == CaseStatus.ARCHIVED ? "case_archived" : "case_updated", at);
        }
        approval.put("case_status", plan.status().name());
        approval.put("updated_at", at.toString());
        if (plan.status() == CaseStatus.ARCHIVED) {
            approval.put("deleted_at", at.toString());
            approval.put("deleted_by", createdBy);
            cddCase.put("deleted_at", at.toString());
            cddCase.put("deleted_by", createdBy);
        }
        approval.set("links", Approvals.links(Approvals.contractUrl(cddCase)));
        if (!plan.payout()) {
            approval.set("mcc", approval.remove("mcc"));
        }
        approvals.store(tx, aid, plan.payout() ? Approvals.PAYOUTS : Approvals.PAYMENTS, approval, cddCase);
    }

    private Integer mcc() {
        String code = account.path("merchant_category_code").asText(null);
        return code != null && code.matches("\\d{1,4}") ? Integer.valueOf(code) : null;
    }

    private String country() {
        return account.path("company").path("address").path("country").asText("NO").toUpperCase(Locale.ROOT);
    }

    /** The application the account itself would have sent: its company, bank account and applicant. */
    private ObjectNode paymentsBody() {
        JsonNode company = account.path("company");
        String country = country();
        String currency = account.path("currency").asText("NOK");
        ObjectNode body = Json.object();
        body.putArray("products").addObject().put("product", "checkout");
        var methods = body.putArray("payment_methods");
        for (String method : paymentMethods()) {
            methods.addObject().put("payment_method", method);
        }
        body.put("country_code", country);
        body.put("organization_number", company.path("organization_number").asText());
        String bank = company.path("bank_name").asText(null);
        body.putArray("bank_accounts").add(bankAccount(bank, company.path("account_number").asText(null), country, currency));
        JsonNode applicant = account.path("applicant");
        ObjectNode submitter = body.putObject("form_submitter");
        submitter.put("email", applicant.path("email").asText(null));
        submitter.put("name", (applicant.path("first_name").asText("") + " " + applicant.path("last_name").asText("")).trim());
        submitter.put("title", TITLES.getOrDefault(country, "CEO"));
        return body;
    }

    /** What the account's connections accept, as payment methods; card acquirers mean {@code creditcard}. */
    private List<String> paymentMethods() {
        Set<String> methods = new LinkedHashSet<>();
        account.path("connections").fieldNames().forEachRemaining(name -> methods.add(switch (name) {
            case "bambora", "payex" -> "creditcard";
            default -> name;
        }));
        if (methods.isEmpty()) {
            methods.add("creditcard");
        }
        return List.copyOf(methods);
    }

    /** An invented seller of the account's platform, the same one every time for this account and index. */
    private ObjectNode sellerBody(int index) {
        SplittableRandom r = new SplittableRandom(((long) aid.hashCode() << 8) ^ index * 0x9E3779B97F4A7C15L);
        String country = country();
        String currency = account.path("currency").asText("NOK");
        String name = SELLER_NAMES.get(r.nextInt(SELLER_NAMES.size()));
        String platform = account.path("company").path("display_name").asText(account.path("company").path("business_name").asText("Platform"));
        ObjectNode body = Json.object();
        body.put("payout_destination_id", "PD" + String.format("%05d", r.nextInt(100_000)));
        body.put("payout_destination_name", name);
        body.put("payout_destination_description", name + " sells through " + platform);
        body.put("payout_reference", platform.length() > 60 ? platform.substring(0, 60) : platform);
        body.put("country_code", country);
        body.put("organization_number", orgNumber(country, r));
        List<String> banks = BANKS.getOrDefault(country, BANKS.get("NO"));
        String bank = banks.get(r.nextInt(banks.size()));
        body.putArray("bank_accounts").add(bankAccount(bank, iban(country, r), country, currency));
        body.put("payout_interval_type", List.of("daily", "weekly", "monthly").get(r.nextInt(3)));
        String first = FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(r.nextInt(LAST_NAMES.size()));
        ObjectNode submitter = body.putObject("form_submitter");
        submitter.put("email", ascii(first) + "@" + ascii(name) + "." + TLDS.getOrDefault(country, "no"));
        submitter.put("name", first + " " + last);
        submitter.put("title", TITLES.getOrDefault(country, "CEO"));
        return body;
    }

    private static ObjectNode bankAccount(String bank, String number, String country, String currency) {
        ObjectNode a = Json.object();
        a.put("bank_name", bank);
        a.put("bank_account_number", number);
        a.put("bank_account_number_type", "IBAN");
        a.put("bank_account_country_code", country);
        a.put("bank_account_currency", currency);
        a.put("payout_currency", currency);
        a.put("bank_identification_code", BICS.get(country + ":" + bank));
        return a;
    }

    private static String ascii(String text) {
        return text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("å", "a").replace("æ", "ae")
                .replace("ä", "a").replace("ö", "o").replaceAll("[^a-z0-9]", "");
    }

    /** A number that passes the country's check digit (see {@link OrgNumbers}), in the country's printed form. */
    static String orgNumber(String country, SplittableRandom r) {
        while (true) {
            String body = switch (country) {
                case "SE" -> "55" + (2 + r.nextInt(8)) + digits(r, 6);
                case "DK" -> (1 + r.nextInt(9)) + digits(r, 6);
                case "FI" -> (1 + r.nextInt(3)) + digits(r, 6);
                default -> (8 + r.nextInt(2)) + digits(r, 7);
            };
            for (int d = 0; d <= 9; d++) {
                String number = switch (country) {
                    case "SE" -> (body + d).substring(0, 6) + "-" + (body + d).substring(6);
                    case "FI" -> body + "-" + d;
                    default -> body + d;
                };
                if (!Set.of("NO", "SE", "DK", "FI").contains(country) || OrgNumbers.isValid(country, number)) {
                    return number;
                }
            }
        }
    }

    /** An IBAN with correct check digits; Norwegian account numbers also carry their own MOD11 digit. */
    static String iban(String country, SplittableRandom r) {
        String bban = switch (country) {
            case "SE" -> "500" + digits(r, 17);
            case "NO" -> CheckDigits.norwegianAccount(() -> "1503" + digits(r, 6));
            default -> digits(r, 14);
        };
        return CheckDigits.iban(country, bban);
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10));
        }
        return sb.toString();
    }

    private static Instant instant(String text, Instant fallback) {
        try {
            return text == null ? fallback : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }
}
