package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.PricePackageSummary;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.ui.ContentState;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One account as a page: fetched fresh when opened, with its tabs (overview, details, services, connections, events
 * and notes, onboarding link) and the actions on the account as a whole (reload, delete). The place
 * {@code account?id=…&tab=…} says which account and tab; changing tab updates the place without a new history entry.
 */
public final class AccountPageViewModel implements ScreenModel, io.accountsdesk.app.core.AccountPageContext {

    private final SessionServices services;
    private final Messages messages;
    private final AccountEditViewModel edit;
    private final AccountServicesViewModel servicesTab;
    private final AccountEventsViewModel events;
    private final OnboardingLinkViewModel link;

    private final ReadOnlyStringWrapper accountId = new ReadOnlyStringWrapper(this, "accountId");
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyObjectWrapper<AccountTab> tab = new ReadOnlyObjectWrapper<>(this, "tab",
            AccountTab.OVERVIEW);
    private final ReadOnlyBooleanWrapper deleting = new ReadOnlyBooleanWrapper(this, "deleting");
    private final ReadOnlyObjectWrapper<AccountOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper(this, "item", "");
    private final ReadOnlyObjectWrapper<ContentState> pricePackageState = new ReadOnlyObjectWrapper<>(this,
            "pricePackageState", ContentState.LOADING);
    private final ReadOnlyObjectWrapper<PricePackageSummary> pricePackage = new ReadOnlyObjectWrapper<>(this,
            "pricePackage");
    private final ReadOnlyStringWrapper pricePackageMessage = new ReadOnlyStringWrapper(this,
            "pricePackageMessage", "");
    private final java.util.List<Runnable> disposeAlso = new java.util.ArrayList<>();
    private Cancellable loading = Cancellable.NONE;
    /** How many times an account was shown: a read behind the page applies only if none was shown since it began. */
    private long shows;
    private Cancellable loadingPrice = Cancellable.NONE;

    public AccountPageViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.edit = new AccountEditViewModel(services, this::saved);
        this.servicesTab = new AccountServicesViewModel(services, this::saved);
        this.events = new AccountEventsViewModel(services);
        this.link = new OnboardingLinkViewModel(services);
    }

    /** Shows the account and tab {@code place} names; another account is fetched, another tab only shown. */
    @Override
    public void activate(Place place) {
        String id = place.param("id");
        tab.set(AccountTab.of(place.param("tab")));
        if (id == null) {
            item.set("");
            state.set(ContentState.ERROR);
            errorMessage.set(messages.get("account.error.noId"));
            return;
        }
        if (!id.equals(accountId.get()) || state.get() == ContentState.ERROR) {
            load(id);
        }
        // After the account: a tab hearing of the item acts on the account the place names, not the one before.
        item.set(place.param("item") == null ? "" : place.param("item"));
        fetchWhatTheTabShows();
    }

    /** Switches tab; the place follows, so a link or "back" comes back to it. */
    public void selectTab(AccountTab value) {
        tab.set(value);
        item.set("");
        if (accountId.get() != null) {
            services.navigator().replace(place());
        }
        fetchWhatTheTabShows();
    }

    /** The events are the one tab with calls of their own: they are fetched when first looked at, not on every open. */
    private void fetchWhatTheTabShows() {
        if (tab.get() == AccountTab.EVENTS) {
            events.fetchOnce();
        }
    }

    public Place place() {
        return Place.of("account", "id", accountId.get(), "tab", tab.get().id());
    }

    /** The page's own Reload and Retry: everything is read again, and the page says it is loading meanwhile. */
    public void reload() {
        if (accountId.get() != null) {
            load(accountId.get());
        }
    }

    /**
     * A tab's change: the account is read again behind what the page shows, which stays, so the tab the user works
     * in keeps its focus. A page with nothing to show yet loads as usual.
     */
    @Override
    public void refresh() {
        String id = accountId.get();
        if (id == null) {
            return;
        }
        if (state.get() != ContentState.READY || account.get() == null) {
            load(id);
            return;
        }
        loading.cancel();
        // The events the tab's change made are fetched again when the Events tab is next looked at.
        events.open(id);
        fetchWhatTheTabShows();
        long shownBefore = shows;
        loading = services.tasks().run(messages.format("account.task.load", id),
                task -> read(id, task),
                loaded -> {
                    // An account shown meanwhile (the details just saved) is newer than this read.
                    if (id.equals(accountId.get()) && shows == shownBefore) {
                        show(loaded);
                    }
                },
                failure -> {
                    // The status bar says what failed; the page keeps the account as last read.
                });
    }

    private void load(String id) {
        loading.cancel();
        loadingPrice.cancel();
        accountId.set(id);
        account.set(null);
        title.set(id);
        subtitle.set("");
        state.set(ContentState.LOADING);
        events.open(id);
        link.show(id);
        loading = services.tasks().run(messages.format("account.task.load", id),
                task -> read(id, task),
                this::show,
                failure -> {
                    errorMessage.set(messages.format("account.error.load", id, services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
        loadPricePackage(id);
        fetchWhatTheTabShows();
    }

    private Account read(String id, io.accountsdesk.app.core.tasks.TaskContext task) {
        Account loaded = services.api(task).accounts().get(id);
        // The details form reads the account as JSON on the UI thread when it shows; the first time, Jackson builds
        // its serializers for the whole account (a few hundred ms): here, not there.
        AccountWrites.tree(loaded);
        return loaded;
    }

    private void show(Account value) {
        shows++;
        account.set(value);
        title.set(Objects.requireNonNullElse(value.name(), value.accountId()));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(services.clock().getZone());
        String org = value.company() == null ? null : value.company().organizationNumber();
        subtitle.set(messages.format("account.subtitle", value.accountId(), org == null ? "—" : org,
                value.createdAt() == null ? "—" : date.format(value.createdAt())));
        overview.set(AccountOverview.of(value, messages, services.clock().getZone()));
        edit.load(value);
        servicesTab.load(value);
        state.set(ContentState.READY);
    }

    /** The price package lives under the account's own path, so the call acts on the account with its own token. */
    private void loadPricePackage(String id) {
        pricePackage.set(null);
        pricePackageMessage.set("");
        pricePackageState.set(ContentState.LOADING);
        loadingPrice = services.tasks().run(messages.format("account.task.pricePackage", id),
                task -> {
                    try {
                        return services.subAccount(id, task).pricing().ofAccount(id);
                    } catch (ApiException.NotFound none) {
                        // No package set is a state of the account, not a failure to report in the status bar.
                        return null;
                    }
                },
                found -> {
                    if (found == null) {
                        pricePackageMessage.set(messages.get("pricing.none"));
                        pricePackageState.set(ContentState.EMPTY);
                        return;
                    }
                    pricePackage.set(PricePackageSummary.of(found, messages));
                    pricePackageState.set(ContentState.READY);
                },
                failure -> {
                    pricePackageMessage.set(messages.format("pricing.error", services.errors().describe(failure)));
                    pricePackageState.set(ContentState.ERROR);
                });
    }

    /** A tab saved the account: every tab shows it as saved, and so does the list. */
    private void saved(Account value) {
        show(value);
        services.events().publish(new AccountChanged(value));
    }

    /**
     * Deletes the account after asking; in production the user must type the account id. Afterwards the list no
     * longer shows it and the page goes back to the list.
     */
    public void delete() {
        Account current = account.get();
        if (current == null || deleting.get()) {
            return;
        }
        String id = current.accountId();
        String name = Objects.requireNonNullElse(current.name(), id);
        boolean confirmed = services.confirmDestructive(messages.format("account.delete.title", name),
                messages.format(services.touchesProduction() ? "account.delete.text.production"
                        : "account.delete.text", name, id), id, messages.get("account.delete.confirm"));
        if (!confirmed) {
            return;
        }
        deleting.set(true);
        services.tasks().run(BackgroundTask.of(messages.format("account.task.delete", id),
                        task -> services.api(task).accounts().delete(id))
                .onSuccess(deleted -> {
                    services.events().publish(new AccountDeleted(id));
                    FormDraft.forget(services, AccountEditViewModel.DRAFT_FORM, id);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("account.deleted", name, id));
                    leaveForList(id);
                })
                .onFailure(failure -> services.dialogs().showError(messages.format("account.delete.failed", id),
                        services.errors().describe(failure)))
                .onFinished(() -> deleting.set(false)));
    }

    /**
     * Back to where the user came from if that was the list, else to the list: never to the deleted account. Only if
     * the user still looks at it: someone who moved on while the delete ran stays where they went.
     */
    private void leaveForList(String deletedId) {
        Place here = services.navigator().current();
        if (here == null || !here.screen().equals("account") || !deletedId.equals(here.param("id"))) {
            return;
        }
        List<Place> back = services.navigator().backHistory();
        if (!back.isEmpty() && back.get(0).screen().equals(AccountsPlace.SCREEN)) {
            services.navigator().back();
        } else {
            services.navigator().goTo(Place.of(AccountsPlace.SCREEN));
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return edit.form().isDirty() || servicesTab.form().isDirty() || events.noteForm().isDirty();
    }

    @Override
    public void discardChanges() {
        edit.discard();
        servicesTab.discard();
        events.discardNote();
    }

    /**
     * The save key: saves what the tab on show edits; elsewhere, whichever form holds changes, on its own tab (the
     * details first, as they are reviewed before they are sent).
     */
    public void save() {
        switch (tab.get()) {
            case DETAILS -> edit.submit();
            case SERVICES -> servicesTab.save();
            case EVENTS -> events.addNote();
            default -> {
                if (edit.form().isDirty()) {
                    selectTab(AccountTab.DETAILS);
                    edit.submit();
                } else if (servicesTab.form().isDirty()) {
                    selectTab(AccountTab.SERVICES);
                    servicesTab.save();
                }
            }
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
        loadingPrice.cancel();
        events.dispose();
        disposeAlso.forEach(Runnable::run);
        disposeAlso.clear();
    }

    /** Runs {@code action} when the page is disposed: the tabs other features add end with it. */
    public void onDispose(Runnable action) {
        disposeAlso.add(action);
    }

    public AccountEditViewModel edit() {
        return edit;
    }

    public AccountServicesViewModel servicesTab() {
        return servicesTab;
    }

    public AccountEventsViewModel events() {
        return events;
    }

    public OnboardingLinkViewModel link() {
        return link;
    }

    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountTab> tabProperty() {
        return tab.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deletingProperty() {
        return deleting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContentState> pricePackageStateProperty() {
        return pricePackageState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PricePackageSummary> pricePackageProperty() {
        return pricePackage.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pricePackageMessageProperty() {
        return pricePackageMessage.getReadOnlyProperty();
    }

    /** Opens the account's price package in the editor, read-only, where it can be read whole and copied. */
    public void openPricePackage() {
        PricePackageSummary shown = pricePackage.get();
        if (shown != null) {
            services.navigator().goTo(Place.of("price-package-editor", "view", shown.id()));
        }
    }

    /** Opens the price packages to choose which this account may use; the list assigns them to it directly. */
    public void choosePricePackages() {
        if (accountId.get() != null) {
            services.navigator().goTo(Place.of("price-packages", "for", accountId.get()));
        }
    }

    /** The time zone the page shows times in: the session's clock's. */
    public java.time.ZoneId zone() {
        return services.clock().getZone();
    }

    @Override
    public ReadOnlyStringProperty accountIdProperty() {
        return accountId.getReadOnlyProperty();
    }
}
