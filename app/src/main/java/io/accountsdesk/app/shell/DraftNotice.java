package io.accountsdesk.app.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The line above a long form that says typing from an earlier visit was put back; it takes no room while empty. */
public final class DraftNotice {

    private DraftNotice() {
    }

    public static Label of(ObservableStringValue text, String id) {
        Label notice = new Label();
        notice.setId(id);
        notice.getStyleClass().add("draft-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        notice.textProperty().bind(text);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }
}
