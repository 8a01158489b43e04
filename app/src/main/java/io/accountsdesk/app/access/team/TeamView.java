package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The team screen: people with access, username/password users, and the ID-token redirect, one tab each. */
public final class TeamView extends VBox {

    private final TabPane tabs;
    private final UsersTab users;
    private final AuthUsersTab authUsers;

    public TeamView(TeamViewModel model, Messages messages) {
        setId("team");
        getStyleClass().addAll("screen", "team");
        setSpacing(10);
        Label title = new Label(messages.get("nav.team"));
        title.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button(messages.get("team.reload"), new FontIcon(Feather.REFRESH_CW));
        reload.setId("team-reload");
        reload.setOnAction(event -> model.refresh());
        HBox header = new HBox(12, title, spacer, reload);
        header.setAlignment(Pos.CENTER_LEFT);

        users = new UsersTab(model, messages);
        authUsers = new AuthUsersTab(model.authUsers(), messages);
        tabs = new TabPane(
                tab("team-tab-users", messages.get("team.tab.users"), Feather.USERS, users),
                tab("team-tab-auth-users", messages.get("team.tab.authUsers"), Feather.KEY, authUsers),
                tab("team-tab-redirect", messages.get("team.tab.redirect"), Feather.EXTERNAL_LINK,
                        new RedirectTab(model.redirect(), messages)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }

    private static Tab tab(String id, String text, Feather icon, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    /** Shows tab {@code index} (0 people, 1 auth users, 2 redirect). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public void focusTable() {
        showTab(0);
        users.focusTable();
    }

    public void focusInvite() {
        showTab(0);
        users.focusInvite();
    }
}
