package io.accountsdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * A list on the left and the selected item's details on the right, split by a draggable divider. Hiding the detail
 * gives the master the whole width; showing it again puts the divider back where the user left it. Built on a plain
 * {@link SplitPane} (not ControlsFX's pane) so it looks like every other split in AtlantaFX.
 */
public class MasterDetailPane extends StackPane {

    private final SplitPane split = new SplitPane();
    private final StackPane masterBox = new StackPane();
    private final StackPane detailBox = new StackPane();
    private final ObjectProperty<Node> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<Node> detail = new SimpleObjectProperty<>(this, "detail");
    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown", true);
    private final DoubleProperty dividerPosition = new SimpleDoubleProperty(this, "dividerPosition", 0.6);
    private final DoubleProperty detailMinWidth = new SimpleDoubleProperty(this, "detailMinWidth", 260);
    private final ChangeListener<Number> dividerDragged = (obs, old, value) -> rememberDivider(value.doubleValue());
    private boolean placingDivider;

    public MasterDetailPane() {
        getStyleClass().add("master-detail-pane");
        split.setOrientation(Orientation.HORIZONTAL);
        masterBox.getStyleClass().add("master-detail-master");
        detailBox.getStyleClass().add("master-detail-detail");
        masterBox.setMinWidth(0);
        detailBox.minWidthProperty().bind(detailMinWidth);
        getChildren().add(split);

        master.addListener((obs, old, value) -> fill(masterBox, value));
        detail.addListener((obs, old, value) -> fill(detailBox, value));
        detailShown.addListener((obs, old, value) -> arrange());
        dividerPosition.addListener((obs, old, value) -> placeDivider());
        arrange();
    }

    public MasterDetailPane(Node master, Node detail) {
        this();
        setMaster(master);
        setDetail(detail);
    }

    private static void fill(StackPane box, Node content) {
        if (content == null) {
            box.getChildren().clear();
        } else {
            box.getChildren().setAll(content);
        }
    }

    private void arrange() {
        if (!split.getDividers().isEmpty()) {
            split.getDividers().get(0).positionProperty().removeListener(dividerDragged);
        }
        if (detailShown.get()) {
            split.getItems().setAll(masterBox, detailBox);
            placeDivider();
            split.getDividers().get(0).positionProperty().addListener(dividerDragged);
        } else {
            split.getItems().setAll(masterBox);
        }
    }

    private void placeDivider() {
        if (split.getDividers().isEmpty()) {
            return;
        }
        placingDivider = true;
        try {
            split.setDividerPosition(0, dividerPosition.get());
        } finally {
            placingDivider = false;
        }
    }

    /**
     * Keeps what the user dragged to. Moves the split makes on its own before it has a width (clamping to the minimum
     * widths of an unsized pane) are not the user's choice and are ignored.
     */
    private void rememberDivider(double position) {
        if (!placingDivider && split.getWidth() > 0 && detailShown.get()) {
            dividerPosition.set(position);
        }
    }

    /** Shows the detail if hidden, hides it if shown. */
    public void toggleDetail() {
        setDetailShown(!isDetailShown());
    }

    public ObjectProperty<Node> masterProperty() {
        return master;
    }

    public Node getMaster() {
        return master.get();
    }

    public void setMaster(Node value) {
        master.set(value);
    }

    public ObjectProperty<Node> detailProperty() {
        return detail;
    }

    public Node getDetail() {
        return detail.get();
    }

    public void setDetail(Node value) {
        detail.set(value);
    }

    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    public boolean isDetailShown() {
        return detailShown.get();
    }

    public void setDetailShown(boolean value) {
        detailShown.set(value);
    }

    /** Where the divider sits while the detail shows, as a fraction of the width; kept while the detail is hidden. */
    public DoubleProperty dividerPositionProperty() {
        return dividerPosition;
    }

    public double getDividerPosition() {
        return dividerPosition.get();
    }

    public void setDividerPosition(double value) {
        dividerPosition.set(value);
    }

    /** The detail never gets narrower than this; the master gives way first. */
    public DoubleProperty detailMinWidthProperty() {
        return detailMinWidth;
    }

    public double getDetailMinWidth() {
        return detailMinWidth.get();
    }

    public void setDetailMinWidth(double value) {
        detailMinWidth.set(value);
    }
}
