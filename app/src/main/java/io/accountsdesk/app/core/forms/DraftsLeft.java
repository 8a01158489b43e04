package io.accountsdesk.app.core.forms;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Drafts that forms left behind (the app was killed, the window closed, a form closed unsent), told to the user as a
 * session starts, with where to find them. A draft kept per account and form comes back only when that very form
 * opens again; without this notice, nothing would tell the user it waits, or where.
 */
public final class DraftsLeft {

    /** A draft left by {@code form}, for {@code record} (the account, the role…: its key after the form's name). */
    public record Left(String form, String record, DraftStore.Draft draft) {

        public String value(String path) {
            return draft.values().getOrDefault(path, "").strip();
        }
    }

    private DraftsLeft() {
    }

    /**
     * Reads the partner's drafts of {@code forms} after every queued write, and when there are any, tells the user
     * {@code message} of them in a notice whose Open button goes to {@code where} (the place of the first draft's
     * form). An unreadable folder offers nothing: opening the form says why.
     */
    public static void offer(SessionServices services, List<String> forms, Function<List<Left>, String> message,
                             Function<List<Left>, Place> where) {
        services.tasks().writes().read(services.messages().get("form.task.draftLoad"), () -> {
            List<Left> left = new ArrayList<>();
            for (String form : forms) {
                String prefix = services.draftKey(form, "");
                try {
                    services.drafts().list(prefix).forEach(draft ->
                            left.add(new Left(form, draft.key().substring(prefix.length()), draft)));
                } catch (RuntimeException unreadable) {
                    // Nothing to offer from a folder that cannot be read.
                }
            }
            return left;
        }, left -> {
            if (!left.isEmpty()) {
                Place place = where.apply(left);
                services.dialogs().notify(DialogService.NoticeKind.INFO, message.apply(left),
                        services.messages().get("drafts.open"), () -> services.navigator().goTo(place));
            }
        });
    }

    /** The first {@code most} of {@code names}, joined for a sentence, with "…" when there are more. */
    public static String some(List<String> names, int most) {
        List<String> distinct = names.stream().distinct().toList();
        String shown = String.join(", ", distinct.subList(0, Math.min(most, distinct.size())));
        return distinct.size() > most ? shown + ", …" : shown;
    }
}
