package io.accountsdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.EveryScreenTour;
import io.accountsdesk.app.RollingLogInFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scripted session of the running app over every screen it registers, with every logger at DEBUG, and then a
 * search of everything the app wrote for every secret the session used ({@link NoSecretsLeak}: as typed,
 * URL-encoded and JSON-escaped; any hit fails the class).
 *
 * <p>The session, signed in with the sandbox's API client (its secret and bearer token): the account list searched;
 * a fresh account on each tab of its page; a Swish signup and its callback with a PKCS#12 certificate opened by a
 * passphrase typed into the form (the passphrase and the file's base64, which holds the private key), the form left
 * long enough for its draft to be written; a Santander override with its store token; a principal's national
 * identity number screened at VMSS and MATCH; a payment application and the review queue; the onboarding wizard
 * (a draft) and a CSV import (its journal); pricing and settings. Then as people: a password and an SMS code, an
 * authenticator key and code, an invitation's temporary password, a one-time code, a username user's password, a
 * role, an API client's secret made and rotated, grants and keys; a sign-in by an e-mailed code and one by single
 * sign-on (its authorization code); every session's access and refresh token, read from its token source. Last,
 * Help → Copy diagnostics, whose report (with the log's last 200 lines) is written where the scan looks.
 *
 * <p>Searched: the DEBUG log, the app's own rolling log file ({@code accounts-desk.log}, written by the app's
 * {@code LogSetup} into this test's folder), the config folder (preferences, drafts) and the folder of the files the
 * session opened (the import's journal beside its CSV). The drafts are also searched while the Swish and Santander
 * forms are still open, since a draft is deleted once its form is sent. The tour must have made every screen the
 * app's registry holds, so a screen added later without being toured here fails this test.
 *
 * <p>Seen failing, on purpose, then reverted (2026-12-07):
 * <ul>
 *   <li>with {@code || field.path().equals("passphrase")} added to the {@code !field.kind().secret()} test that makes
 *   a connection field draftable ({@code ConnectionFormViewModel}), the check while the form is open failed:
 *   <pre>
 *   [secrets on disk while the form is open] Expecting empty but was: ["the Swish certificate's passphrase in
 *   /tmp/junit-…/config/drafts/99f4….json:1: {"key":"T12300000/connection-form/T43188156/swish.callback", …
 *   "values":{"param.callback_reference":"secrets-tour-ref","swish_number":"1231181189",
 *   "passphrase":"«the Swish certificate's passphrase»"}}"]
 *   </pre></li>
 *   <li>with {@code LoggerFactory.getLogger(ScreeningTabViewModel.class).debug("VMSS search for principal {}",
 *   form.principals.get(0).nationalId.value())} added to {@code searchVmss}, the class failed, naming both logs:
 *   <pre>
 *   Secrets leaked:
 *     a principal's national identity number in target/debug-logs/EveryScreenSecretsAppTest-….log:383: 23:36:40.922
 *     DEBUG [JavaFX Application Thread] io.accountsdesk.app.screening.ScreeningTabViewModel - VMSS search for
 *     principal «a principal's national identity number»
 *     a principal's national identity number in /tmp/junit-…/logs/accounts-desk.log:383: 23:36:40.922 DEBUG …
 *   </pre></li>
 *   <li>with the tour's visit to {@code settings} taken out, the coverage check failed: {@code [the screens the tour
 *   made, against every screen the app registers] … but could not find the following element(s): ["settings"]}.</li>
 * </ul>
 * Its first run with a VMSS answer also caught a real leak, since fixed in the client's {@code Redactor}: the
 * listed principals' {@code passportNumber}, {@code driverLicenseNumber} and {@code principalID} in the DEBUG body
 * log ("a listed principal's passport number in …/logs/accounts-desk.log:395: {"searchTerminatedResponse":…").
 *
 * <p>About two minutes (one app, one sandbox); it replaced {@code PeopleAndAccessSecretsAppTest}, whose session it
 * holds whole.
 */
class EveryScreenSecretsAppTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    static final NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(dir.resolve("config"),
            dir.resolve("files"), dir.resolve("logs")));

    private static RollingLogInFolder appLog;
    private static EveryScreenTour tour;

    @BeforeAll
    static void launch() throws Exception {
        // After NoSecretsLeak has put every logger at DEBUG: the app's file gets all of it too.
        appLog = RollingLogInFolder.start(dir.resolve("logs"));
        tour = new EveryScreenTour(dir, secrets::used);
        tour.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            tour.stop();
        } finally {
            appLog.close();
        }
    }

    @Test
    void everyScreenKeepsEverySecretOutOfLogsPreferencesDraftsAndJournals() throws Exception {
        String account = tour.accountsAndEveryTab();
        tour.swishWithPassphraseAndAStoreToken(account, EveryScreenSecretsAppTest::nothingLeakedYet);
        tour.screenWithANationalId(account);
        tour.applyAndReview(account);
        tour.onboardByWizardAndCsv();
        tour.pricingAndSettings();
        tour.peopleAndAccess();
        tour.signInWithATypedClientSecret();
        assertThat(tour.copyDiagnostics()).as("the diagnostics hold the log's last lines").isEqualTo(200);

        assertThat(tour.visited()).as("the screens the tour made, against every screen the app registers")
                .containsAll(EveryScreenTour.registeredScreens());
        // The app's file is searched only if it holds the session: the calls of its API client at DEBUG.
        assertThat(Files.readString(appLog.file())).contains("DEBUG").contains("io.accountsdesk.client");
    }

    /** The drafts of a form still open: sending it deletes them, and the scan at the end would find nothing. */
    private static void nothingLeakedYet() {
        assertThat(secrets.scan(List.of(dir.resolve("config"), dir.resolve("files"))))
                .as("secrets on disk while the form is open").isEmpty();
    }
}
