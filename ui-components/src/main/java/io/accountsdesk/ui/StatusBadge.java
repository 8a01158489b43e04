package io.accountsdesk.ui;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/**
 * A small pill showing a status in a colour that says how it stands. What the words and colours are comes from an
 * injected {@link StatusVocabulary}, so the badge knows no status words of its own; without one every status shows
 * tidied and neutral, never hidden. For a badge that is not a status ("Test mode"), set the text and tone directly.
 */
public class StatusBadge extends Label {

    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.NEUTRAL);
    private final ObjectProperty<StatusVocabulary> vocabulary =
            new SimpleObjectProperty<>(this, "vocabulary", StatusVocabulary.plain());

    public StatusBadge() {
        getStyleClass().add("status-badge");
        setMinWidth(USE_PREF_SIZE);
        status.addListener((obs, old, value) -> refresh());
        // A free-form badge has no status; a new vocabulary must not wipe its text.
        vocabulary.addListener((obs, old, value) -> {
            if (status.get() != null) {
                refresh();
            }
        });
        ToneStyles.followAsState(this, tone);
    }

    public StatusBadge(String status) {
        this();
        setStatus(status);
    }

    public StatusBadge(String status, StatusVocabulary vocabulary) {
        this();
        setVocabulary(vocabulary);
        setStatus(status);
    }

    /** A badge that is not a status: fixed words in a fixed tone. */
    public static StatusBadge labelled(String text, Tone tone) {
        StatusBadge badge = new StatusBadge();
        badge.setText(text);
        badge.setTone(tone);
        return badge;
    }

    private void refresh() {
        StatusVocabulary words = Objects.requireNonNullElseGet(vocabulary.get(), StatusVocabulary::plain);
        setText(words.labelOf(status.get()));
        setTone(words.toneOf(status.get()));
    }

    /** The raw status word; the vocabulary turns it into the text and tone shown. */
    public StringProperty statusProperty() {
        return status;
    }

    public String getStatus() {
        return status.get();
    }

    public void setStatus(String value) {
        status.set(value);
    }

    public ObjectProperty<StatusVocabulary> vocabularyProperty() {
        return vocabulary;
    }

    public StatusVocabulary getVocabulary() {
        return vocabulary.get();
    }

    public void setVocabulary(StatusVocabulary value) {
        vocabulary.set(value);
    }

    /** The colour family; set by the vocabulary for a status, or directly for a free-form badge. */
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
