package io.accountsdesk.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A text field for searching: a magnifier on the left, a clear button on the right, and Escape clears it. */
public class SearchField extends CustomTextField {

    public SearchField() {
        getStyleClass().add("search-field");
        setLeft(new FontIcon(Feather.SEARCH));

        FontIcon clear = new FontIcon(Feather.X);
        clear.getStyleClass().add("search-clear");
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(event -> {
            clear();
            requestFocus();
        });
        clear.visibleProperty().bind(textProperty().isNotEmpty());
        setRight(clear);

        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
                clear();
                event.consume();
            }
        });
    }
}
