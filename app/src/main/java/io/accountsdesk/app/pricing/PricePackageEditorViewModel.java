package io.accountsdesk.app.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.pricing.NewPricePackage;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The structured editor of a new price package ({@code POST .../management/price-packages}): products, their
 * prices, each price's dimensions and amounts. Every edit makes a new immutable draft, so undo and redo walk the
 * drafts. Every constraint the seed sets is checked after each edit, with each message on the path the server would
 * name ({@code products.0.prices.1.amounts.0.flat_amount}), so a 400 lands in the same place.
 *
 * <p>The seed has no update operation: "edit" starts a new package from a copy. Newer published docs add
 * {@code PUT …/price-packages/{price_package_id}}; the seed is the contract, so it is not called.
 */
public final class PricePackageEditorViewModel implements ScreenModel {

    public static final String SCREEN = "price-package-editor";
    private static final ObjectMapper JSON = Json.newMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Pattern UNIT_AMOUNT = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A constraint the draft breaks, on the path the server uses for it. */
    public record Problem(String path, String message) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<PackageDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft",
            PackageDraft.empty());
    private final Deque<PackageDraft> undo = new ArrayDeque<>();
    private final Deque<PackageDraft> redo = new ArrayDeque<>();
    /** While {@link #keepTyping} runs: an edit goes to the draft on disk only. */
    private boolean onlyOnDisk;
    /** The draft on disk holds typing the package does not. */
    private boolean typingOnDisk;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final List<Problem> serverProblems = new ArrayList<>();
    private String loaded;
    private boolean restored;

    public PricePackageEditorViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        check();
    }

    @Override
    public void activate(Place place) {
        String copy = place.param("copy");
        String view = place.param("view");
        String key = copy != null ? "copy:" + copy : view != null ? "view:" + view : "new";
        if (key.equals(loaded)) {
            return;
        }
        loaded = key;
        readOnly.set(view != null);
        source.set(copy != null ? copy : view != null ? view : "");
        if (copy != null || view != null) {
            String id = copy != null ? copy : view;
            services.tasks().run(messages.format(copy != null ? "pricing.editor.task.copy" : "pricing.editor.task.view",
                            id),
                    task -> services.api(task).pricing().list(PricePackageQuery.all().withPricePackageId(id), null)
                            .items().stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                                    messages.format("pricing.compare.missing", id))),
                    (PricePackage read) -> {
                        if (copy != null) {
                            // Not kept until the first edit: a copy just read is no typing, and keeping it at
                            // once replaced, unasked, a package left unsaved before (after a crash, say).
                            replace(PackageDraft.copyOf(read, messages.get("pricing.editor.copySuffix")));
                            note.set(messages.format("pricing.editor.copyNote", copy));
                        } else {
                            replace(PackageDraft.of(read.pricePackageId(), read.name(), read.description(),
                                    read.pricingConditions(), read.products()));
                            note.set(messages.format("pricing.editor.viewNote", id));
                        }
                    },
                    failure -> note.set(messages.format("pricing.editor.copyFailed", id,
                            services.errors().describe(failure))));
        } else {
            replace(PackageDraft.empty());
            note.set("");
            EditorDraft.load(services, kept -> kept.ifPresent(found -> {
                if ("new".equals(loaded) && undo.isEmpty()) {
                    replace(found.draft());
                    // Restored work counts as unsaved: leaving asks first, and undo cannot go behind it.
                    restored = true;
                    note.set(messages.format("pricing.editor.restored", DurationText.of(
                            java.time.Duration.between(found.savedAt(), services.clock().instant()), messages)));
                }
            }));
        }
    }

    /** Throws the unsaved package away, once the user says so, and starts an empty one. */
    public void startAfresh() {
        if (!hasUnsavedChanges() || services.dialogs().confirm(messages.get("pricing.editor.afresh"),
                messages.get("pricing.editor.afresh.confirm"), messages.get("pricing.editor.afresh"))) {
            discardChanges();
            loaded = "new";
            source.set("");
            note.set("");
        }
    }

    /** Leaves the read-only view for a new package copied from the one shown: the seed cannot change a package. */
    public void editAsCopy() {
        if (readOnly.get() && !source.get().isEmpty()) {
            services.navigator().goTo(Place.of(SCREEN, "copy", source.get()));
        }
    }

    /** Sets the draft beside the package it was copied from. */
    public void compareWithSource() {
        if (!source.get().isEmpty()) {
            EditorDraft.keep(services, draft.get());
            services.navigator().goTo(Place.of(PackageCompareViewModel.SCREEN, "ids", source.get(), "draft",
                    "1"));
        }
    }

    @Override
    public void dispose() {
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !readOnly.get() && (!undo.isEmpty() || restored) && result.get().isEmpty();
    }

    @Override
    public void discardChanges() {
        undo.clear();
        redo.clear();
        restored = false;
        replace(PackageDraft.empty());
        EditorDraft.forget(services);
        // What the editor shows next is read afresh.
        loaded = null;
    }

    // ---- history ----

    /** Applies one edit: the draft before it goes on the undo stack, the redo stack is cleared. */
    void edit(UnaryOperator<PackageDraft> change) {
        if (readOnly.get()) {
            return;
        }
        PackageDraft before = draft.get();
        PackageDraft after = change.apply(before);
        if (after.equals(before)) {
            // Typed back to what the package holds (or kept unchanged): typing on disk must not outlive it.
            dropTyping();
            return;
        }
        if (onlyOnDisk) {
            typingOnDisk = true;
            EditorDraft.keep(services, after);
            return;
        }
        typingOnDisk = false;
        undo.push(before);
        redo.clear();
        serverProblems.clear();
        set(after);
        EditorDraft.keep(services, after);
    }

    /**
     * Keeps on disk, and nowhere else, the edit {@code typing} would make: what is typed in a cell not yet kept. A
     * crash keeps it with the draft; the package, its problems and undo change only once the cell's text is kept
     * (Enter, Tab, leaving the cell), which makes the edit itself.
     */
    public void keepTyping(Runnable typing) {
        onlyOnDisk = true;
        try {
            typing.run();
        } finally {
            onlyOnDisk = false;
        }
    }

    /** The typing in a cell was dropped (Escape): the draft on disk is the package as it is again. */
    public void dropTyping() {
        if (typingOnDisk) {
            typingOnDisk = false;
            EditorDraft.keep(services, draft.get());
        }
    }

    private void replace(PackageDraft value) {
        undo.clear();
        redo.clear();
        serverProblems.clear();
        set(value);
    }

    private void set(PackageDraft value) {
        // The problems first: whoever redraws on the new draft must see its problems, not the last one's.
        check(value);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        result.set("");
        draft.set(value);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(draft.get());
            PackageDraft previous = undo.pop();
            serverProblems.clear();
            set(previous);
            EditorDraft.keep(services, previous);
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(draft.get());
            PackageDraft next = redo.pop();
            serverProblems.clear();
            set(next);
            EditorDraft.keep(services, next);
        }
    }

    // ---- package fields ----

    public void setPackage(String id, String name, String description, String conditions) {
        edit(d -> new PackageDraft(id, name, description, conditions, d.products()));
    }

    // ---- products ----

    public void addProduct() {
        edit(d -> d.withProducts(with(d.products(), d.products().size(), PackageDraft.Product.empty())));
    }

    public void removeProduct(int p) {
        edit(d -> d.withProducts(without(d.products(), p)));
    }

    public void duplicateProduct(int p) {
        edit(d -> d.withProducts(with(d.products(), p + 1, d.products().get(p))));
    }

    public void moveProduct(int p, int by) {
        edit(d -> d.withProducts(moved(d.products(), p, by)));
    }

    public void setProduct(int p, String namespace, String productId) {
        edit(d -> d.withProducts(replaced(d.products(), p,
                new PackageDraft.Product(namespace, productId, d.products().get(p).prices()))));
    }

    // ---- prices ----

    public void addPrice(int p) {
        editProduct(p, product -> withPrices(product, with(product.prices(), product.prices().size(),
                PackageDraft.Price.empty())));
    }

    public void removePrice(int p, int r) {
        editProduct(p, product -> withPrices(product, without(product.prices(), r)));
    }

    public void duplicatePrice(int p, int r) {
        editProduct(p, product -> withPrices(product, with(product.prices(), r + 1, product.prices().get(r))));
    }

    public void movePrice(int p, int r, int by) {
        editProduct(p, product -> withPrices(product, moved(product.prices(), r, by)));
    }

    /**
     * Sets a price's type and dimensions, written as {@code name=value,value; name=value}: the way a person lists
     * them, and one input to edit by keyboard.
     */
    public void setPrice(int p, int r, String type, String dimensions) {
        editPrice(p, r, price -> new PackageDraft.Price(type, parseDimensions(dimensions), price.amounts()));
    }

    // ---- amounts ----

    public void addAmount(int p, int r) {
        editPrice(p, r, price -> new PackageDraft.Price(price.type(), price.dimensions(),
                with(price.amounts(), price.amounts().size(), PackageDraft.Amount.empty())));
    }

    public void removeAmount(int p, int r, int a) {
        editPrice(p, r, price -> new PackageDraft.Price(price.type(), price.dimensions(),
                without(price.amounts(), a)));
    }

    public void duplicateAmount(int p, int r, int a) {
        editPrice(p, r, price -> new PackageDraft.Price(price.type(), price.dimensions(),
                with(price.amounts(), a + 1, price.amounts().get(a))));
    }

    public void moveAmount(int p, int r, int a, int by) {
        editPrice(p, r, price -> new PackageDraft.Price(price.type(), price.dimensions(),
                moved(price.amounts(), a, by)));
    }

    /** @param flatMajor the flat amount in major units as typed ("1,50" in Norwegian), empty for none */
    public void setAmount(int p, int r, int a, String name, String flatMajor, String unitAmount) {
        editPrice(p, r, price -> new PackageDraft.Price(price.type(), price.dimensions(), replaced(price.amounts(),
                a, new PackageDraft.Amount(name, price.amounts().get(a).description(), flatMajor, unitAmount))));
    }

    /** Sets one value of an amount, as a cell of the amounts table edits it. */
    public void setAmountValue(int p, int r, int a, AmountField field, String value) {
        editPrice(p, r, price -> {
            PackageDraft.Amount was = price.amounts().get(a);
            String v = value == null ? "" : value;
            PackageDraft.Amount now = switch (field) {
                case NAME -> new PackageDraft.Amount(v, was.description(), was.flatMajor(), was.unitAmount());
                case DESCRIPTION -> new PackageDraft.Amount(was.name(), v, was.flatMajor(), was.unitAmount());
                case FLAT_AMOUNT -> new PackageDraft.Amount(was.name(), was.description(), v, was.unitAmount());
                case UNIT_AMOUNT -> new PackageDraft.Amount(was.name(), was.description(), was.flatMajor(), v);
            };
            return new PackageDraft.Price(price.type(), price.dimensions(), replaced(price.amounts(), a, now));
        });
    }

    /** The values of an amount a table cell edits, by the name the API and its problems use. */
    public enum AmountField {
        NAME("name"), DESCRIPTION("description"), FLAT_AMOUNT("flat_amount"), UNIT_AMOUNT("unit_amount");

        private final String json;

        AmountField(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** The problem on one value (a cell), if there is one: {@code products.0.prices.1.amounts.0.flat_amount}. */
    public java.util.Optional<String> problemAt(String path) {
        return problems.stream().filter(problem -> problem.path().equals(path)).map(Problem::message).findFirst();
    }

    private void editProduct(int p, UnaryOperator<PackageDraft.Product> change) {
        edit(d -> d.withProducts(replaced(d.products(), p, change.apply(d.products().get(p)))));
    }

    private void editPrice(int p, int r, UnaryOperator<PackageDraft.Price> change) {
        editProduct(p, product -> withPrices(product, replaced(product.prices(), r,
                change.apply(product.prices().get(r)))));
    }

    private static PackageDraft.Product withPrices(PackageDraft.Product product, List<PackageDraft.Price> prices) {
        return new PackageDraft.Product(product.namespace(), product.productId(), prices);
    }

    static List<PackageDraft.Dimension> parseDimensions(String text) {
        List<PackageDraft.Dimension> list = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).strip();
            List<String> values = eq < 0 ? List.of() : RequestValues.split(part.substring(eq + 1));
            list.add(new PackageDraft.Dimension(name, values));
        }
        return list;
    }

    static String dimensionsText(List<PackageDraft.Dimension> dimensions) {
        return String.join("; ", dimensions.stream().map(d -> d.name() + "=" + String.join(",", d.values()))
                .toList());
    }

    /** Comma lists, as in dimension values. */
    static final class RequestValues {
        private RequestValues() {
        }

        static List<String> split(String text) {
            List<String> values = new ArrayList<>();
            for (String value : text.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            return values;
        }
    }

    private static <T> List<T> with(List<T> list, int at, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.min(at, copy.size()), item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, int at) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(at);
        return copy;
    }

    private static <T> List<T> replaced(List<T> list, int at, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(at, item);
        return copy;
    }

    private static <T> List<T> moved(List<T> list, int from, int by) {
        int to = from + by;
        if (to < 0 || to >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }

    // ---- checks ----

    private void check() {
        check(draft.get());
    }

    private void check(PackageDraft d) {
        List<Problem> found = new ArrayList<>();
        // The seed's create requires the id, the name, the description and the products.
        requireLength(found, "price_package_id", d.pricePackageId(), 200);
        requireLength(found, "name", d.name(), 200);
        if (d.description() == null || d.description().isBlank()) {
            found.add(new Problem("description", messages.get("validation.required")));
        }
        if (d.products().isEmpty()) {
            found.add(new Problem("products", messages.get("pricing.editor.noProducts")));
        }
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < d.products().size(); p++) {
            PackageDraft.Product product = d.products().get(p);
            String at = "products." + p;
            if (product.productId().isBlank()) {
                found.add(new Problem(at + ".product_id", messages.get("validation.required")));
            } else if (!ids.add(product.namespace() + "/" + product.productId())) {
                found.add(new Problem(at + ".product_id", messages.format("pricing.editor.duplicateProduct",
                        product.productId())));
            }
            for (int r = 0; r < product.prices().size(); r++) {
                PackageDraft.Price price = product.prices().get(r);
                String priceAt = at + ".prices." + r;
                for (int i = 0; i < price.dimensions().size(); i++) {
                    checkDimension(found, priceAt + ".dimensions." + i, price.dimensions().get(i));
                }
                for (int a = 0; a < price.amounts().size(); a++) {
                    PackageDraft.Amount amount = price.amounts().get(a);
                    String amountAt = priceAt + ".amounts." + a;
                    if (!amount.flatMajor().isBlank()
                            && Money.parse(amount.flatMajor(), price.currency(), messages.locale()).isEmpty()) {
                        found.add(new Problem(amountAt + ".flat_amount", messages.format("pricing.editor.money",
                                price.currency(), Money.decimals(price.currency()),
                                Money.format(150, price.currency(), messages.locale()))));
                    }
                    if (!amount.unitAmount().isBlank() && !UNIT_AMOUNT.matcher(amount.unitAmount().strip()).matches()) {
                        found.add(new Problem(amountAt + ".unit_amount", messages.get("pricing.editor.rate")));
                    }
                }
            }
        }
        found.addAll(serverProblems);
        problems.setAll(found);
    }

    private void requireLength(List<Problem> found, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            found.add(new Problem(path, messages.get("validation.required")));
        } else if (value.strip().length() > max) {
            found.add(new Problem(path, messages.format("validation.maxLength", max, value.strip().length())));
        }
    }

    /** A dimension's values must match what the dimension is: currencies ISO 4217, countries ISO 3166. */
    private void checkDimension(List<Problem> found, String at, PackageDraft.Dimension dimension) {
        if (dimension.name().isBlank()) {
            found.add(new Problem(at + ".name", messages.get("validation.required")));
        }
        for (String value : dimension.values()) {
            // The seed's example names "card.issuer_country": any dimension about a country holds ISO codes.
            String name = dimension.name();
            boolean fits = name.equals("currency") || name.endsWith(".currency") ? isCurrency(value)
                    : name.equals("country") || name.endsWith("_country") || name.endsWith(".country")
                    ? COUNTRIES.contains(value) : true;
            if (!fits) {
                found.add(new Problem(at + ".values", messages.format("pricing.editor.dimensionValue", value,
                        dimension.name())));
            }
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    // ---- the request ----

    /** The request the draft makes; only when it has no problem. */
    NewPricePackage request() {
        return draft.get().toRequest(messages.locale());
    }

    /** Sends the package when nothing is wrong with it; a 400 puts its messages where they belong. */
    public void save() {
        if (!problems.isEmpty() || saving.get()) {
            note.set(messages.format("pricing.editor.fix", problems.size()));
            return;
        }
        NewPricePackage request = request();
        saving.set(true);
        services.tasks().run(BackgroundTask.of(messages.format("pricing.editor.task.save", request.pricePackageId()),
                        task -> services.api(task).pricing().create(request))
                .onSuccess(created -> {
                    undo.clear();
                    redo.clear();
                    restored = false;
                    EditorDraft.forget(services);
                    canUndo.set(false);
                    canRedo.set(false);
                    result.set(messages.format("pricing.editor.saved", request.pricePackageId()));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("pricing.editor.saved", request.pricePackageId()));
                })
                .onFailure(failure -> {
                    if (failure instanceof ApiException.Validation refused && !refused.errors().isEmpty()) {
                        for (FieldError error : refused.errors()) {
                            serverProblems.add(new Problem(error.field() == null ? "" : error.field()
                                    .replaceFirst("^body[.:]", "").replaceAll("\\[(\\d+)]", ".$1"), error.message()));
                        }
                        check();
                    } else {
                        note.set(messages.format("pricing.editor.saveFailed", services.errors().describe(failure)));
                    }
                })
                .onFinished(() -> saving.set(false)));
    }

    /** Opens the saved package in the list. */
    public void openSaved() {
        services.navigator().goTo(Place.of(PricePackagesViewModel.SCREEN, "id", draft.get().pricePackageId()));
    }

    /** Asks for a JSON file and puts the package it holds into the editor, checked like typing. */
    public void importJson() {
        services.dialogs().chooseOpenFile(messages.get("pricing.editor.import"),
                        List.of(new DialogService.FileType("JSON", List.of("*.json"))))
                .ifPresent(this::importJson);
    }

    public void importJson(Path file) {
        services.tasks().run(BackgroundTask.of(messages.format("pricing.editor.task.import", file.getFileName()),
                        task -> {
                            var tree = JSON.readTree(Files.readString(file));
                            // A package as the list shows it, or wrapped as the create answer wraps it.
                            var node = tree.has("price_package") ? tree.get("price_package") : tree;
                            return JSON.treeToValue(node, NewPricePackage.class);
                        })
                .onSuccess(read -> {
                    edit(d -> PackageDraft.of(read.pricePackageId(), read.name(), read.description(),
                            read.pricingConditions(), read.products()));
                    note.set(messages.format("pricing.editor.imported", file.getFileName(), problems.size()));
                })
                .onFailure(failure -> note.set(messages.format("pricing.editor.importFailed", file.getFileName(),
                        failure instanceof com.fasterxml.jackson.core.JacksonException json
                                ? json.getOriginalMessage() : services.errors().describe(failure)))));
    }

    public ReadOnlyObjectProperty<PackageDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The package the editor shows or copied, empty for a new one. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
