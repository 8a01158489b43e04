package io.accountsdesk.ui;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Ready-made table columns for the shapes the back office lists show: text, a status, a row of badges, a date and an
 * amount. None is sortable, because lists arrive in the server's order and sorting one page would mislead; a caller
 * that holds all rows can switch sorting back on. Each cell keeps its graphic and only updates it, so scrolling
 * through long lists creates no nodes.
 */
public final class Columns {

    /** Set on a cell whose value is missing and shows {@link PropertyGrid#MISSING}. */
    public static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private Columns() {
    }

    /** Plain text; a missing or blank value shows a dash, so a gap never looks like a rendering fault. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = column(title, value, 160, 60);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean missing = !empty && (item == null || item.isBlank());
                setText(empty ? null : missing ? PropertyGrid.MISSING : item);
                pseudoClassStateChanged(MISSING, missing);
            }
        });
        return column;
    }

    /** A status word as a {@link StatusBadge}, in the words and tone the vocabulary gives it. */
    public static <S> TableColumn<S, String> badge(String title, Function<S, String> status,
            StatusVocabulary vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        TableColumn<S, String> column = column(title, status, 120, 70);
        column.setCellFactory(c -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge(null, vocabulary);

            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                // In a narrow column a long status ends in "…" instead of being cut off mid-letter.
                badge.setMinWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    badge.setStatus(item);
                    setGraphic(badge);
                }
            }
        });
        return column;
    }

    /** Several small badges side by side, e.g. one per payment connection; each may carry a tooltip. */
    public static <S> TableColumn<S, List<Badge>> badges(String title, Function<S, List<Badge>> badges) {
        TableColumn<S, List<Badge>> column = column(title, badges, 220, 80);
        column.setCellFactory(c -> new BadgeRowCell<>());
        return column;
    }

    /**
     * A date or time. A value the formatter cannot handle (an {@code Instant} given to a formatter without a zone)
     * shows as its ISO text rather than an empty cell.
     */
    public static <S> TableColumn<S, TemporalAccessor> date(String title, Function<S, TemporalAccessor> value,
            DateTimeFormatter format) {
        Objects.requireNonNull(format, "format");
        TableColumn<S, TemporalAccessor> column = column(title, value, 140, 90);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TemporalAccessor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? PropertyGrid.MISSING : formatted(item, format));
                pseudoClassStateChanged(MISSING, !empty && item == null);
            }
        });
        return column;
    }

    /**
     * An amount in minor units (øre, cents) with its currency, formatted by {@link MoneyFormat} for {@code locale}
     * and right-aligned so the digits line up. A row without an amount shows a dash.
     */
    public static <S> TableColumn<S, Money> money(String title, Function<S, Long> minorUnits,
            Function<S, String> currency, Locale locale) {
        Objects.requireNonNull(minorUnits, "minorUnits");
        Objects.requireNonNull(currency, "currency");
        MoneyFormat format = new MoneyFormat(locale);
        TableColumn<S, Money> column = column(title, row -> {
            Long amount = minorUnits.apply(row);
            return amount == null ? null : new Money(amount, currency.apply(row));
        }, 150, 90);
        column.getStyleClass().add("money-column");
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("money-cell");
            }

            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? PropertyGrid.MISSING : format.format(item));
                pseudoClassStateChanged(MISSING, !empty && item == null);
            }
        });
        return column;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double pref, double min) {
        Objects.requireNonNull(value, "value");
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? null : value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(pref);
        column.setMinWidth(min);
        return column;
    }

    private static String formatted(TemporalAccessor value, DateTimeFormatter format) {
        try {
            return format.format(value);
        } catch (DateTimeException unsupported) {
            return value.toString();
        }
    }

    /** Keeps its badges between rows and only adds one when a row has more badges than any before it. */
    private static final class BadgeRowCell<S> extends TableCell<S, List<Badge>> {

        private final HBox row = new HBox();
        private final List<StatusBadge> pool = new ArrayList<>();

        BadgeRowCell() {
            row.getStyleClass().add("badge-row");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(List<Badge> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setGraphic(null);
                return;
            }
            while (pool.size() < item.size()) {
                StatusBadge badge = new StatusBadge();
                badge.getStyleClass().add("badge-small");
                pool.add(badge);
            }
            for (int i = 0; i < item.size(); i++) {
                show(pool.get(i), item.get(i));
            }
            if (row.getChildren().size() != item.size()) {
                row.getChildren().setAll(pool.subList(0, item.size()));
            }
            setGraphic(row);
        }

        private static void show(StatusBadge badge, Badge value) {
            badge.setText(value.text());
            badge.setTone(value.tone());
            if (value.tooltip() == null || value.tooltip().isBlank()) {
                badge.setTooltip(null);
            } else if (badge.getTooltip() == null) {
                badge.setTooltip(new Tooltip(value.tooltip()));
            } else {
                badge.getTooltip().setText(value.tooltip());
            }
        }
    }
}
