package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DurationText;
import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.Timeline;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The connections tab: every provider on one timeline with how long each status lasted, and under it where each
 * connection stands now and for how long. It only reads; acting on connections is the connections screen's work.
 */
final class AccountConnectionsView extends VBox {

    AccountConnectionsView(AccountPageViewModel model, Messages messages) {
        setId("account-connections");
        getStyleClass().add("tab-body");
        setSpacing(12);
        Timeline timeline = new Timeline();
        timeline.setId("connection-timeline");
        timeline.setLocale(messages.locale());
        timeline.setZone(model.zone());
        timeline.setDurationFormatter(duration -> DurationText.of(duration, messages));
        timeline.emptyTextProperty().set(messages.get("connections.none"));
        timeline.ongoingTextProperty().set(messages.get("connections.ongoing"));
        timeline.moreEventsTextProperty().set(messages.get("connections.moreEvents"));
        timeline.nowProperty().bind(model.connectionsAtProperty());
        Bindings.bindContent(timeline.getLanes(), model.connectionLanes());

        TableView<ConnectionTimeline.Standing> standings = new TableView<>(model.standings());
        standings.setId("connection-standings");
        standings.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        standings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        standings.getColumns().setAll(List.of(
                Columns.text(messages.get("connections.column.connection"), ConnectionTimeline.Standing::connection),
                Columns.badge(messages.get("connections.column.status"), ConnectionTimeline.Standing::status,
                        Vocabularies.statuses(messages)),
                Columns.text(messages.get("connections.column.since"), ConnectionTimeline.Standing::sinceText),
                Columns.text(messages.get("connections.column.for"), ConnectionTimeline.Standing::durationText)));
        standings.setPlaceholder(new Label(messages.get("connections.none")));
        standings.setPrefHeight(200);
        VBox.setVgrow(standings, Priority.ALWAYS);

        Label hint = new Label(messages.get("connections.readOnly"));
        hint.getStyleClass().add("muted");
        getChildren().addAll(timeline, standings, hint);
    }
}
