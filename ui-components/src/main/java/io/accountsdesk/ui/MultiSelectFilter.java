package io.accountsdesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A drop-down of check boxes for filters that take several values. The menu stays open while ticking, the button
 * names what is chosen ("Connection: vipps, swish"), and "Clear" removes the whole filter in one step. Space or Enter
 * on an item ticks it, so the filter works without a mouse.
 */
public class MultiSelectFilter<T> extends MenuButton {

    private static final int NAMED_IN_LABEL = 2;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty clearText = new SimpleStringProperty(this, "clearText", "Clear");
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObservableList<T> selected = FXCollections.observableArrayList();
    private final ObjectProperty<StringConverter<T>> converter = new SimpleObjectProperty<>(this, "converter",
            new StringConverter<>() {
                @Override
                public String toString(T value) {
                    return value == null ? "" : value.toString();
                }

                @Override
                public T fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });

    public MultiSelectFilter() {
        getStyleClass().add("multi-select-filter");
        items.addListener((ListChangeListener<T>) change -> rebuildMenu());
        selected.addListener((ListChangeListener<T>) change -> {
            syncChecks();
            refreshText();
        });
        title.addListener((obs, old, value) -> refreshText());
        converter.addListener((obs, old, value) -> {
            rebuildMenu();
            refreshText();
        });
        clearText.addListener((obs, old, value) -> rebuildMenu());
        rebuildMenu();
        refreshText();
    }

    public MultiSelectFilter(String title, List<T> items) {
        this();
        setTitle(title);
        this.items.setAll(items);
    }

    private void rebuildMenu() {
        getItems().clear();
        for (T item : items) {
            CheckBox check = new CheckBox(converter.get().toString(item));
            // The item, not the box, handles clicks and keys, so one click is one toggle. The menu fires a custom
            // item on clicks that reach its content node, hence the pickable row around the inert box.
            check.setMouseTransparent(true);
            check.setFocusTraversable(false);
            check.setSelected(selected.contains(item));
            HBox row = new HBox(check);
            row.setPickOnBounds(true);
            row.setMaxWidth(Double.MAX_VALUE);
            CustomMenuItem menuItem = new CustomMenuItem(row, false);
            menuItem.setUserData(item);
            menuItem.getStyleClass().add("filter-option");
            menuItem.setOnAction(event -> toggle(item));
            getItems().add(menuItem);
        }
        MenuItem clear = new MenuItem();
        clear.textProperty().bind(clearText);
        clear.getStyleClass().add("filter-clear");
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(selected));
        clear.setOnAction(event -> selected.clear());
        getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void toggle(T item) {
        if (selected.contains(item)) {
            selected.remove(item);
        } else {
            selected.add(item);
        }
    }

    private void syncChecks() {
        for (MenuItem menuItem : getItems()) {
            if (menuItem instanceof CustomMenuItem custom && custom.getContent() instanceof HBox row
                    && row.getChildren().get(0) instanceof CheckBox check) {
                check.setSelected(selected.contains(custom.getUserData()));
            }
        }
    }

    private void refreshText() {
        String heading = Objects.requireNonNullElse(title.get(), "");
        if (selected.isEmpty()) {
            setText(heading);
            getStyleClass().remove("filter-active");
            return;
        }
        List<String> names = selected.stream().map(converter.get()::toString).toList();
        String shown = names.stream().limit(NAMED_IN_LABEL).collect(Collectors.joining(", "));
        if (names.size() > NAMED_IN_LABEL) {
            shown += " +" + (names.size() - NAMED_IN_LABEL);
        }
        setText(heading + ": " + shown);
        if (!getStyleClass().contains("filter-active")) {
            getStyleClass().add("filter-active");
        }
    }

    /** The values offered. */
    public ObservableList<T> getOptions() {
        return items;
    }

    /** The values ticked, in the order they were ticked. Bind a view model's list to this. */
    public ObservableList<T> getSelected() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String value) {
        title.set(value);
    }

    public StringProperty clearTextProperty() {
        return clearText;
    }

    public ObjectProperty<StringConverter<T>> converterProperty() {
        return converter;
    }

    public void setConverter(StringConverter<T> value) {
        converter.set(value);
    }
}
