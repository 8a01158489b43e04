package io.accountsdesk.app.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * A filter's choice: "all" (the empty value) first, then the values, which may grow as more is read, each in the
 * reader's words.
 */
final class FilterChoice {

    private FilterChoice() {
    }

    static ComboBox<String> of(String id, ObservableList<String> items, String all,
                                Function<String, String> label) {
        ObservableList<String> withAll = FXCollections.observableArrayList("");
        withAll.addAll(items);
        items.addListener((ListChangeListener<String>) change -> {
            List<String> now = new ArrayList<>(List.of(""));
            now.addAll(items);
            withAll.setAll(now);
        });
        ComboBox<String> box = new ComboBox<>(withAll);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? all : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }
}
