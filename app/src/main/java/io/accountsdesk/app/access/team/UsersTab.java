package io.accountsdesk.app.access.team;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.PeopleInputs;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.StatePane;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** People with access: the table and the invite form on the left, the selected person on the right. */
final class UsersTab extends SplitPane {

    private final TeamViewModel model;
    private final Messages messages;
    private final TableView<TeamMember> table;
    private TextField inviteEmail;

    UsersTab(TeamViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("team-users");
        table = table();
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("team.loading"));
        state.emptyTitleProperty().set(messages.get("team.empty.title"));
        state.emptyTextProperty().set(messages.get("team.empty.text"));
        state.errorTitleProperty().set(messages.get("team.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);
        VBox.setVgrow(state, Priority.ALWAYS);
        VBox left = new VBox(10, state, invite());
        ScrollPane right = FocusInView.follow(new ScrollPane(detail()));
        right.setFitToWidth(true);
        getItems().addAll(left, right);
        setDividerPositions(0.58);
    }

    private TableView<TeamMember> table() {
        TableView<TeamMember> members = new TableView<>(model.members());
        members.setId("team-table");
        members.getStyleClass().add(Styles.DENSE);
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.getColumns().setAll(List.of(
                Columns.text(messages.get("team.column.name"), TeamMember::name),
                Columns.text(messages.get("team.column.email"), TeamMember::email),
                Columns.text(messages.get("team.column.roles"), TeamMember::roles),
                Columns.text(messages.get("team.column.mfa"), TeamMember::mfa),
                Columns.date(messages.get("team.column.lastSeen"), TeamMember::lastSeen,
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale()))));
        members.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.members().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (members.getSelectionModel().getSelectedItem() != now) {
                members.getSelectionModel().select(now);
            }
        });
        return members;
    }

    private VBox invite() {
        InviteForm form = model.invite();
        inviteEmail = FormInputs.text(form.email(), "team-invite-email");
        FieldDecoration.bind(inviteEmail, form.email().errorProperty());
        TextField name = FormInputs.text(form.name(), "team-invite-name");
        ComboBox<RoleChoice> role = roleChoice("team-invite-role");
        role.valueProperty().addListener((obs, old, now) -> form.role().set(now == null ? "" : now.id()));
        form.role().valueProperty().addListener((obs, old, now) -> {
            if (now == null || now.isEmpty()) {
                role.setValue(null);
            }
        });
        FieldDecoration.bind(role, form.role().errorProperty());
        FormGrid grid = new FormGrid();
        grid.addRow(form.email().label(), inviteEmail, form.email().errorProperty());
        grid.addRow(form.name().label(), name, form.name().errorProperty());
        grid.addRow(form.role().label(), role, form.role().errorProperty());
        Button send = new Button(messages.get("team.invite.send"), new FontIcon(Feather.USER_PLUS));
        send.setId("team-invite-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(form.form().busyProperty());
        send.setOnAction(event -> model.sendInvite());
        Label title = new Label(messages.get("team.invite.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title, grid, FormInputs.formError(form.form(), "team-invite-error"), send);
        box.getStyleClass().add("team-invite");
        return box;
    }

    private ComboBox<RoleChoice> roleChoice(String id) {
        ComboBox<RoleChoice> role = new ComboBox<>(model.roles());
        role.setId(id);
        role.setMaxWidth(Double.MAX_VALUE);
        role.setPromptText(messages.get("team.role.prompt"));
        Callback<javafx.scene.control.ListView<RoleChoice>, ListCell<RoleChoice>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(RoleChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  ·  " + String.join(", ", item.scopes()));
            }
        };
        role.setCellFactory(cells);
        role.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(RoleChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? messages.get("team.role.prompt") : item.name());
            }
        });
        return role;
    }

    private VBox detail() {
        Label who = new Label();
        who.setId("team-selected");
        who.getStyleClass().add(Styles.TITLE_4);
        who.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            TeamMember member = model.selectedProperty().get();
            return member == null ? messages.get("team.selectSomeone") : member.display() + " · " + member.email();
        }, model.selectedProperty()));
        ComboBox<RoleChoice> role = roleChoice("team-role");
        boolean[] showing = {false};
        model.selectedProperty().addListener((obs, old, now) -> {
            showing[0] = true;
            role.setValue(model.roleOf(now).orElse(null));
            showing[0] = false;
        });
        role.valueProperty().addListener((obs, old, now) -> {
            if (!showing[0] && now != null) {
                model.changeRole(model.selectedProperty().get(), now.id());
            }
        });
        Button remove = new Button(messages.get("team.remove.action"), new FontIcon(Feather.USER_MINUS));
        remove.setId("team-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(event -> model.remove(model.selectedProperty().get()));
        Button code = new Button(messages.get("team.code.create"), new FontIcon(Feather.HASH));
        code.setId("team-code");
        code.setOnAction(event -> model.createVerificationCode());
        Label roleLabel = new Label(messages.get("team.role.label"));
        roleLabel.setLabelFor(role);
        roleLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(role, Priority.ALWAYS);
        HBox roleRow = new HBox(8, roleLabel, role);
        roleRow.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, code, remove);
        Label message = new Label();
        message.setId("team-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label codeHint = new Label(messages.get("team.code.hint"));
        codeHint.getStyleClass().add("muted");
        codeHint.setWrapText(true);
        VBox codeBox = PeopleInputs.shownOnce(model.code().codeProperty(), messages.get("team.code.title"),
                messages.get("team.code.accessible"), model.code()::clear, messages, "team-code-result");
        VBox selectedOnly = new VBox(10, roleRow, actions, codeHint, codeBox, message);
        selectedOnly.disableProperty().bind(model.selectedProperty().isNull());
        VBox box = new VBox(12, who, selectedOnly, new ActivityPane(model, messages));
        box.getStyleClass().add("team-detail");
        return box;
    }

    void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    void focusInvite() {
        inviteEmail.requestFocus();
    }
}
