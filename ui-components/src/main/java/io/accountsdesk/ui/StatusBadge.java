package io.accountsdesk.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/**
 * A small pill showing a status word in a colour that says how it stands: green for done, amber for waiting, red
 * for refused. Knows the connection statuses (pending, enabled, failed, declined) and account progressions (applied,
 * live, frozen, deactivated); any other word shows in a neutral colour rather than being hidden.
 */
public class StatusBadge extends Label {

    private static final Map<String, Tone> TONES = Map.of(
            "enabled", Tone.SUCCESS,
            "live", Tone.SUCCESS,
            "pending", Tone.WARNING,
            "applied", Tone.WARNING,
            "failed", Tone.DANGER,
            "declined", Tone.DANGER,
            "deactivated", Tone.DANGER,
            "frozen", Tone.ACCENT);

    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.NEUTRAL);
    private final ObjectProperty<Function<String, String>> labeler =
            new SimpleObjectProperty<>(this, "labeler", StatusBadge::capitalised);

    public StatusBadge() {
        getStyleClass().add("status-badge");
        setMinWidth(USE_PREF_SIZE);
        status.addListener((obs, old, value) -> refresh());
        labeler.addListener((obs, old, value) -> refresh());
        Tone.follow(this, tone);
    }

    public StatusBadge(String status) {
        this();
        setStatus(status);
    }

    /** The tone a status word gets unless told otherwise. */
    public static Tone toneOf(String status) {
        if (status == null) {
            return Tone.NEUTRAL;
        }
        return TONES.getOrDefault(status.toLowerCase(Locale.ROOT), Tone.NEUTRAL);
    }

    private void refresh() {
        String value = status.get();
        setText(value == null ? "" : labeler.get().apply(value));
        setTone(toneOf(value));
    }

    private static String capitalised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1).replace('_', ' ');
    }

    public StringProperty statusProperty() {
        return status;
    }

    public String getStatus() {
        return status.get();
    }

    public void setStatus(String value) {
        status.set(value);
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

    /** Turns the raw status into the words shown, e.g. a translation. */
    public ObjectProperty<Function<String, String>> labelerProperty() {
        return labeler;
    }

    public void setLabeler(Function<String, String> value) {
        labeler.set(value);
    }
}
