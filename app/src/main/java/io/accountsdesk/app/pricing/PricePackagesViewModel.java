package io.accountsdesk.app.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.PricePackageSummary;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.client.pricing.PricePackageType;
import io.accountsdesk.ui.ContentState;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The partner's price packages ({@code GET .../management/price-packages}): the seed's filters (type, package id)
 * go to the server, a page at a time by cursor; the name search narrows what is loaded. The selected package shows
 * as a price list and as read-only JSON to copy.
 */
public final class PricePackagesViewModel implements ScreenModel {

    public static final String SCREEN = "price-packages";
    static final int PAGE = 50;
    private static final ObjectMapper JSON = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One package in the list. */
    public record PackageRow(String id, String name, String type, String creationState, int products, String created,
                             PricePackage source) {
    }

    private final SessionServices services;
    private final int pageSize;
    private final Messages messages;
    private final ObservableList<PackageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PackageRow> shown = new FilteredList<>(rows);
    private final StringProperty type = new SimpleStringProperty(this, "type", "");
    private final StringProperty packageId = new SimpleStringProperty(this, "packageId", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyObjectWrapper<PackageRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<PricePackageSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper(this, "json", "");
    private final ReadOnlyStringWrapper assignResult = new ReadOnlyStringWrapper(this, "assignResult", "");
    private final ReadOnlyStringWrapper assignedAccount = new ReadOnlyStringWrapper(this, "assignedAccount");
    private final ReadOnlyStringWrapper assignFor = new ReadOnlyStringWrapper(this, "assignFor");
    /** The seed's pattern for an account id. */
    private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("^[PT]\\d{8}$");
    private final DateTimeFormatter date;
    private String cursor;
    private Cancellable loading = Cancellable.NONE;
    private boolean loaded;
    private boolean busy;

    public PricePackagesViewModel(SessionServices services) {
        this(services, PAGE);
    }

    /** @param pageSize how many packages a page asks for (a test asks for few, to see the next page read) */
    PricePackagesViewModel(SessionServices services, int pageSize) {
        this.pageSize = pageSize;
        this.services = services;
        this.messages = services.messages();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(services.clock().getZone());
        search.addListener((obs, old, now) -> narrow());
        type.addListener((obs, old, now) -> reload());
    }

    @Override
    public void activate(Place place) {
        // Reached from an account's page: the packages chosen here are for that account, no need to ask which.
        assignFor.set(place.param("for"));
        String placeType = place.param("type");
        String placeId = place.param("id");
        boolean changed = placeType != null && !placeType.equals(type.get())
                || placeId != null && !placeId.equals(packageId.get());
        if (placeId != null) {
            packageId.set(placeId);
        }
        if (placeType != null) {
            type.set(placeType);
        }
        if (!loaded || changed) {
            reload();
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    /** Reads the first page again with the filters as they are. */
    public void reload() {
        loading.cancel();
        busy = false;
        rows.clear();
        cursor = null;
        select(null);
        state.set(ContentState.LOADING);
        loadPage();
    }

    /** Reads the next page, after the last one read. */
    public void loadMore() {
        if (more.get() && !busy) {
            loadPage();
        }
    }

    private void loadPage() {
        PricePackageQuery query = PricePackageQuery.all().withLimit(pageSize).withPricePackageId(packageId.get());
        if (!type.get().isBlank()) {
            query = query.withTypes(List.of(PricePackageType.of(type.get())));
        }
        PricePackageQuery sent = query;
        String after = cursor;
        error.set("");
        busy = true;
        loading = services.tasks().run(messages.get("pricing.task.list"),
                task -> services.api(task).pricing().list(sent, after),
                (Page<PricePackage> page) -> {
                    busy = false;
                    loaded = true;
                    page.items().forEach(p -> rows.add(row(p)));
                    cursor = page.nextCursor();
                    more.set(cursor != null && !page.items().isEmpty());
                    narrow();
                },
                failure -> {
                    busy = false;
                    error.set(messages.format("pricing.list.error", services.errors().describe(failure)));
                    if (rows.isEmpty()) {
                        state.set(ContentState.ERROR);
                    }
                });
    }

    private PackageRow row(PricePackage p) {
        String id = p.pricePackageId() != null ? p.pricePackageId() : p.id();
        return new PackageRow(id, p.name() == null ? id : p.name(), p.type() == null ? "" : p.type().value(),
                p.creationState() == null ? "" : p.creationState(), p.products() == null ? 0 : p.products().size(),
                p.createdAt() == null ? "" : date.format(p.createdAt()), p);
    }

    private void narrow() {
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(words.isEmpty() ? row -> true : row -> row.name().toLowerCase(Locale.ROOT).contains(words)
                || row.id().toLowerCase(Locale.ROOT).contains(words));
        state.set(rows.isEmpty() ? ContentState.EMPTY : ContentState.READY);
    }

    /** Shows {@code row}'s package as a price list and as JSON; {@code null} shows nothing. */
    public void select(PackageRow row) {
        selected.set(row);
        if (row == null) {
            summary.set(null);
            json.set("");
            return;
        }
        summary.set(PricePackageSummary.of(row.source(), messages));
        try {
            json.set(JSON.writeValueAsString(row.source()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            json.set(impossible.getMessage());
        }
    }

    /** Asks which account may use the chosen packages, then assigns them (see {@link #assign(List, String)}). */
    public void assignChosen(List<PackageRow> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        if (assignFor.get() != null) {
            assign(chosen, assignFor.get());
            return;
        }
        services.dialogs().prompt(messages.get("pricing.assign.title"), messages.get("pricing.assign.account"), "")
                .ifPresent(account -> assign(chosen, account));
    }

    /**
     * Lets {@code accountId} use {@code chosen} ({@code PUT .../accounts/{aid}/price-packages}). The account's
     * current package is read first, so the confirmation shows before and after; in production the user types the
     * account id to confirm. When the current package is not among the chosen, the first chosen becomes it.
     */
    public void assign(List<PackageRow> chosen, String accountId) {
        String aid = accountId == null ? "" : accountId.strip().toUpperCase(Locale.ROOT);
        assignResult.set("");
        if (!ACCOUNT_ID.matcher(aid).matches()) {
            assignResult.set(messages.format("pricing.assign.badId", accountId == null ? "" : accountId.strip()));
            return;
        }
        List<String> ids = chosen.stream().map(PackageRow::id).toList();
        services.tasks().run(messages.format("pricing.assign.task.read", aid), task -> {
            try {
                PricePackage current = services.subAccount(aid, task).pricing().ofAccount(aid);
                return current == null ? "" : current.pricePackageId() != null ? current.pricePackageId()
                        : current.id();
            } catch (io.accountsdesk.client.http.ApiException.NotFound none) {
                return "";
            }
        }, current -> confirmAndAssign(aid, ids, current),
                failure -> assignResult.set(messages.format("pricing.assign.failed", aid,
                        services.errors().describe(failure))));
    }

    private void confirmAndAssign(String aid, List<String> ids, String current) {
        String after = ids.contains(current) ? current : ids.get(0);
        String message = messages.format("pricing.assign.review", aid,
                current.isEmpty() ? messages.get("pricing.assign.none") : current, String.join(", ", ids), after);
        if (!services.confirmDestructive(messages.get("pricing.assign.title"), message, aid,
                messages.get("pricing.assign.confirm"))) {
            return;
        }
        services.tasks().run(messages.format("pricing.assign.task.save", aid),
                task -> services.api(task).pricing().setForAccount(aid,
                        io.accountsdesk.client.pricing.AccountPricePackagesUpdate.of(ids.toArray(String[]::new))),
                saved -> {
                    assignedAccount.set(aid);
                    assignResult.set(messages.format("pricing.assign.done", aid, String.join(", ", ids), after));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("pricing.assign.done", aid, String.join(", ", ids), after));
                },
                failure -> assignResult.set(messages.format("pricing.assign.failed", aid,
                        services.errors().describe(failure))));
    }

    /** Opens the editor on an empty package. */
    public void newPackage() {
        services.navigator().goTo(Place.of(PricePackageEditorViewModel.SCREEN));
    }

    /** Opens the editor on a copy of {@code row}'s package: the seed has no update, so editing makes a new one. */
    public void editAsCopy(PackageRow row) {
        if (row != null) {
            services.navigator().goTo(Place.of(PricePackageEditorViewModel.SCREEN, "copy", row.id()));
        }
    }

    /** Opens two or more chosen packages side by side, the first chosen as the one the others are held against. */
    public void compare(List<PackageRow> chosen) {
        if (chosen.size() >= 2) {
            services.navigator().goTo(Place.of(PackageCompareViewModel.SCREEN, "ids", ids(chosen)));
        }
    }

    /** Opens the chosen packages beside the package being built in the editor. */
    public void compareWithDraft(List<PackageRow> chosen) {
        if (!chosen.isEmpty()) {
            services.navigator().goTo(Place.of(PackageCompareViewModel.SCREEN, "ids", ids(chosen), "draft", "1"));
        }
    }

    private static String ids(List<PackageRow> chosen) {
        return String.join(",", chosen.stream().map(PackageRow::id).toList());
    }

    /** Opens the account the packages were last assigned to, on its overview with its price package. */
    public void openAssigned() {
        if (assignedAccount.get() != null) {
            services.navigator().goTo(Place.of("account", "id", assignedAccount.get(), "tab", "overview"));
        }
    }

    public ReadOnlyStringProperty assignResultProperty() {
        return assignResult.getReadOnlyProperty();
    }

    /** The account the list chooses packages for, when opened from that account's page; {@code null} otherwise. */
    public ReadOnlyStringProperty assignForProperty() {
        return assignFor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assignedAccountProperty() {
        return assignedAccount.getReadOnlyProperty();
    }

    /** After the view copied the JSON: says so, since copying shows nothing by itself. */
    public void copied() {
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("pricing.json.copied"));
    }

    public String creationStateLabel(String value) {
        String key = "pricing.creationState." + value;
        return value == null || value.isEmpty() ? "" : messages.has(key) ? messages.get(key) : value;
    }

    public FilteredList<PackageRow> rows() {
        return shown;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty packageIdProperty() {
        return packageId;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PackageRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PricePackageSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }
}
