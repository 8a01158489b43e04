package io.accountsdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A full-width strip with an icon and a message, coloured by its {@link Tone}. */
public class Banner extends HBox {

    private final Label label = new Label();
    private final FontIcon icon = new FontIcon();
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone");

    public Banner() {
        super(8);
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER);
        label.getStyleClass().add("banner-text");
        icon.getStyleClass().add("banner-icon");
        icon.visibleProperty().bind(icon.iconCodeProperty().isNotNull());
        icon.managedProperty().bind(icon.visibleProperty());
        getChildren().addAll(icon, label);
        setTone(Tone.NEUTRAL);
        ToneStyles.follow(this, tone);
    }

    public Label getLabel() {
        return label;
    }

    public void setIcon(Ikon code) {
        icon.setIconCode(code);
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public Tone getTone() {
        return tone.get();
    }

    public void setTone(Tone value) {
        tone.set(value);
    }
}
