package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever accounts exist, and however their connections and payment options were changed or the accounts deleted,
 * a filtered page read through the payment-option index (and the ordering index with its connection masks) is
 * exactly the page of a plain walk that tests every condition on each row, and the page computed here from the
 * documents alone. Accounts share creation times on purpose, so the cursor's tie-break is tested too.
 */
class AccountListIndexPropertyTest {

    private static final List<String> OPTIONS =
            List.of("instabank.finance", "klarna.klarna", "vipps", "swish.swish", "collector.invoice");
    /** The filterable connections and one the filters cannot name (it sets no bit, but its status counts). */
    private static final List<String> CONNECTIONS = List.of("instabank", "vipps", "klarna", "bambora", "visa_tokens");
    private static final List<String> MANAGERS = List.of("emil.dahl@dintero.com", "Kari.Nordmann@dintero.com");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static SearchStore store;

    @BeforeContainer
    static void open() throws SQLException {
        store = new SearchStore();
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    /** One connection as the document holds it; options count only while it is enabled. */
    record Conn(String name, String status, List<String> options) {
    }

    /** What the filters look at: creation second (few, so they tie), manager and connections by name. */
    record Spec(int createdSecond, Optional<String> manager, List<Conn> connections) {
    }

    /** A write to the {@code index}-th account (modulo): replace its connections and manager, or delete it. */
    record Write(int index, Optional<Spec> replacement) {
    }

    record Filter(List<String> connections, List<String> statuses, List<String> options, List<String> managers,
                  int limit, Optional<Integer> after) {
    }

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<Conn> conn = Combinators.combine(
                Arbitraries.of(CONNECTIONS),
                Arbitraries.of(Connections.STATUSES),
                Arbitraries.of(OPTIONS).list().ofMaxSize(3).uniqueElements()).as(Conn::new);
        // Enabled is the only status that brings options: weight it so most accounts hold some.
        Arbitrary<Conn> weighted = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, conn.map(c -> new Conn(c.name(), "enabled", c.options()))),
                net.jqwik.api.Tuple.of(2, conn));
        return Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(MANAGERS).optional(0.7),
                weighted.list().ofMaxSize(3).uniqueElements(Conn::name)).as(Spec::new);
    }

    @Provide
    Arbitrary<Write> writes() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), specs().optional(0.8)).as(Write::new);
    }

    @Provide
    Arbitrary<Filter> filters() {
        Arbitrary<List<String>> options = Arbitraries.of(concat(OPTIONS, "no.such.option")).list().ofMaxSize(2);
        return Combinators.combine(
                Arbitraries.of(Connections.NAMES).list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of(Connections.STATUSES).list().ofMaxSize(1),
                // Mostly with a payment option, the case the index serves.
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, options.filter(l -> !l.isEmpty())),
                        net.jqwik.api.Tuple.of(1, options)),
                Arbitraries.of(concat(MANAGERS, "EMIL.DAHL@dintero.com")).list().ofMaxSize(1),
                Arbitraries.of(1, 2, 3, 100),
                Arbitraries.integers().between(0, 30).optional(0.5)).as(Filter::new);
    }

    @Property(tries = 120)
    void theIndexesFindWhatThePlainWalkFinds(@ForAll @Size(min = 1, max = 15) List<@From("specs") Spec> created,
                                             @ForAll @Size(max = 8) List<@From("writes") Write> writes,
                                             @ForAll @Size(min = 1, max = 6) List<@From("filters") Filter> filters,
                                             @ForAll @IntRange(min = 0, max = 1) int extraAfterWrites) throws SQLException {
        store.clear();
        Map<String, Spec> accounts = new LinkedHashMap<>();
        for (int i = 0; i < created.size(); i++) {
            String id = String.format("T%08d", i + 1);
            store.insert(record(id, created.get(i)));
            accounts.put(id, created.get(i));
        }
        assertSamePages(accounts, filters);

        for (Write w : writes) {
            List<String> ids = new ArrayList<>(accounts.keySet());
            if (ids.isEmpty()) {
                break;
            }
            String id = ids.get(w.index() % ids.size());
            if (w.replacement().isPresent()) {
                // An update keeps the account's creation time; only what the filters read changes.
                Spec changed = new Spec(accounts.get(id).createdSecond(), w.replacement().get().manager(),
                        w.replacement().get().connections());
                store.replace(record(id, changed));
                accounts.put(id, changed);
            } else {
                store.delete(id);
                accounts.remove(id);
            }
        }
        for (int i = 0; i < extraAfterWrites; i++) {
            // An account created after the writes, as a create or signup adds one.
            String id = String.format("T%08d", created.size() + 1 + i);
            Spec spec = created.get(0);
            store.insert(record(id, spec));
            accounts.put(id, spec);
        }
        assertSamePages(accounts, filters);
    }

    private static void assertSamePages(Map<String, Spec> accounts, List<Filter> filters) {
        List<String> ids = new ArrayList<>(accounts.keySet());
        for (Filter f : filters) {
            Optional<String> after = f.after().filter(i -> !ids.isEmpty()).map(i -> ids.get(i % ids.size()));
            AccountQuery query = new AccountQuery(Optional.empty(), f.connections(), f.statuses(), f.options(),
                    f.managers(), f.limit(), after);
            List<String> indexed = idsOf(store.list(query, after, true));
            assertThat(indexed).as("%s after %s, indexed vs plain", f, after).isEqualTo(idsOf(store.list(query, after, false)));
            assertThat(indexed).as("%s after %s, indexed vs the documents", f, after).isEqualTo(expected(accounts, f, after));
        }
    }

    /** The page computed from the specs alone: the seed's semantics, the list's order, the cursor, the limit. */
    private static List<String> expected(Map<String, Spec> accounts, Filter f, Optional<String> after) {
        Comparator<Map.Entry<String, Spec>> newestFirst = Comparator
                .comparing((Map.Entry<String, Spec> e) -> e.getValue().createdSecond())
                .thenComparing(Map.Entry::getKey).reversed();
        Optional<Map.Entry<String, Spec>> cursor = after.map(id -> Map.entry(id, accounts.get(id)));
        return accounts.entrySet().stream()
                .filter(e -> matches(e.getValue(), f))
                .filter(e -> cursor.isEmpty() || newestFirst.compare(e, cursor.get()) > 0)
                .sorted(newestFirst)
                .limit(f.limit())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean matches(Spec s, Filter f) {
        List<String> names = s.connections().stream().map(Conn::name).toList();
        List<String> statuses = s.connections().stream().map(Conn::status).toList();
        List<String> options = s.connections().stream().filter(c -> c.status().equals("enabled"))
                .flatMap(c -> c.options().stream()).toList();
        return names.containsAll(f.connections())
                && statuses.containsAll(f.statuses())
                && options.containsAll(f.options())
                && (f.managers().isEmpty() || s.manager().map(m -> f.managers().stream()
                        .anyMatch(q -> q.equalsIgnoreCase(m))).orElse(false));
    }

    /** The account as a route stores it: a document, turned into columns and rows by {@link AccountRepository#recordOf}. */
    private static AccountRecord record(String id, Spec spec) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("account_id", id);
        doc.put("created_at", START.plusSeconds(spec.createdSecond()).toString());
        doc.putObject("company").put("business_name", "Company " + id);
        spec.manager().ifPresent(m -> doc.putObject("account_manager").put("email", m));
        ObjectNode connections = doc.putObject("connections");
        for (Conn conn : spec.connections()) {
            ObjectNode c = connections.putObject(conn.name());
            c.put("status", conn.status());
            ArrayNode options = c.putObject("configuration").putArray("payment_options");
            conn.options().forEach(o -> options.addObject().put("type", o));
        }
        return AccountRepository.recordOf(SearchStore.PARTNER, doc);
    }

    private static List<String> idsOf(List<String> documents) {
        return documents.stream().map(d -> {
            try {
                return Json.MAPPER.readTree(d).path("account_id").asText();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
