package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.shell.AccountTabContent;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.StatusBadge;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One account as a page: its name and state on top, the actions on it, and a tab per part of it. */
public final class AccountPageView extends VBox {

    private final AccountPageViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final Map<AccountTab, Tab> byTab = new EnumMap<>(AccountTab.class);
    private final Map<AccountTab, Supplier<Node>> contents = new EnumMap<>(AccountTab.class);
    private final Map<AccountTab, Supplier<AccountTabContent>> contributed;
    private final Map<AccountTab, AccountTabContent> made = new EnumMap<>(AccountTab.class);
    private AccountEventsView eventsView;

    /** @param contributed the tabs other features provide, made when first shown */
    public AccountPageView(AccountPageViewModel model, Messages messages,
                           Map<AccountTab, Supplier<AccountTabContent>> contributed) {
        this.model = model;
        this.messages = messages;
        this.contributed = contributed;
        getStyleClass().addAll("screen", "account-page");
        setId("account-page");
        createTabs();
        StatePane state = new StatePane(tabs);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("account.loading"));
        state.errorTitleProperty().set(messages.get("account.error.title"));
        state.errorTextProperty().bind(model.errorMessageProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        VBox.setVgrow(state, Priority.ALWAYS);
        getChildren().addAll(header(), state);
        wireTabs();
    }

    private VBox header() {
        Label title = new Label();
        title.setId("account-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.titleProperty());
        StatusBadge progression = new StatusBadge(null, Vocabularies.progressions(messages));
        progression.setId("account-progression");
        model.accountProperty().addListener((obs, old, account) -> progression.setStatus(
                account == null || account.progression() == null ? null : account.progression().value()));
        progression.visibleProperty().bind(progression.statusProperty().isNotNull());

        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.setId("account-reload");
        reload.getStyleClass().add(Styles.BUTTON_ICON);
        reload.setTooltip(new Tooltip(messages.get("account.reload")));
        reload.setOnAction(event -> model.reload());
        Button delete = new Button(messages.get("account.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("account-delete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.disableProperty().bind(model.accountProperty().isNull().or(model.deletingProperty()));
        delete.setOnAction(event -> model.delete());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, progression, spacer, reload, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        Label subtitle = new Label();
        subtitle.setId("account-subtitle");
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        return new VBox(2, top, subtitle);
    }

    private void createTabs() {
        tabs.setId("account-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        add(AccountTab.OVERVIEW, Feather.GRID, () -> new AccountOverviewView(model, messages));
        add(AccountTab.DETAILS, Feather.EDIT_3, () -> new AccountEditView(model.edit(), messages));
        add(AccountTab.SERVICES, Feather.PACKAGE, () -> new AccountServicesView(model.servicesTab(), messages));
        addContributed(AccountTab.CONNECTIONS, Feather.GIT_PULL_REQUEST);
        addContributed(AccountTab.SCREENING, Feather.SHIELD);
        addContributed(AccountTab.APPROVALS, Feather.CHECK_SQUARE);
        add(AccountTab.EVENTS, Feather.MESSAGE_SQUARE, () -> {
            eventsView = new AccountEventsView(model.events(), messages);
            return eventsView;
        });
        add(AccountTab.LINK, Feather.LINK, () -> new OnboardingLinkView(model.link(), messages));
    }

    /**
     * A tab's content is made when the tab is first selected: the page's first showing styles and lays out one tab,
     * not six. The content binds to its view model when made, so it shows what the model holds by then.
     */
    private void add(AccountTab which, Feather icon, Supplier<Node> content) {
        Tab tab = new Tab(messages.get("account.tab." + which.id()));
        tab.setId("tab-" + which.id());
        tab.setGraphic(new FontIcon(icon));
        byTab.put(which, tab);
        contents.put(which, content);
        tabs.getTabs().add(tab);
    }

    /** A tab whose content another feature provides; without that feature the page has no such tab. */
    private void addContributed(AccountTab which, Feather icon) {
        Supplier<AccountTabContent> content = contributed.get(which);
        if (content != null) {
            add(which, icon, () -> made.computeIfAbsent(which, w -> content.get()).view());
        }
    }

    private void fill(AccountTab which) {
        Tab tab = byTab.get(which);
        if (tab == null) {
            return;
        }
        if (tab.getContent() == null) {
            tab.setContent(contents.get(which).get());
        }
    }

    /** The selected tab's content is told it shows, the others' that they do not. */
    private void selected(Tab tab) {
        byTab.forEach((which, t) -> {
            AccountTabContent content = made.get(which);
            if (t == tab) {
                fill(which);
                made.getOrDefault(which, NOTHING).shown();
                if (model.tabProperty().get() != which) {
                    model.selectTab(which);
                }
            } else if (content != null) {
                content.hidden();
            }
        });
    }

    private static final AccountTabContent NOTHING = () -> null;

    private void wireTabs() {
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> selected(tab));
        Tab first = byTab.getOrDefault(model.tabProperty().get(), byTab.get(AccountTab.OVERVIEW));
        if (tabs.getSelectionModel().getSelectedItem() == first) {
            selected(first);
        } else {
            tabs.getSelectionModel().select(first);
        }
        model.tabProperty().addListener((obs, old, tab) -> {
            if (tabs.getSelectionModel().getSelectedItem() != byTab.get(tab)) {
                tabs.getSelectionModel().select(byTab.getOrDefault(tab, byTab.get(AccountTab.OVERVIEW)));
            }
        });
    }

    /** Goes to the notes and puts the cursor in the note box. */
    public void focusNote() {
        model.selectTab(AccountTab.EVENTS);
        fill(AccountTab.EVENTS);
        eventsView.focusNote();
    }

    public void focusTabs() {
        tabs.requestFocus();
    }
}
