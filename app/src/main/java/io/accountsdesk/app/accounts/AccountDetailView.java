package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.StatusWords;
import io.accountsdesk.ui.PropertyGrid;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.StatusBadge;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The read-only panel beside the list: company, billing, applicant, services and connections of one account. */
public final class AccountDetailView extends BorderPane {

    /** Wide enough for the longest label in English and Norwegian ("Organisasjonsnummer"). */
    private static final double NAME_WIDTH = 160;

    private final Messages messages;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final StatusBadge progression = new StatusBadge();
    private final VBox body = new VBox();

    public AccountDetailView(AccountDetailViewModel model, Messages messages) {
        this.messages = messages;
        getStyleClass().add("detail-panel");
        setId("account-detail");
        setMinWidth(340);

        title.getStyleClass().add("detail-title");
        title.setId("detail-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("muted");
        progression.setLabeler(StatusWords.progressions(messages));
        progression.visibleProperty().bind(progression.statusProperty().isNotNull());

        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(messages.get("detail.close")));
        close.setOnAction(event -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, progression, spacer, close);
        titleRow.setAlignment(Pos.TOP_LEFT);
        VBox header = new VBox(titleRow, subtitle);
        header.getStyleClass().add("detail-header");

        body.getStyleClass().add("detail-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        StatePane state = new StatePane(scroll);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("detail.loading"));
        state.errorTitleProperty().set(messages.get("detail.error.title"));
        state.errorTextProperty().bind(model.errorMessageProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::retry);

        setTop(header);
        setCenter(state);

        model.accountIdProperty().addListener((obs, old, id) -> {
            title.setText(id);
            subtitle.setText("");
            progression.setStatus(null);
        });
        model.detailsProperty().addListener((obs, old, details) -> show(details));
    }

    private void show(AccountDetails details) {
        body.getChildren().clear();
        if (details == null) {
            return;
        }
        title.setText(details.title());
        subtitle.setText(details.subtitle());
        progression.setStatus(details.progression());

        for (AccountDetails.Section section : details.sections()) {
            PropertyGrid grid = new PropertyGrid();
            grid.setCopyText(messages.get("common.copy"));
            grid.setNameWidth(NAME_WIDTH);
            section.fields().forEach(field -> grid.addValue(field.label(), field.value()));
            body.getChildren().add(section(section.title(), grid));
        }

        VBox services = new VBox(8);
        for (AccountDetails.ServiceLine service : details.services()) {
            StatusBadge status = new StatusBadge(service.status());
            status.setLabeler(StatusWords.statuses(messages));
            Label name = new Label(service.name());
            name.getStyleClass().add("connection-name");
            HBox line = new HBox(8, name, status);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox entry = new VBox(4, line);
            if (!service.features().isEmpty()) {
                FlowPane features = new FlowPane(4, 4);
                service.features().forEach(feature -> features.getChildren().add(
                        namedBadge(feature.name(), feature.status())));
                entry.getChildren().add(features);
            }
            services.getChildren().add(entry);
        }
        if (details.services().isEmpty()) {
            services.getChildren().add(muted(messages.get("detail.services.none")));
        }
        body.getChildren().add(section(messages.get("detail.services"), services));

        VBox connections = new VBox(8);
        for (AccountDetails.ConnectionLine connection : details.connections()) {
            connections.getChildren().add(connectionCard(connection));
        }
        if (details.connections().isEmpty()) {
            connections.getChildren().add(muted(messages.get("detail.connections.none")));
        }
        body.getChildren().add(section(messages.get("detail.connections"), connections));
    }

    private VBox connectionCard(AccountDetails.ConnectionLine connection) {
        Label name = new Label(connection.name());
        name.getStyleClass().add("connection-name");
        StatusBadge status = new StatusBadge(connection.status());
        status.setLabeler(StatusWords.statuses(messages));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label updated = muted(connection.updated() == null ? "" : connection.updated());
        HBox head = new HBox(8, name, status, spacer, updated);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(head);
        card.getStyleClass().add("connection-card");
        for (AccountDetails.EventLine event : connection.events()) {
            String description = event.description() == null || event.description().isBlank()
                    ? "" : " — " + event.description();
            Label line = new Label(messages.format("detail.event", event.when(), event.event(), description));
            line.getStyleClass().add("event-line");
            line.setWrapText(true);
            StatusBadge eventStatus = new StatusBadge(event.status());
            eventStatus.setLabeler(StatusWords.statuses(messages));
            HBox row = new HBox(6, eventStatus, line);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    private StatusBadge namedBadge(String name, String status) {
        StatusBadge badge = new StatusBadge();
        badge.setText(name);
        badge.setTone(StatusBadge.toneOf(status));
        badge.setTooltip(new Tooltip(name + ": " + StatusWords.statuses(messages).apply(status)));
        return badge;
    }

    private VBox section(String heading, javafx.scene.Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        label.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, label, content);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
