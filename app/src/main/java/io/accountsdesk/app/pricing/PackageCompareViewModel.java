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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Two price packages side by side ({@code price-package-compare?left=ID&right=ID}): every value aligned by product,
 * price and amount, with what was added, removed and changed; by default only the differences.
 */
public final class PackageCompareViewModel implements ScreenModel {

    public static final String SCREEN = "price-package-compare";

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<PackageDiff.Line> lines = FXCollections.observableArrayList();
    private final FilteredList<PackageDiff.Line> shown = new FilteredList<>(lines);
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(this, "onlyDifferences", true);
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper leftName = new ReadOnlyStringWrapper(this, "leftName", "");
    private final ReadOnlyStringWrapper rightName = new ReadOnlyStringWrapper(this, "rightName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Usage> usage = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftCharge = new ReadOnlyStringWrapper(this, "leftCharge", "");
    private final ReadOnlyStringWrapper rightCharge = new ReadOnlyStringWrapper(this, "rightCharge", "");
    private final javafx.beans.property.StringProperty currency = new javafx.beans.property.SimpleStringProperty(
            this, "currency", "NOK");
    private List<PricePackage> both = List.of();
    private Cancellable loading = Cancellable.NONE;
    private String leftId;
    private String rightId;

    public PackageCompareViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        onlyDifferences.addListener((obs, old, now) -> narrow());
        currency.addListener((obs, old, now) -> charge());
    }

    /**
     * A month of one product for the worked example, typed by the user: how many transactions and their volume in
     * major units of the comparison's currency.
     */
    public final class Usage {
        private final String product;
        private final javafx.beans.property.StringProperty count = new javafx.beans.property.SimpleStringProperty("");
        private final javafx.beans.property.StringProperty volume = new javafx.beans.property.SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        Usage(String product) {
            this.product = product;
            count.addListener((obs, old, now) -> charge());
            volume.addListener((obs, old, now) -> charge());
        }

        public String product() {
            return product;
        }

        public javafx.beans.property.StringProperty countProperty() {
            return count;
        }

        public javafx.beans.property.StringProperty volumeProperty() {
            return volume;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    /** Works out what each package would charge for the usage typed; a line that cannot be read says so. */
    private void charge() {
        if (both.size() != 2) {
            return;
        }
        long[] totals = new long[2];
        boolean[] priced = {true, true};
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
            for (int i = 0; i < 2; i++) {
                var charged = PackageCharge.of(both.get(i), line.product, count, volume.get(), cur);
                if (charged.isPresent()) {
                    totals[i] += charged.get();
                } else {
                    priced[i] = false;
                }
            }
        }
        leftCharge.set(chargeText(totals[0], priced[0], cur));
        rightCharge.set(chargeText(totals[1], priced[1], cur));
    }

    private String chargeText(long total, boolean priced, String cur) {
        String amount = Money.format(total, cur, messages.locale()) + " " + cur;
        return priced ? amount : messages.format("pricing.compare.example.partly", amount);
    }

    public ObservableList<Usage> usage() {
        return usage;
    }

    public javafx.beans.property.StringProperty currencyProperty() {
        return currency;
    }

    public ReadOnlyStringProperty leftChargeProperty() {
        return leftCharge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightChargeProperty() {
        return rightCharge.getReadOnlyProperty();
    }

    @Override
    public void activate(Place place) {
        String left = place.param("left");
        String right = place.param("right");
        if (left == null || right == null) {
            error.set(messages.get("pricing.compare.choose"));
            state.set(ContentState.ERROR);
            return;
        }
        if (!left.equals(leftId) || !right.equals(rightId)) {
            leftId = left;
            rightId = right;
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
        String left = leftId;
        String right = rightId;
        loading = services.tasks().run(messages.format("pricing.compare.task", left, right), task -> {
            var pricing = services.api(task).pricing();
            return List.of(one(pricing, left), one(pricing, right));
        }, (List<PricePackage> read) -> {
            both = read;
            usage.setAll(java.util.stream.Stream.concat(products(read.get(0)), products(read.get(1))).distinct()
                    .sorted().map(Usage::new).toList());
            leftName.set(name(both.get(0)));
            rightName.set(name(both.get(1)));
            List<PackageDiff.Line> all = PackageDiff.of(both.get(0), both.get(1));
            lines.setAll(all);
            long changed = all.stream().filter(l -> l.kind() != PackageDiff.Kind.SAME).count();
            summary.set(messages.format("pricing.compare.summary", changed, all.size()));
            narrow();
            charge();
            state.set(ContentState.READY);
        }, failure -> {
            error.set(messages.format("pricing.compare.error", services.errors().describe(failure)));
            state.set(ContentState.ERROR);
        });
    }

    private PricePackage one(io.accountsdesk.client.pricing.PricingApi pricing, String id) {
        List<PricePackage> found = pricing.list(PricePackageQuery.all().withPricePackageId(id), null).items();
        return found.stream().filter(p -> id.equals(p.pricePackageId()) || id.equals(p.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(messages.format("pricing.compare.missing", id)));
    }

    private static java.util.stream.Stream<String> products(PricePackage p) {
        return p.products() == null ? java.util.stream.Stream.empty()
                : p.products().stream().map(io.accountsdesk.client.pricing.PricePackageProduct::productId)
                .filter(Objects::nonNull);
    }

    private static String name(PricePackage p) {
        String id = p.pricePackageId() != null ? p.pricePackageId() : p.id();
        return p.name() == null ? id : p.name() + " (" + id + ")";
    }

    private void narrow() {
        shown.setPredicate(onlyDifferences.get() ? line -> line.kind() != PackageDiff.Kind.SAME : line -> true);
    }

    public String kindLabel(PackageDiff.Kind kind) {
        if (kind == PackageDiff.Kind.SAME) {
            return "";
        }
        return messages.get("pricing.compare.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern ONE_CURRENCY = java.util.regex.Pattern.compile(
            "currency=([A-Z]{3})(?: |$)");

    /**
     * A value as a person reads it: a flat amount in major units with its currency (when the price names one),
     * a rate in per cent; anything else as the API has it. The CSV keeps the API's values.
     */
    public String display(PackageDiff.Line line, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (line.field().endsWith("flat_amount")) {
                var currency = ONE_CURRENCY.matcher(line.price());
                return currency.find() ? Money.format(Long.parseLong(value), currency.group(1), messages.locale())
                        + " " + currency.group(1) : value;
            }
            if (line.field().endsWith("unit_amount")) {
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

    public void exportCsv(Path target) {
        List<PackageDiff.Line> all = List.copyOf(lines);
        String left = leftName.get();
        String right = rightName.get();
        services.tasks().run(BackgroundTask.of(messages.get("pricing.compare.export"), task -> {
            CsvTable.write(target, List.of("product", "price", "field", left, right, "change"), all.stream()
                    .map(line -> List.of(line.product(), line.price(), line.field(), Objects.toString(line.left(), ""),
                            Objects.toString(line.right(), ""), line.kind().name().toLowerCase(Locale.ROOT)))
                    .toList());
            return all.size();
        }).onSuccess(count -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("pricing.compare.exported", count, target.getFileName())))
                .onFailure(failure -> services.dialogs().showError(messages.get("pricing.compare.export"),
                        services.errors().describe(failure))));
    }

    public FilteredList<PackageDiff.Line> lines() {
        return shown;
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

    public ReadOnlyStringProperty leftNameProperty() {
        return leftName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightNameProperty() {
        return rightName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
