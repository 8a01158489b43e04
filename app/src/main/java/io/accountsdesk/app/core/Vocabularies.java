package io.accountsdesk.app.core;

import io.accountsdesk.ui.StatusVocabulary;
import io.accountsdesk.ui.Tone;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The API's status words, as badges show them: each word in the user's language and in the colour that says how it
 * stands (green done, amber waiting, red refused). The badge controls know no API words; this is where those words
 * live. A word without a translation shows as the server sent it, in a neutral colour, rather than vanishing.
 */
public final class Vocabularies {

    /** Checkout's payment features a merchant can ask for, as the seed's account create and update list them. */
    public static final List<String> CHECKOUT_FEATURES = List.of("applepay", "billie", "clicktopay", "collector",
            "creditcard", "googlepay", "instabank", "klarna", "mobilepay", "santander", "swish", "vipps");
    /** Payout's features, as the seed's account create and update list them. */
    public static final List<String> PAYOUT_FEATURES = List.of("split_payment", "daily_payouts");

    private static final Map<String, Tone> CONNECTION_TONES = Map.of(
            "enabled", Tone.SUCCESS,
            "pending", Tone.WARNING,
            "failed", Tone.DANGER,
            "declined", Tone.DANGER,
            "disabled", Tone.NEUTRAL);

    private static final Map<String, Tone> PROGRESSION_TONES = Map.of(
            "live", Tone.SUCCESS,
            "applied", Tone.WARNING,
            "frozen", Tone.ACCENT,
            "deactivated", Tone.DANGER);

    private static final Map<String, Tone> CASE_TONES = Map.of(
            "active", Tone.SUCCESS,
            "declined", Tone.DANGER,
            "error", Tone.DANGER,
            "under_manual_review", Tone.WARNING,
            "automatic_review", Tone.WARNING,
            "waiting_for_signature", Tone.ACCENT,
            "waiting_for_declaration", Tone.ACCENT,
            "waiting_for_details", Tone.ACCENT,
            "archived", Tone.NEUTRAL);

    private Vocabularies() {
    }

    /** Connection, service and feature statuses ({@code pending}, {@code enabled}…). */
    public static StatusVocabulary statuses(Messages messages) {
        return vocabulary(messages, "status.", CONNECTION_TONES);
    }

    /** Account progressions ({@code applied}, {@code live}…). */
    public static StatusVocabulary progressions(Messages messages) {
        return vocabulary(messages, "progression.", PROGRESSION_TONES);
    }

    /** How an account came to Dintero ({@code DIRECT}, {@code PARTNER}…); no colour of its own. */
    public static StatusVocabulary saleChannels(Messages messages) {
        return vocabulary(messages, "saleChannel.", Map.of());
    }

    /** Approval and due-diligence case statuses ({@code ACTIVE}, {@code UNDER_MANUAL_REVIEW}…). */
    public static StatusVocabulary caseStatuses(Messages messages) {
        return vocabulary(messages, "caseStatus.", CASE_TONES);
    }

    /**
     * An API word in the user's language where the bundle has {@code prefix + word}, else as the API writes it with
     * its underscores as spaces; {@code null} stays {@code null}.
     */
    public static String word(Messages messages, String prefix, String word) {
        if (word == null) {
            return null;
        }
        String key = prefix + word;
        return messages.has(key) ? messages.get(key) : word.replace('_', ' ');
    }

    private static StatusVocabulary vocabulary(Messages messages, String prefix, Map<String, Tone> tones) {
        Function<String, String> label = word -> {
            if (word == null) {
                return "";
            }
            String key = prefix + word.toLowerCase(Locale.ROOT);
            return messages.has(key) ? messages.get(key) : word;
        };
        return StatusVocabulary.withTones(tones).withLabel(label);
    }
}
