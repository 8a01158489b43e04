package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One possible match: the listing's name, who listed it and when, why, and the grid of what we sent beside what the
 * listing holds. Each indicator has an icon and a word as well as its colour, so it reads without colour.
 */
final class ScreeningCardView extends VBox {

    ScreeningCardView(ScreeningCard card, Messages messages) {
        getStyleClass().add("screening-card");
        setSpacing(8);
        Label name = new Label(card.name() == null ? messages.get("screening.empty") : card.name());
        name.getStyleClass().add("screening-card-title");
        Label exact = new Label(messages.format("screening.card.exact", card.exact()), icon(FieldMatch.EXACT));
        exact.getStyleClass().addAll("screening-count", "screening-exact");
        Label phonetic = new Label(messages.format("screening.card.phonetic", card.phonetic()), icon(FieldMatch.PHONETIC));
        phonetic.getStyleClass().addAll("screening-count", "screening-phonetic");
        HBox head = new HBox(10, name, exact, phonetic);
        head.setAlignment(Pos.CENTER_LEFT);

        Label listed = new Label(card.register() == Register.MATCH
                ? messages.format("screening.card.listedMatch", value(card.listedBy(), messages),
                value(card.addedOn(), messages))
                : messages.format("screening.card.listedVmss", value(card.listedBy(), messages),
                value(card.addedOn(), messages)));
        listed.setWrapText(true);
        listed.getStyleClass().add("screening-card-listed");
        Label reason = new Label(messages.format("screening.card.reason", card.reason()));
        reason.setWrapText(true);
        reason.getStyleClass().add("screening-card-reason");
        if (card.register() == Register.MATCH && !ReasonCodes.known(card.reasonCode())) {
            reason.getStyleClass().add("screening-reason-unknown");
        }
        getChildren().addAll(head, listed, reason);
        if (card.reference() != null) {
            Label ref = new Label(messages.format("screening.card.reference", card.reference()));
            ref.getStyleClass().add("muted");
            getChildren().add(ref);
        }
        if (card.comments() != null && !card.comments().isBlank()) {
            Label comments = new Label(messages.format("screening.card.comments", card.comments()));
            comments.setWrapText(true);
            comments.getStyleClass().add("muted");
            getChildren().add(comments);
        }
        getChildren().add(grid(card, messages));
    }

    private static GridPane grid(ScreeningCard card, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("screening-grid");
        grid.setHgap(12);
        grid.setVgap(2);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(110);
        ColumnConstraints sentColumn = new ColumnConstraints();
        sentColumn.setHgrow(Priority.ALWAYS);
        sentColumn.setPercentWidth(32);
        ColumnConstraints listedColumn = new ColumnConstraints();
        listedColumn.setHgrow(Priority.ALWAYS);
        listedColumn.setPercentWidth(32);
        ColumnConstraints matchColumn = new ColumnConstraints();
        matchColumn.setMinWidth(130);
        grid.getColumnConstraints().addAll(field, sentColumn, listedColumn, matchColumn);
        int row = 0;
        grid.addRow(row++, header(messages.get("screening.grid.field")), header(messages.get("screening.grid.sent")),
                header(messages.get("screening.grid.listed")), header(messages.get("screening.grid.match")));
        String group = null;
        for (ComparisonRow line : card.rows()) {
            if (!line.group().equals(group)) {
                group = line.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("screening-grid-group");
                heading.setMaxWidth(Double.MAX_VALUE);
                grid.add(heading, 0, row++, 4, 1);
            }
            String tone = "screening-" + line.match().name().toLowerCase(java.util.Locale.ROOT);
            Label name = cell(line.field(), tone);
            Label sent = cell(value(line.sent(), messages), tone);
            Label listedValue = cell(value(line.listed(), messages), tone);
            String word = line.match() == FieldMatch.OTHER
                    ? messages.format("screening.match.other", line.raw()) : messages.get(line.match().key());
            Label indicator = cell(word, tone);
            indicator.setGraphic(icon(line.match()));
            indicator.getStyleClass().add("screening-indicator");
            if (!line.raw().isEmpty()) {
                indicator.setTooltip(new Tooltip(line.raw()));
            }
            grid.addRow(row++, name, sent, listedValue, indicator);
        }
        return grid;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("screening-grid-header");
        return label;
    }

    private static Label cell(String text, String tone) {
        Label label = new Label(text);
        label.getStyleClass().addAll("screening-grid-cell", tone);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    static FontIcon icon(FieldMatch match) {
        return new FontIcon(switch (match) {
            case EXACT -> Feather.CHECK_CIRCLE;
            case PHONETIC -> Feather.VOLUME_2;
            case NONE -> Feather.MINUS;
            case OTHER -> Feather.HELP_CIRCLE;
        });
    }

    private static String value(String text, Messages messages) {
        return text == null || text.isBlank() ? messages.get("screening.empty") : text;
    }
}
