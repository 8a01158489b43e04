package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.auth.IdTokenClaim;
import io.accountsdesk.client.auth.RedirectRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The ID-token redirect ({@code POST /accounts/{oid}/auth/redirect}): the URL to send someone to, with an ID token
 * of the signed-in identity attached, and the claims it should carry. The answer holds a token, so it is shown once,
 * to copy, and cleared when the user says they are done or leaves.
 */
public final class IdTokenRedirect {

    private final SessionServices services;
    private final Messages messages;
    private final Form form;
    private final FormField<String> uri;
    private final FormField<Boolean> name;
    private final FormField<Boolean> email;
    private final FormField<String> customClaims;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");

    IdTokenRedirect(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        Validators validators = new Validators(messages);
        form = Form.forNew(messages);
        uri = form.add(FormField.text("redirect_uri", messages.get("team.redirect.uri"), ""))
                .validatedBy(validators.required(), validators.pattern(RedirectRequest.REDIRECT_URI,
                        "https://example.com/welcome"));
        name = form.add(new FormField<>("claims.name", messages.get("team.redirect.claimName"), false,
                String::valueOf));
        email = form.add(new FormField<>("claims.email", messages.get("team.redirect.claimEmail"), false,
                String::valueOf));
        customClaims = form.add(FormField.text("custom_claims", messages.get("team.redirect.custom"), ""))
                .validatedBy(this::checkCustomClaims);
    }

    private String checkCustomClaims(String text) {
        try {
            Map<String, String> claims = parse(text);
            return claims.size() > RedirectRequest.MAX_CUSTOM_CLAIMS
                    ? messages.format("team.redirect.tooMany", RedirectRequest.MAX_CUSTOM_CLAIMS) : null;
        } catch (IllegalArgumentException notAPair) {
            return messages.format("team.redirect.notAPair", notAPair.getMessage());
        }
    }

    /** {@code key=value} pairs, one a line (or separated by commas). */
    static Map<String, String> parse(String text) {
        Map<String, String> claims = new LinkedHashMap<>();
        if (text == null) {
            return claims;
        }
        for (String line : text.split("[\\n,]")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(line.strip());
            }
            claims.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return claims;
    }

    /** Asks for the URL; it shows until {@link #clear()}. */
    public void create() {
        if (!form.validateAll() || form.busyProperty().get()) {
            return;
        }
        List<IdTokenClaim> claims = new ArrayList<>();
        if (Boolean.TRUE.equals(name.value())) {
            claims.add(IdTokenClaim.NAME);
        }
        if (Boolean.TRUE.equals(email.value())) {
            claims.add(IdTokenClaim.EMAIL);
        }
        Map<String, String> custom = parse(customClaims.value());
        RedirectRequest request = RedirectRequest.to(uri.value().strip(), custom.isEmpty() ? null : custom,
                claims.isEmpty() ? null : claims);
        String partner = services.session().partnerId();
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.get("team.redirect.task"),
                        task -> services.api(task).auth().redirect(partner, request))
                .onSuccess(answer -> result.set(answer == null || answer.redirectUri() == null
                        ? messages.get("team.redirect.noUrl") : answer.redirectUri()))
                .onFailure(form::showServerErrors)
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /** The user has what they need: the token leaves the screen. */
    public void clear() {
        result.set("");
    }

    /** The URL with its ID token, shown once; empty when there is none. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }

    public FormField<String> uri() {
        return uri;
    }

    public FormField<Boolean> name() {
        return name;
    }

    public FormField<Boolean> email() {
        return email;
    }

    public FormField<String> customClaims() {
        return customClaims;
    }
}
