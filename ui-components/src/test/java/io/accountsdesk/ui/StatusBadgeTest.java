package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusBadgeTest {

    /** A vocabulary as the application would inject one; the words here are the test's, not the component's. */
    private static final StatusVocabulary TRAFFIC = StatusVocabulary.withTones(Map.of(
            "go", Tone.SUCCESS,
            "wait", Tone.WARNING,
            "stop", Tone.DANGER));

    private StatusBadge badge;

    @Start
    void start(Stage stage) {
        badge = new StatusBadge("wait", TRAFFIC);
        Scene scene = new Scene(new HBox(badge), 200, 60);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void plainVocabularyTidiesWordsAndKnowsNoTones() {
        StatusVocabulary plain = StatusVocabulary.plain();
        assertThat(plain.labelOf("waiting_for_bank")).isEqualTo("Waiting for bank");
        assertThat(plain.labelOf("CLOSED")).isEqualTo("Closed");
        assertThat(plain.labelOf(null)).isEmpty();
        assertThat(plain.toneOf("enabled")).isEqualTo(Tone.NEUTRAL);
        assertThat(plain.toneOf(null)).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void injectedTonesAreCaseInsensitiveAndUnknownWordsStayNeutral() {
        assertThat(TRAFFIC.toneOf("STOP")).isEqualTo(Tone.DANGER);
        assertThat(TRAFFIC.toneOf("go")).isEqualTo(Tone.SUCCESS);
        assertThat(TRAFFIC.toneOf("something_new")).isEqualTo(Tone.NEUTRAL);
        StatusVocabulary nullTones = new StatusVocabulary(s -> null, s -> null);
        assertThat(nullTones.labelOf("x")).isEmpty();
        assertThat(nullTones.toneOf("x")).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void aNewBadgeKnowsNoStatusWords() {
        StatusBadge fresh = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new StatusBadge("enabled"));
        assertThat(fresh.getText()).isEqualTo("Enabled");
        assertThat(fresh.getTone()).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void showsTheStatusAndSwapsItsToneClass(FxRobot robot) {
        assertThat(badge.getText()).isEqualTo("Wait");
        assertThat(badge.getStyleClass()).contains("status-badge");
        assertThat(badge.getPseudoClassStates()).contains(Tone.WARNING.pseudoClass())
                .doesNotContain(Tone.SUCCESS.pseudoClass());

        robot.interact(() -> badge.setStatus("go"));
        assertThat(badge.getText()).isEqualTo("Go");
        assertThat(badge.getPseudoClassStates()).contains(Tone.SUCCESS.pseudoClass())
                .doesNotContain(Tone.WARNING.pseudoClass(), Tone.NEUTRAL.pseudoClass());
    }

    @Test
    void eachToneHasColoursOfItsOwn(FxRobot robot) {
        Paint[] fills = new Paint[2];
        robot.interact(() -> {
            badge.setStatus("go");
            badge.applyCss();
            fills[0] = badge.getBackground().getFills().get(0).getFill();
            badge.setStatus("stop");
            badge.applyCss();
            fills[1] = badge.getBackground().getFills().get(0).getFill();
        });
        assertThat(fills[0]).as("success and danger backgrounds").isNotEqualTo(fills[1]);
    }

    @Test
    void unknownStatusesStayVisibleInNeutral(FxRobot robot) {
        robot.interact(() -> badge.setStatus("waiting_for_bank"));
        assertThat(badge.getText()).isEqualTo("Waiting for bank");
        assertThat(badge.getPseudoClassStates()).contains(Tone.NEUTRAL.pseudoClass());
    }

    @Test
    void swappingTheVocabularyTranslatesTheShownStatus(FxRobot robot) {
        robot.interact(() -> badge.setVocabulary(TRAFFIC.withLabel(s -> s.equals("wait") ? "Vent" : s)));
        assertThat(badge.getText()).isEqualTo("Vent");
        assertThat(badge.getPseudoClassStates()).contains(Tone.WARNING.pseudoClass());
    }

    @Test
    void freeFormBadgesKeepTheirTextWhenTheVocabularyChanges() {
        StatusBadge free = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            StatusBadge made = StatusBadge.labelled("Test mode", Tone.ACCENT);
            made.setVocabulary(TRAFFIC);
            return made;
        });
        assertThat(free.getText()).isEqualTo("Test mode");
        assertThat(free.getPseudoClassStates()).contains(Tone.ACCENT.pseudoClass());
    }

    @Test
    void theBadgeColoursDifferFromTheBackgroundInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                badge.setStatus("go");
                badge.applyCss();
            });
            Paint text = badge.getTextFill();
            Paint fill = badge.getBackground().getFills().get(0).getFill();
            assertThat(text).as("text fill in %s", theme).isNotEqualTo(fill);
            assertThat(fill).as("badge background in %s", theme).isNotEqualTo(Color.TRANSPARENT);
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
