package io.accountsdesk.app.pricing;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Price packages side by side, aligned by product, then by price (its type and dimensions, whatever their
 * order), then by amount: every value either package has, with what changed. Flat amounts stay in minor units and
 * rates as the API's decimal strings, so nothing is rounded on the way.
 */
final class PackageDiff {

    /** What happened to a value from the left package to the right one. */
    enum Kind { SAME, ADDED, REMOVED, CHANGED }

    /**
     * One value of either package.
     *
     * @param product the product ({@code namespace · product_id}), empty for the package's own fields
     * @param price   the price within the product: its type and dimensions, in a stable order
     * @param field   the value's name ({@code flat_amount} of amount "fee", {@code description}…)
     */
    record Line(String product, String price, String field, String left, String right, Kind kind) {

        Line mirrored() {
            Kind other = switch (kind) {
                case ADDED -> Kind.REMOVED;
                case REMOVED -> Kind.ADDED;
                default -> kind;
            };
            return new Line(product, price, field, right, left, other);
        }
    }

    /** Where a value sits, so both packages' values meet on the same line. */
    private record Key(String product, String price, String field) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::product)
                .thenComparing(Key::price).thenComparing(Key::field);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private PackageDiff() {
    }

    /**
     * One value across several packages, each compared with the first (the baseline), so a column says what that
     * package adds, drops or changes against it.
     */
    record Row(String product, String price, String field, List<String> values, List<Kind> kinds) {
        Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            kinds = List.copyOf(kinds);
        }

        /** Whether any package differs from the baseline here. */
        boolean differs() {
            return kinds.stream().anyMatch(kind -> kind != Kind.SAME);
        }

        String value(int column) {
            return values.get(column);
        }

        Kind kind(int column) {
            return kinds.get(column);
        }
    }

    /** Every value of either package, in product order, each with its kind of change. */
    static List<Line> of(PricePackage left, PricePackage right) {
        return rows(java.util.Arrays.asList(left, right)).stream()
                .map(row -> new Line(row.product(), row.price(), row.field(), row.value(0), row.value(1), row.kind(1)))
                .toList();
    }

    /** Only what differs. */
    static List<Line> changes(PricePackage left, PricePackage right) {
        return of(left, right).stream().filter(line -> line.kind() != Kind.SAME).toList();
    }

    /** Every value any of the packages has, in product order, each package's value against the first one's. */
    static List<Row> rows(List<PricePackage> packages) {
        List<Map<Key, String>> flat = packages.stream().map(PackageDiff::flatten).toList();
        TreeSet<Key> keys = new TreeSet<>();
        flat.forEach(values -> keys.addAll(values.keySet()));
        List<Row> rows = new ArrayList<>();
        for (Key key : keys) {
            List<String> values = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            String base = flat.get(0).get(key);
            for (Map<Key, String> one : flat) {
                String value = one.get(key);
                values.add(value);
                kinds.add(Objects.equals(base, value) ? Kind.SAME
                        : base == null ? Kind.ADDED : value == null ? Kind.REMOVED : Kind.CHANGED);
            }
            rows.add(new Row(key.product(), key.price(), key.field(), values, kinds));
        }
        return rows;
    }

    private static Map<Key, String> flatten(PricePackage pricePackage) {
        Map<Key, String> values = new TreeMap<>();
        if (pricePackage == null) {
            return values;
        }
        put(values, new Key("", "", "name"), pricePackage.name());
        put(values, new Key("", "", "description"), pricePackage.description());
        put(values, new Key("", "", "pricing_conditions"), pricePackage.pricingConditions());
        for (PricePackageProduct product : listOf(pricePackage.products())) {
            String id = Objects.toString(product.productId(), "?");
            // A product id that starts with its namespace says it already ("checkout.capture.card").
            String productName = product.namespace() == null || product.namespace().isBlank()
                    || id.startsWith(product.namespace()) ? id : product.namespace() + " · " + id;
            List<ProductPrice> prices = listOf(product.prices());
            for (ProductPrice price : prices) {
                String priceName = priceKey(price);
                List<PriceAmount> amounts = listOf(price.amounts());
                for (int i = 0; i < amounts.size(); i++) {
                    PriceAmount amount = amounts.get(i);
                    String name = amount.name() == null || amount.name().isBlank() ? "#" + (i + 1) : amount.name();
                    put(values, new Key(productName, priceName, name + " · flat_amount"),
                            amount.flatAmount() == null ? null : amount.flatAmount().toString());
                    put(values, new Key(productName, priceName, name + " · unit_amount"), amount.unitAmount());
                    put(values, new Key(productName, priceName, name + " · description"), amount.description());
                }
                if (amounts.isEmpty()) {
                    put(values, new Key(productName, priceName, "amounts"), "—");
                }
            }
            if (prices.isEmpty()) {
                put(values, new Key(productName, "", "prices"), "—");
            }
        }
        return values;
    }

    /** A price by its type and its dimensions, sorted by name, with values sorted: the order they came in is noise. */
    static String priceKey(ProductPrice price) {
        String dimensions = listOf(price.dimensions()).stream()
                .sorted(Comparator.comparing(d -> Objects.toString(d.name(), "")))
                .map(PackageDiff::dimension)
                .collect(Collectors.joining(" · "));
        String type = price.type() == null ? "" : price.type();
        return dimensions.isEmpty() ? type : type.isEmpty() ? dimensions : type + " · " + dimensions;
    }

    private static String dimension(PriceDimension dimension) {
        return Objects.toString(dimension.name(), "?") + "=" + listOf(dimension.values()).stream().sorted()
                .collect(Collectors.joining(","));
    }

    private static void put(Map<Key, String> values, Key key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
