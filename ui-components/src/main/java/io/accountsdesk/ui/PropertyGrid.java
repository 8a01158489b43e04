package io.accountsdesk.ui;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Label / value rows for read-only details, aligned on one column edge. Missing values show a dash rather than an
 * empty gap, and each value can be copied from its context menu (organisation numbers, emails…).
 */
public class PropertyGrid extends GridPane {

    /** Shown where a value is missing. */
    public static final String MISSING = "—";

    private final ColumnConstraints names = new ColumnConstraints();
    private String copyText = "Copy";
    private int rows;

    public PropertyGrid() {
        getStyleClass().add("property-grid");
        setHgap(16);
        setVgap(6);
        names.setHalignment(HPos.LEFT);
        names.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(names, values);
    }

    /** Gives the name column a fixed width, so several grids stacked in one panel line up. */
    public void setNameWidth(double width) {
        names.setMinWidth(width);
        names.setPrefWidth(width);
        names.setMaxWidth(width);
    }

    /** The words of the copy menu, e.g. a translation. */
    public void setCopyText(String text) {
        this.copyText = text;
    }

    public Label addValue(String name, String value) {
        boolean missing = value == null || value.isBlank();
        Label valueLabel = new Label(missing ? MISSING : value);
        valueLabel.getStyleClass().add(missing ? "property-missing" : "property-value");
        valueLabel.setWrapText(true);
        if (!missing) {
            MenuItem copy = new MenuItem(copyText);
            copy.setOnAction(event -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(value);
                Clipboard.getSystemClipboard().setContent(content);
            });
            valueLabel.setContextMenu(new ContextMenu(copy));
        }
        addNode(name, valueLabel);
        return valueLabel;
    }

    public void addNode(String name, Node value) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("property-name");
        GridPane.setValignment(nameLabel, VPos.TOP);
        add(nameLabel, 0, rows);
        add(value, 1, rows);
        rows++;
    }

    public int rowCount() {
        return rows;
    }

    public void clearRows() {
        getChildren().clear();
        rows = 0;
    }
}
