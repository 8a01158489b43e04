package io.accountsdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form laid out as label | input rows whose labels share one column, with each field's error message under it. A
 * row's error follows an observable message from the view model: the message shows under the input, and the input
 * itself is decorated by {@link FieldDecoration}. Section titles split long forms.
 */
public class FormGrid extends GridPane {

    private int rows;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(16);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        getColumnConstraints().addAll(labels, inputs);
    }

    /** A row without an error message of its own. */
    public Label addRow(String label, Node input) {
        return addRow(label, input, null);
    }

    /**
     * Adds label | input, with {@code error}'s message under the input while it is non-empty. The input is decorated
     * too when it is a control. Returns the label, which is already the input's {@code labelFor}.
     */
    public Label addRow(String label, Node input, ObservableStringValue error) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setLabelFor(input);
        // The label sits on the input's text line, not on the middle of input and message together.
        GridPane.setValignment(name, VPos.BASELINE);
        VBox cell = new VBox(4, input);
        cell.getStyleClass().add("form-input");
        cell.setFillWidth(true);
        GridPane.setValignment(cell, VPos.BASELINE);
        if (error != null) {
            Label message = new Label();
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            message.textProperty().bind(error);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            cell.getChildren().add(message);
            if (input instanceof Control control) {
                FieldDecoration.bind(control, error);
            }
        }
        add(name, 0, rows);
        add(cell, 1, rows);
        rows++;
        return name;
    }

    /** A heading across both columns that starts a group of rows. */
    public Label addSection(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section");
        heading.setMaxWidth(Double.MAX_VALUE);
        add(heading, 0, rows, 2, 1);
        rows++;
        return heading;
    }

    /** Something as wide as both columns (a table of the form's rows, say) under the rows so far. */
    public void addWide(Node node) {
        add(node, 0, rows, 2, 1);
        rows++;
    }

    public int rowCount() {
        return rows;
    }
}
