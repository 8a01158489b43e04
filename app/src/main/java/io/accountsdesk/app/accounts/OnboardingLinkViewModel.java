package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.PartnerOnboardingLink;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The link a merchant follows to finish onboarding with the partner. The API makes a new link on each request and
 * cannot list the old ones, so the page keeps the last link made for each account during the session and says when
 * it was made.
 */
public final class OnboardingLinkViewModel {

    /** A link as made: its address, the client it acts as, and when. */
    public record MadeLink(String url, String clientId, Instant madeAt) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final Map<String, MadeLink> made = new HashMap<>();
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper madeText = new ReadOnlyStringWrapper(this, "madeText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private String accountId;

    public OnboardingLinkViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(services.clock().getZone());
    }

    /** Shows the link made for {@code id} earlier in the session, if any. */
    public void show(String id) {
        accountId = id;
        error.set("");
        publish(made.get(id));
    }

    private void publish(MadeLink link) {
        url.set(link == null ? "" : link.url());
        madeText.set(link == null ? "" : messages.format("link.made", time.format(link.madeAt()), link.clientId()));
    }

    /** Asks the server for a new link; an earlier link of the account is replaced on screen. */
    public void create() {
        if (accountId == null || busy.get()) {
            return;
        }
        String forAccount = accountId;
        busy.set(true);
        error.set("");
        services.tasks().run(BackgroundTask.of(messages.format("link.task.create", forAccount),
                        task -> services.api(task).accounts().createOnboardingLink(forAccount))
                .onSuccess((PartnerOnboardingLink link) -> {
                    MadeLink madeLink = new MadeLink(link.partnerOnboardingUrl(), link.clientId(),
                            services.clock().instant());
                    made.put(forAccount, madeLink);
                    if (forAccount.equals(accountId)) {
                        publish(madeLink);
                    }
                    if (link.partnerOnboardingUrl() == null || link.partnerOnboardingUrl().isBlank()) {
                        error.set(messages.get("link.noUrl"));
                    }
                })
                .onFailure(failure -> error.set(messages.format("link.error", services.errors().describe(failure))))
                .onFinished(() -> busy.set(false)));
    }

    /** After the view copied the link: says so, since copying has no visible effect of its own. */
    public void copied() {
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("link.copied"));
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty madeTextProperty() {
        return madeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
