package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.sandbox.SandboxCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.StringProperty;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile typing into the sign-in card's fields: the base URL, the partner id, and the API client's id and secret
 * (the card is not built on the form mechanism, so the property of {@link io.accountsdesk.app.security.HostileForms}
 * is restated over its error properties). The card starts filled in to sign in to the shared sandbox as a custom
 * server, so each try's typing is what decides:
 * <ol>
 *   <li>typing never throws, and signing in never throws;</li>
 *   <li>when the card's checks refuse, nothing is sent (no session is asked for) and a field or the card says
 *       why;</li>
 *   <li>what is sent is exactly what was typed, stripped (never the secret: that goes as typed), and when the
 *       sandbox refuses it the card says so in words, and the sandbox never fails with a 5xx.</li>
 * </ol>
 */
class HostileSignInInputTest extends HostileInputProperties {

    private final Messages messages = Messages.load(Locale.ENGLISH);

    private record Tried(SignInViewModel card, List<SignInRequest> asked, List<Session> opened) {
    }

    private Tried card(Function<SignInRequest, Session> open) {
        List<SignInRequest> asked = new ArrayList<>();
        List<Session> opened = new ArrayList<>();
        TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
        SignInViewModel card = new SignInViewModel(request -> {
            asked.add(request);
            return open.apply(request);
        }, tasks, messages, opened::add);
        SandboxCredentials credentials = HostileSandbox.get().sandbox().credentials();
        card.environmentProperty().set(Environment.CUSTOM);
        card.baseUrlProperty().set(HostileSandbox.get().session().baseUrl());
        card.partnerIdProperty().set(credentials.partnerId());
        card.clientIdProperty().set(credentials.clientId());
        card.clientSecretProperty().set(credentials.clientSecret());
        return new Tried(card, asked, opened);
    }

    private static List<StringProperty> fields(SignInViewModel card) {
        return List.of(card.baseUrlProperty(), card.partnerIdProperty(), card.clientIdProperty(),
                card.clientSecretProperty());
    }

    private static List<String> errors(SignInViewModel card) {
        return Stream.of(card.baseUrlErrorProperty(), card.partnerIdErrorProperty(), card.clientIdErrorProperty(),
                card.clientSecretErrorProperty(), card.formErrorProperty()).map(StringProperty::get)
                .filter(text -> text != null && !text.isBlank()).toList();
    }

    /** The partner id, client id and secret, signed in with against the sandbox. */
    @Property(tries = 60)
    void theApiClientsFields(@ForAll("typing") List<HostileText.Typing> typing) {
        Tried tried = card(HostileSandbox.get().factory()::open);
        probe(tried, typing, 1);
    }

    /**
     * The base URL too. A URL the card lets through is not dialled: it could name any host, and this machine has no
     * network to find it on, so the opener refuses as a network without a route would.
     */
    @Property(tries = 60)
    void theBaseUrl(@ForAll("typing") List<HostileText.Typing> typing) {
        Tried tried = card(request -> {
            if (request.baseUrl().equals(HostileSandbox.get().session().baseUrl())) {
                return HostileSandbox.get().factory().open(request);
            }
            throw new ApiException.Network("No route to " + request.baseUrl() + " in this test.", request.baseUrl(),
                    new java.net.NoRouteToHostException());
        });
        probe(tried, typing, 0);
    }

    private void probe(Tried tried, List<HostileText.Typing> typing, int firstField) {
        SignInViewModel card = tried.card();
        List<StringProperty> fields = fields(card);
        int span = fields.size() - firstField;
        for (HostileText.Typing typed : typing) {
            StringProperty field = fields.get(firstField + Math.floorMod(typed.field(), span));
            assertThatCode(() -> field.set(typed.text())).as("typing %s", typed).doesNotThrowAnyException();
        }
        String url = card.baseUrlProperty().get();
        String partner = card.partnerIdProperty().get();
        String client = card.clientIdProperty().get();
        String secret = card.clientSecretProperty().get();
        long writes = requests.writes();
        boolean[] started = new boolean[1];
        assertThatCode(() -> started[0] = card.signIn()).as("signing in after %s", typing)
                .doesNotThrowAnyException();
        Statistics.label("checks").collect(started[0] ? "passed" : "rejected");
        // What the seed and the card's own rules refuse, said independently of the card's checks.
        String scheme = url.strip().toLowerCase(Locale.ROOT);
        boolean plainlyWrong = !partner.strip().matches("[PT]\\d{8}") || client.isBlank() || secret.isEmpty()
                || !(scheme.startsWith("https://") || scheme.startsWith("http://127.0.0.1"));
        if (plainlyWrong) {
            assertThat(started[0]).as("signing in started although %s leaves the card plainly wrong", typing)
                    .isFalse();
        }
        if (!started[0]) {
            assertThat(tried.asked()).as("asked for a session although the card refused %s", typing).isEmpty();
            assertThat(requests.writes()).as("sent although the card refused %s", typing).isEqualTo(writes);
            assertThat(errors(card)).as("a message after a refused %s", typing).isNotEmpty();
        } else {
            assertThat(tried.asked()).hasSize(1);
            SignInRequest asked = tried.asked().get(0);
            assertThat(asked.baseUrl()).isEqualTo(url.strip());
            assertThat(asked.partnerId()).isEqualTo(partner.strip());
            assertThat(asked.clientId()).isEqualTo(client.strip());
            assertThat(asked.clientSecret()).as("the secret goes as typed").isEqualTo(secret);
            Statistics.label("signed in").collect(tried.opened().isEmpty() ? "refused" : "signed in");
            if (tried.opened().isEmpty()) {
                assertThat(errors(card)).as("why the sign-in after %s failed", typing).isNotEmpty();
                assertThat(card.busyProperty().get()).as("the card is free again").isFalse();
            }
        }
        tried.opened().forEach(Session::close);
        assertThat(requests.serverErrors()).as("the sandbox failing on what was sent").isEmpty();
    }
}
