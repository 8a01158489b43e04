package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@link FormDraft} writes typing to disk: after a pause, and, for typing that never pauses, at the latest
 * {@link FormDraft#MOST} after the first key not yet kept. The kill tests prove a kept draft comes back; this proves
 * how little a kill can lose. Seen to fail: without the deadline, the steady typing below was never on disk.
 */
class FormDraftKeepsTypingTest {

    @TempDir
    Path configDir;

    /** A scheduler whose actions run only when the test lets the time of one delay pass. */
    private static final class Clockwork implements UiScheduler {
        private record Pending(Duration delay, Runnable action, boolean[] cancelled) {
        }

        private final List<Pending> pending = new ArrayList<>();

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            Pending one = new Pending(delay, action, new boolean[1]);
            pending.add(one);
            return () -> one.cancelled()[0] = true;
        }

        /** Runs what waits for {@code delay}, as if that long had passed since it was asked for. */
        void pass(Duration delay) {
            List<Pending> due = pending.stream().filter(p -> p.delay().equals(delay)).toList();
            pending.removeAll(due);
            due.stream().filter(p -> !p.cancelled()[0]).forEach(p -> p.action().run());
        }
    }

    private final Clockwork clock = new Clockwork();

    /** Types {@code keys} one after the other into a drafted form; answers what is on disk right after. */
    private Optional<String> typed(String... keys) {
        FormField<String> name = FormField.text("name", "Name", "");
        Form form = Form.forNew(services().messages);
        form.add(name);
        new FormDraft(services().services, form, "test-form").open("record", savedAt -> { });
        StringBuilder typed = new StringBuilder();
        for (String key : keys) {
            typed.append(key);
            name.set(typed.toString());
        }
        return kept();
    }

    private TestServices test;

    private TestServices services() {
        if (test == null) {
            test = TestServices.of(new Session(Environment.SANDBOX, "http://127.0.0.1", "T12300000", null),
                    configDir, clock);
        }
        return test;
    }

    private Optional<String> kept() {
        return services().drafts.load(services().services.draftKey("test-form", "record"))
                .map(draft -> draft.values().get("name"));
    }

    @Test
    void typingIsKeptOnceItPauses() {
        assertThat(typed("K", "i", "l", "l")).isEmpty();
        clock.pass(FormDraft.DELAY);
        assertThat(kept()).contains("Kill");
    }

    @Test
    void typingThatNeverPausesIsStillKeptInTime() {
        // Each key comes before the pause is over: the pause never passes, only the deadline does.
        assertThat(typed("S", "t", "e", "a", "d", "y")).isEmpty();
        clock.pass(FormDraft.MOST);
        assertThat(kept()).contains("Steady");
    }
}
