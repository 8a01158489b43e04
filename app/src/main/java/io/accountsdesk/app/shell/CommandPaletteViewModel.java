package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Debouncer;
import io.accountsdesk.app.core.Disposables;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.preferences.SavedView;
import io.accountsdesk.client.AccountIds;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ctrl+K: one box that jumps to any screen, runs any action, opens a saved view, or finds any account by id, name or
 * organisation number. Screens, actions and views are matched here as the user types; accounts come from the
 * server's search, asked once the typing pauses, with the previous search called off.
 */
public final class CommandPaletteViewModel {

    /** The typing pause before the server is asked; short enough to feel immediate. */
    static final Duration SEARCH_DELAY = Duration.ofMillis(250);
    static final int ACCOUNT_RESULTS = 8;
    static final int LOCAL_RESULTS = 12;

    private final SessionServices services;
    private final Messages messages;
    private final Supplier<List<ScreenDescriptor>> screens;
    private final ActionRegistry actions;
    private final Debouncer debouncer;
    private final Disposables disposables = new Disposables();

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PaletteItem> results = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper searchError = new ReadOnlyStringWrapper(this, "searchError", "");
    private List<PaletteItem> local = List.of();
    private List<PaletteItem> accounts = List.of();
    private Cancellable search = Cancellable.NONE;

    public CommandPaletteViewModel(SessionServices services, Supplier<List<ScreenDescriptor>> screens,
                                   ActionRegistry actions) {
        this.services = services;
        this.messages = services.messages();
        this.screens = screens;
        this.actions = actions;
        this.debouncer = new Debouncer(services.scheduler(), SEARCH_DELAY);
        javafx.beans.value.ChangeListener<String> onQuery = (obs, old, text) -> refresh(text);
        query.addListener(onQuery);
        disposables.add(() -> query.removeListener(onQuery));
        disposables.add(debouncer::cancel);
        disposables.add(() -> search.cancel());
    }

    public void show() {
        if ("".equals(query.get())) {
            refresh("");
        } else {
            query.set(""); // refreshes through its listener
        }
        open.set(true);
    }

    public void close() {
        debouncer.cancel();
        search.cancel();
        searching.set(false);
        open.set(false);
    }

    /** Runs the selected line, if any, and closes. */
    public void chooseSelected() {
        int index = selected.get();
        if (index >= 0 && index < results.size()) {
            choose(results.get(index));
        }
    }

    public void choose(PaletteItem item) {
        close();
        item.run().run();
    }

    public void moveSelection(int delta) {
        if (results.isEmpty()) {
            selected.set(-1);
            return;
        }
        int next = Math.floorMod(Math.max(selected.get(), 0) + delta, results.size());
        selected.set(next);
    }

    private void refresh(String text) {
        String term = text == null ? "" : text.strip();
        local = localMatches(term);
        accounts = exactAccount(term);
        publish();
        search.cancel();
        searchError.set("");
        if (term.length() >= 2) {
            searching.set(true);
            debouncer.submit(() -> searchAccounts(term));
        } else {
            debouncer.cancel();
            searching.set(false);
        }
    }

    private void publish() {
        List<PaletteItem> all = new ArrayList<>(local);
        all.addAll(accounts);
        results.setAll(all);
        selected.set(all.isEmpty() ? -1 : 0);
    }

    private List<PaletteItem> exactAccount(String term) {
        String upper = term.toUpperCase(Locale.ROOT);
        if (!AccountIds.AID.matcher(upper).matches()) {
            return List.of();
        }
        return List.of(accountItem(upper, messages.get("palette.account.open"), upper));
    }

    private void searchAccounts(String term) {
        search = services.tasks().run(messages.format("palette.task.search", term),
                task -> services.api(task).accounts().list(AccountQuery.all().withSearch(term)
                        .withLimit(ACCOUNT_RESULTS), null).items(),
                found -> {
                    searching.set(false);
                    if (!term.equals(query.get().strip())) {
                        return;
                    }
                    List<PaletteItem> items = new ArrayList<>(exactAccount(term));
                    for (Account account : found) {
                        if (items.stream().noneMatch(i -> i.detail().startsWith(account.accountId()))) {
                            items.add(accountItem(account.accountId(), account.name(), detail(account)));
                        }
                    }
                    accounts = items;
                    publish();
                },
                failure -> {
                    searching.set(false);
                    searchError.set(messages.format("palette.search.error", services.errors().describe(failure)));
                });
    }

    private static String detail(Account account) {
        String org = account.company() == null ? null : account.company().organizationNumber();
        return org == null || org.isBlank() ? account.accountId() : account.accountId() + " · " + org;
    }

    private PaletteItem accountItem(String accountId, String title, String detail) {
        return new PaletteItem(PaletteItem.Kind.ACCOUNT, title == null ? accountId : title, detail, null,
                () -> services.navigator().goTo(Place.of("account", "id", accountId)));
    }

    private List<PaletteItem> localMatches(String term) {
        List<Scored> scored = new ArrayList<>();
        for (ScreenDescriptor screen : screens.get()) {
            if (!screen.inSidebar()) {
                continue;
            }
            String title = messages.get(screen.titleKey());
            add(scored, term, new PaletteItem(PaletteItem.Kind.SCREEN, title, messages.get("palette.kind.screen"),
                    screen.shortcut(), () -> services.navigator().goTo(screen.place())));
        }
        for (SavedView view : services.preferences().current().savedViews()) {
            add(scored, term, new PaletteItem(PaletteItem.Kind.VIEW, view.name(), messages.get("palette.kind.view"),
                    null, () -> services.navigator().goTo(Place.parse(view.place()))));
        }
        for (AppAction action : actions.available()) {
            if (action.id().equals("palette.open") || !action.enabled().get()) {
                continue;
            }
            add(scored, term, new PaletteItem(PaletteItem.Kind.ACTION, messages.get(action.titleKey()),
                    messages.get("palette.kind.action"), action.shortcut(), action::runIfEnabled));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.item().kind()))
                .limit(LOCAL_RESULTS)
                .map(Scored::item)
                .toList();
    }

    private record Scored(PaletteItem item, int score) {
    }

    /** Lower is better: the title starts with the term, a word of it does, it contains it; else no match. */
    private static void add(List<Scored> scored, String term, PaletteItem item) {
        if (term.isEmpty()) {
            scored.add(new Scored(item, 0));
            return;
        }
        String title = item.title().toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        int score;
        if (title.startsWith(t)) {
            score = 0;
        } else if (title.contains(" " + t)) {
            score = 1;
        } else if (title.contains(t)) {
            score = 2;
        } else {
            return;
        }
        scored.add(new Scored(item, score));
    }

    public void dispose() {
        disposables.dispose();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PaletteItem> results() {
        return results;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The server search is under way. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }
}
