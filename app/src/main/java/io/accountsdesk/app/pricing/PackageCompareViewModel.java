package io.accountsdesk.app.pricing;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.CsvTable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Price packages side by side ({@code price-package-compare?ids=A,B,C}, with {@code &draft=1} for the package being
 * built in the editor): every value aligned by product, price and amount, each package's against the first one's,
 * by default only where they differ. A worked example says what each would charge for a month's use, typed or taken
 * from an account's captures.
 */
public final class PackageCompareViewModel implements ScreenModel {

    public static final String SCREEN = "price-package-compare";

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<PackageDiff.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<PackageDiff.Row> shown = new FilteredList<>(rows);
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(this, "onlyDifferences", true);
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper fillNote = new ReadOnlyStringWrapper(this, "fillNote", "");
    private final ObservableList<Usage> usage = FXCollections.observableArrayList();
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "NOK");
    private final StringProperty fillAccount = new SimpleStringProperty(this, "fillAccount", "");
    private final StringProperty fillProduct = new SimpleStringProperty(this, "fillProduct", "");
    private List<PricePackage> packages = List.of();
    private Cancellable loading = Cancellable.NONE;
    private List<String> ids = List.of();
    private boolean withDraft;
    private String loadedKey;

    public PackageCompareViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        onlyDifferences.addListener((obs, old, now) -> narrow());
        currency.addListener((obs, old, now) -> charge());
    }

    /** One package in the comparison: its name as a column heading, and what it would charge for the example. */
    public static final class Column {
        private final String name;
        private final boolean draft;
        private final ReadOnlyStringWrapper charge = new ReadOnlyStringWrapper("");

        Column(String name, boolean draft) {
            this.name = name;
            this.draft = draft;
        }

        public String name() {
            return name;
        }

        /** Whether this column is the editor's unsaved package rather than one the server has. */
        public boolean draft() {
            return draft;
        }

        public ReadOnlyStringProperty chargeProperty() {
            return charge.getReadOnlyProperty();
        }
    }

    /**
     * A month of one product for the worked example, typed by the user or taken from an account: how many
     * transactions and their volume in major units of the comparison's currency.
     */
    public final class Usage {
        private final String product;
        private final StringProperty count = new SimpleStringProperty("");
        private final StringProperty volume = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        Usage(String product) {
            this.product = product;
            count.addListener((obs, old, now) -> charge());
            volume.addListener((obs, old, now) -> charge());
        }

        public String product() {
            return product;
        }

        public StringProperty countProperty() {
            return count;
        }

        public StringProperty volumeProperty() {
            return volume;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    /** Works out what each package would charge for the usage typed; a line that cannot be read says so. */
    private void charge() {
        if (packages.size() != columns.size() || packages.isEmpty()) {
            return;
        }
        long[] totals = new long[packages.size()];
        boolean[] priced = new boolean[packages.size()];
        java.util.Arrays.fill(priced, true);
        String cur = currency.get();
        for (Usage line : usage) {
            line.error.set("");
            if (line.count.get().isBlank() && line.volume.get().isBlank()) {
                continue;
            }
            long count;
            try {
                count = line.count.get().isBlank() ? 0 : Long.parseLong(line.count.get().strip());
            } catch (NumberFormatException notACount) {
                line.error.set(messages.get("pricing.compare.example.count"));
                continue;
            }
            var volume = line.volume.get().isBlank() ? java.util.Optional.of(0L)
                    : Money.parse(line.volume.get(), cur, messages.locale());
            if (volume.isEmpty() || count < 0) {
                line.error.set(messages.format("pricing.compare.example.volume", cur));
                continue;
            }
            for (int i = 0; i < packages.size(); i++) {
                var charged = PackageCharge.of(packages.get(i), line.product, count, volume.get(), cur);
                if (charged.isPresent()) {
                    totals[i] += charged.get();
                } else {
                    priced[i] = false;
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).charge.set(chargeText(totals[i], priced[i], cur));
        }
    }

    private String chargeText(long total, boolean priced, String cur) {
        String amount = Money.format(total, cur, messages.locale()) + " " + cur;
        return priced ? amount : messages.format("pricing.compare.example.partly", amount);
    }

    @Override
    public void activate(Place place) {
        List<String> asked = place.param("ids") == null ? List.of()
                : java.util.Arrays.stream(place.param("ids").split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).distinct().toList();
        boolean draft = "1".equals(place.param("draft"));
        if (asked.size() + (draft ? 1 : 0) < 2) {
            loadedKey = null;
            error.set(messages.get("pricing.compare.choose"));
            state.set(ContentState.ERROR);
            return;
        }
        // The draft changes while the comparison is away, so a comparison with it is read afresh every time.
        String key = String.join(",", asked) + (draft ? "+draft" : "");
        if (draft || !key.equals(loadedKey)) {
            loadedKey = key;
            ids = asked;
            withDraft = draft;
            load();
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    public void load() {
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        if (withDraft) {
            EditorDraft.load(services, kept -> {
                if (kept.isEmpty()) {
                    error.set(messages.get("pricing.compare.noDraft"));
                    state.set(ContentState.ERROR);
                } else {
                    fetch(kept.get().draft().asPackage(messages.locale()));
                }
            });
        } else {
            fetch(null);
        }
    }

    private void fetch(PricePackage draft) {
        List<String> wanted = ids;
        loading = services.tasks().run(messages.format("pricing.compare.task", String.join(", ", wanted)), task -> {
            var pricing = services.api(task).pricing();
            List<PricePackage> read = new java.util.ArrayList<>();
            for (String id : wanted) {
                read.add(one(pricing, id));
            }
            return read;
        }, (List<PricePackage> read) -> {
            List<Column> heads = new java.util.ArrayList<>(read.stream().map(p -> new Column(name(p), false)).toList());
            List<PricePackage> all = new java.util.ArrayList<>(read);
            if (draft != null) {
                all.add(draft);
                heads.add(new Column(messages.format("pricing.compare.draftColumn", name(draft)), true));
            }
            show(all, heads);
        }, failure -> {
            error.set(messages.format("pricing.compare.error", services.errors().describe(failure)));
            state.set(ContentState.ERROR);
        });
    }

    private void show(List<PricePackage> all, List<Column> heads) {
        packages = List.copyOf(all);
        columns.setAll(heads);
        usage.setAll(all.stream().flatMap(PackageCompareViewModel::products).distinct().sorted().map(Usage::new)
                .toList());
        fillProduct.set(usage.stream().map(Usage::product).filter(p -> p.startsWith("checkout.capture.card"))
                .findFirst().orElse(usage.isEmpty() ? "" : usage.get(0).product()));
        List<PackageDiff.Row> found = PackageDiff.rows(all);
        rows.setAll(found);
        long changed = found.stream().filter(PackageDiff.Row::differs).count();
        summary.set(messages.format("pricing.compare.summary", changed, found.size(), all.size()));
        narrow();
        charge();
        state.set(ContentState.READY);
    }

    private PricePackage one(io.accountsdesk.client.pricing.PricingApi pricing, String id) {
        List<PricePackage> found = pricing.list(PricePackageQuery.all().withPricePackageId(id), null).items();
        return found.stream().filter(p -> id.equals(p.pricePackageId()) || id.equals(p.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(messages.format("pricing.compare.missing", id)));
    }

    /**
     * Fills the example's line for the chosen product with the account's captures for its last whole month
     * ({@code statistics.checkout_captures}), in their currency: the seed counts checkout captures, not products,
     * so the user says which product they were.
     */
    public void fillFromAccount() {
        String aid = fillAccount.get() == null ? "" : fillAccount.get().strip();
        String product = fillProduct.get();
        fillNote.set("");
        if (aid.isEmpty() || product == null || product.isEmpty()) {
            fillNote.set(messages.get("pricing.compare.fill.choose"));
            return;
        }
        java.time.YearMonth thisMonth = java.time.YearMonth.now(services.clock());
        services.tasks().run(messages.format("pricing.compare.fill.task", aid),
                task -> services.api(task).accounts().get(aid),
                (io.accountsdesk.client.accounts.Account account) -> {
                    var captures = account.statistics() == null || account.statistics().checkoutCaptures() == null
                            ? List.<io.accountsdesk.client.accounts.CaptureStatistic>of()
                            : account.statistics().checkoutCaptures();
                    var months = captures.stream().filter(c -> "monthly".equals(c.type()) && c.period() != null
                                    && c.currency() != null && c.volume() != null)
                            .sorted(java.util.Comparator.comparing(
                                    io.accountsdesk.client.accounts.CaptureStatistic::period).reversed())
                            .toList();
                    var whole = months.stream().filter(c -> c.period().compareTo(thisMonth.toString()) < 0)
                            .findFirst().or(() -> months.stream().findFirst());
                    if (whole.isEmpty()) {
                        fillNote.set(messages.format("pricing.compare.fill.none", aid));
                        return;
                    }
                    var month = whole.get();
                    currency.set(month.currency());
                    usage.stream().filter(u -> u.product.equals(product)).findFirst().ifPresent(u -> {
                        u.count.set(Long.toString(month.count() == null ? 0 : month.count()));
                        u.volume.set(Money.format(month.volume(), month.currency(), messages.locale()));
                    });
                    fillNote.set(messages.format("pricing.compare.fill.done", product, aid, month.period(),
                            month.count() == null ? 0 : month.count(),
                            Money.format(month.volume(), month.currency(), messages.locale()), month.currency()));
                },
                failure -> fillNote.set(messages.format("pricing.compare.fill.failed", aid,
                        services.errors().describe(failure))));
    }

    private static java.util.stream.Stream<String> products(PricePackage p) {
        return p.products() == null ? java.util.stream.Stream.empty()
                : p.products().stream().map(io.accountsdesk.client.pricing.PricePackageProduct::productId)
                .filter(Objects::nonNull);
    }

    private static String name(PricePackage p) {
        String id = p.pricePackageId() != null ? p.pricePackageId() : p.id();
        return p.name() == null || p.name().isBlank() ? id : p.name() + " (" + id + ")";
    }

    private void narrow() {
        shown.setPredicate(onlyDifferences.get() ? PackageDiff.Row::differs : row -> true);
    }

    public String kindLabel(PackageDiff.Kind kind) {
        if (kind == PackageDiff.Kind.SAME) {
            return "";
        }
        return messages.get("pricing.compare.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** What changed along a row, column by column against the first package ("2: changed, 3: added"). */
    public String changeText(PackageDiff.Row row) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 1; i < row.kinds().size(); i++) {
            if (row.kind(i) != PackageDiff.Kind.SAME) {
                parts.add(row.kinds().size() == 2 ? kindLabel(row.kind(i))
                        : (i + 1) + ": " + kindLabel(row.kind(i)));
            }
        }
        return String.join(", ", parts);
    }

    private static final java.util.regex.Pattern ONE_CURRENCY = java.util.regex.Pattern.compile(
            "currency=([A-Z]{3})(?: |$)");

    /**
     * A value as a person reads it: a flat amount in major units with its currency (when the price names one),
     * a rate in per cent; anything else as the API has it. The CSV keeps the API's values.
     */
    public String display(PackageDiff.Row row, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (row.field().endsWith("flat_amount")) {
                var currency = ONE_CURRENCY.matcher(row.price());
                return currency.find() ? Money.format(Long.parseLong(value), currency.group(1), messages.locale())
                        + " " + currency.group(1) : value;
            }
            if (row.field().endsWith("unit_amount")) {
                java.text.NumberFormat percent = java.text.NumberFormat.getNumberInstance(messages.locale());
                percent.setMaximumFractionDigits(4);
                return percent.format(new java.math.BigDecimal(value).movePointRight(2)) + " %";
            }
        } catch (NumberFormatException notANumber) {
            return value;
        }
        return value;
    }

    /** Asks where, then writes every line of the comparison (not only the differences) as CSV. */
    public void exportCsv() {
        services.dialogs().chooseSaveFile(messages.get("pricing.compare.export"), "price-package-comparison.csv",
                List.of(new DialogService.FileType("CSV", List.of("*.csv")))).ifPresent(this::exportCsv);
    }

    /**
     * Writes the API's values (minor units, decimal rates), one column per package, then one column per package
     * after the first saying what it changes against the first.
     */
    public void exportCsv(Path target) {
        List<PackageDiff.Row> all = List.copyOf(rows);
        List<String> names = columns.stream().map(Column::name).toList();
        services.tasks().run(BackgroundTask.of(messages.get("pricing.compare.export"), task -> {
            List<String> header = new java.util.ArrayList<>(List.of("product", "price", "field"));
            header.addAll(names);
            for (int i = 1; i < names.size(); i++) {
                header.add("change: " + names.get(i));
            }
            CsvTable.write(target, header, all.stream().map(row -> {
                List<String> cells = new java.util.ArrayList<>(List.of(row.product(), row.price(), row.field()));
                row.values().forEach(value -> cells.add(Objects.toString(value, "")));
                for (int i = 1; i < row.kinds().size(); i++) {
                    cells.add(row.kind(i).name().toLowerCase(Locale.ROOT));
                }
                return List.copyOf(cells);
            }).toList());
            return all.size();
        }).onSuccess(count -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("pricing.compare.exported", count, target.getFileName())))
                .onFailure(failure -> services.dialogs().showError(messages.get("pricing.compare.export"),
                        services.errors().describe(failure))));
    }

    public FilteredList<PackageDiff.Row> rows() {
        return shown;
    }

    /** The packages compared, in column order; the first is the one the others are compared with. */
    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<Usage> usage() {
        return usage;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty fillAccountProperty() {
        return fillAccount;
    }

    public StringProperty fillProductProperty() {
        return fillProduct;
    }

    public ReadOnlyStringProperty fillNoteProperty() {
        return fillNote.getReadOnlyProperty();
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
