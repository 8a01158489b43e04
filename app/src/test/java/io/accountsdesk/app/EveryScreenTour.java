package io.accountsdesk.app;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.ScreenRegistry;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The whole app driven over every screen it registers, for a test in another package that needs the app's
 * package-private launch and steps: the secrets session ({@code security.EveryScreenSecretsAppTest}). Every secret a
 * step types, reads from the outbox, is shown or finds in the session's token source is handed to {@code seen}.
 * Which screens the session made is noted at each sign-out, so the test can hold the tour to the registry.
 */
public final class EveryScreenTour {

    private final FxRobot robot = new FxRobot();
    private final Path dir;
    private final BiConsumer<String, String> seen;
    private final PeopleSteps people;
    private final Set<String> visited = new TreeSet<>();
    private AccountsDeskApp app;
    /** What the file chooser answers next: native choosers cannot be driven headless. */
    private volatile Path chosen;
    /** The embedded sandbox's address and API client, typed in by hand once the people have signed out. */
    private String sandboxBaseUrl;
    private String sandboxPartner;
    private String sandboxClientId;
    private String sandboxClientSecret;

    public EveryScreenTour(Path dir, BiConsumer<String, String> seen) {
        this.dir = dir;
        this.seen = seen;
        this.people = new PeopleSteps(robot, () -> app, seen);
    }

    /** Every screen id the app registers, read from the same features the app builds its registry from. */
    public static Set<String> registeredScreens() {
        Set<String> ids = new TreeSet<>();
        ScreenRegistry.of(Features.all()).descriptors().stream().map(ScreenDescriptor::id).forEach(ids::add);
        return ids;
    }

    /** The screens the tour's sessions made (a screen is made the first time its place opens). */
    public Set<String> visited() {
        noteVisited();
        return Set.copyOf(visited);
    }

    public Path configDir() {
        return dir.resolve("config");
    }

    /** Where the tour keeps the files it hands the file chooser; an import's journal is written beside its CSV. */
    public Path filesDir() {
        return dir.resolve("files");
    }

    /** Starts the app on a fresh embedded sandbox, signed in with the sandbox's API client. */
    public void launch() throws Exception {
        Files.createDirectories(filesDir());
        app = AppUnderTest.launch(List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "3", "--reset-sandbox", "--config-dir", configDir().toString(),
                "--lang", "en", "--theme", "light"), this::scripted);
        waitFor("the account list shows", () -> showing("#account-list"));
        var session = app.workspace().services().session();
        var credentials = session.client().config().credentials();
        sandboxBaseUrl = session.baseUrl();
        sandboxPartner = session.partnerId();
        sandboxClientId = credentials.clientId();
        sandboxClientSecret = credentials.clientSecret();
        seen.accept("the sandbox client's secret", sandboxClientSecret);
        seen.accept("the API client's access token", clientAccessToken());
    }

    public void stop() throws Exception {
        if (app != null) {
            AppUnderTest.stop(app);
        }
    }

    /** The real dialogs, except a chooser that answers with the tour's file and "leave anyway" on a dirty form. */
    private DialogService scripted(DialogService real) {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("chooseOpenFile")) {
                        return Optional.ofNullable(chosen);
                    }
                    if (method.getName().equals("confirm")) {
                        return true;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }

    /** The account list searched, then a fresh account opened on each of its page's tabs. */
    public String accountsAndEveryTab() throws Exception {
        go(Place.of("accounts"));
        robot.interact(() -> robot.lookup("#account-search").queryAs(TextField.class).requestFocus());
        robot.write("AS");
        String number = TestNumbers.norwegianOrganisationNumber();
        String aid = app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Sara", "Secret", "sara@secrets-tour.example", "+4722334455"),
                new AccountCompany("Secrets Tour AS", null, number, null, null, null,
                        new io.accountsdesk.client.accounts.Address("Fjellveien 7", null, "5019", "Bergen", "NO"),
                        "post@secrets-tour.example", null, null, null, null, null, null),
                new AccountBilling("Secrets Tour AS", number, null, "billing@secrets-tour.example", null, null))
                .build()).accountId();
        for (io.accountsdesk.app.accounts.AccountTab tab : io.accountsdesk.app.accounts.AccountTab.values()) {
            go(Place.of("account", "id", aid, "tab", tab.id()));
            waitFor("the " + tab.id() + " tab shows", () -> showing("#tab-" + tab.id()));
        }
        return aid;
    }

    /**
     * On the account's connections tab: a Swish signup, then its callback with the merchant's PKCS#12 certificate
     * opened by a passphrase typed into the form; the form's draft is left on disk for a while before it is sent.
     * Then a Santander store override with its store token.
     */
    public void swishWithPassphraseAndAStoreToken(String aid, Runnable scanNow) throws Exception {
        String passphrase = "Swish-Pass-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        seen.accept("the Swish certificate's passphrase", passphrase);
        Path p12 = filesDir().resolve("swish-merchant.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "swish", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=Swish Secrets Merchant", "-validity", "30", "-storetype", "PKCS12", "-keystore", p12.toString(),
                "-storepass", passphrase, "-keypass", passphrase).redirectErrorStream(true).start();
        if (keytool.waitFor() != 0) {
            throw new AssertionError("keytool: " + new String(keytool.getInputStream().readAllBytes()));
        }
        // The file holds the merchant's private key: its base64, as the form sends it, is a secret too.
        seen.accept("the Swish PKCS#12 file (with its private key), base64",
                java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p12)));

        go(Place.of("account", "id", aid, "tab", "connections"));
        waitFor("the connections tab acts on the account", () -> showing("#connections-acting-on")
                && robot.lookup("#connections-acting-on").queryAs(Label.class).getText().contains(aid));
        people.clickWhenUncovered("#connections-signup");
        robot.clickOn("#op-swish-signup");
        waitFor("the Swish signup form opens", () -> showing("#connection-form"));
        people.clickWhenUncovered("#connection-form-send");
        waitFor("the signup is sent", () -> textOf("#connection-form-result").length() > 0
                || textOf("#connection-form-error").length() > 0);
        failOn("#connection-form-error", "the Swish signup");

        @SuppressWarnings("unchecked")
        TableView<io.accountsdesk.app.connections.ConnectionsTabViewModel.ConnectionRow> standings =
                robot.lookup("#connection-standings").queryAs(TableView.class);
        waitFor("Swish is listed", () -> standings.getItems().stream().anyMatch(row -> "swish".equals(row.connection())));
        robot.interact(() -> standings.getSelectionModel().select(standings.getItems().stream()
                .filter(row -> "swish".equals(row.connection())).findFirst().orElseThrow()));
        waitFor("the callback is offered", () -> showing("#row-op-swish-callback"));
        people.clickWhenUncovered("#row-op-swish-callback");
        waitFor("the Swish callback form opens", () -> showing("#cf-passphrase"));
        type("#cf-param-callback-reference", "secrets-tour-ref");
        type("#cf-swish-number", "1231181189");
        type("#cf-passphrase", passphrase);
        chosen = p12;
        people.clickWhenUncovered("#cf-cert");
        waitFor("the certificate opens with the passphrase", () -> textOf("#cf-cert-note")
                .contains("CN=Swish Secrets Merchant"));
        waitFor("the form's draft is on disk", () -> anyFileUnder(configDir().resolve("drafts"), "1231181189"));
        scanNow.run();
        people.clickWhenUncovered("#connection-form-send");
        waitFor("the callback is sent", () -> "Done.".equals(textOf("#connection-form-result"))
                || textOf("#connection-form-error").length() > 0);
        failOn("#connection-form-error", "the Swish callback");

        String storeToken = "Store-Token-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        seen.accept("the Santander store token", storeToken);
        people.clickWhenUncovered("#connections-override");
        robot.clickOn("#op-santander-override");
        waitFor("the Santander override form opens", () -> showing("#cf-overrides-0-credentials-store-token"));
        type("#cf-overrides-0-store-id", "secrets-store-1");
        type("#cf-overrides-0-credentials-store-email", "store@secrets-tour.example");
        type("#cf-overrides-0-credentials-store-token", storeToken);
        waitFor("the override's draft is on disk", () -> anyFileUnder(configDir().resolve("drafts"),
                "store@secrets-tour.example"));
        scanNow.run();
        people.clickWhenUncovered("#connection-form-send");
        waitFor("the override is sent", () -> textOf("#connection-form-result").length() > 0
                || textOf("#connection-form-error").length() > 0);
        failOn("#connection-form-error", "the Santander override");
        go(Place.of("connections-board"));
        waitFor("the board shows", () -> showing("#connections-board") || app.workspace().screens().made()
                .containsKey("connections-board"));
    }

    /** On the account's screening tab: a principal's national identity number typed, and VMSS and MATCH asked. */
    public void screenWithANationalId(String aid) throws Exception {
        // Eleven digits, as a Norwegian fødselsnummer; unique to this run, so a hit is this session's.
        String nationalId = "0101" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(10_000_000));
        seen.accept("a principal's national identity number", nationalId);
        go(Place.of("account", "id", aid, "tab", "screening"));
        waitFor("the screening form shows", () -> showing("#screening-p1-national-id"));
        type("#screening-p1-national-id", nationalId);
        // A merchant VMSS lists, searched by its legal name and city: the answer carries its principals' identity
        // numbers (national id, SSN, passport, driving licence, principal id), which the app shows but must not log.
        var listed = io.accountsdesk.sandbox.screening.TerminatedMerchants.all().stream()
                .filter(io.accountsdesk.sandbox.screening.TerminatedMerchants.Merchant::inVmss)
                .filter(m -> m.principals().stream().anyMatch(p -> p.passport() != null && p.driversLicence() != null))
                .findFirst().orElseThrow();
        for (var principal : listed.principals()) {
            identity("a listed principal's national id", principal.nationalId());
            identity("a listed principal's SSN", principal.ssn());
            identity("a listed principal's passport number", principal.passport());
            identity("a listed principal's driving licence number", principal.driversLicence());
            identity("a listed principal's id", principal.principalId());
        }
        type("#screening-legal-name", listed.legalName());
        type("#screening-city", listed.address().city());
        people.clickWhenUncovered("#screening-search-vmss");
        waitFor("VMSS answered, or a message says why not", () -> textOf("#screening-summary").contains("VMSS")
                || !textOf("#screening-message").isEmpty() || !textOf("#screening-form-error").isEmpty());
        failOn("#screening-message", "the VMSS search");
        failOn("#screening-form-error", "the VMSS search");
        waitFor("the listed merchant's card shows", () -> robot.lookup("#screening-cards .screening-card-title")
                .queryAllAs(Label.class).stream().anyMatch(label -> label.getText().equals(listed.legalName())
                        || label.getText().equals(listed.tradeName())));
        people.clickWhenUncovered("#screening-search-match");
        waitFor("MATCH answered, or a message says why not", () -> textOf("#screening-summary").contains("MATCH")
                || !textOf("#screening-message").isEmpty() || !textOf("#screening-form-error").isEmpty());
        failOn("#screening-message", "the MATCH search");
        go(Place.of("screening-queue"));
        waitFor("the screening queue shows", () -> showing("#screening-queue-table"));
    }

    /** An identity number seen in an answer; one too short to look for without false hits is left out. */
    private void identity(String label, String value) {
        if (value != null && value.replaceAll("[^0-9A-Za-z]", "").length() >= 6) {
            seen.accept(label, value);
        }
    }

    /** A payment application made on the account's approvals tab, then the review queue. */
    public void applyAndReview(String aid) throws Exception {
        go(Place.of("account", "id", aid, "tab", "approvals"));
        waitFor("the approvals tab acts on the account", () -> showing("#approvals-acting-on")
                && textOf("#approvals-acting-on").contains(aid));
        people.clickWhenUncovered("#approvals-apply");
        waitFor("the application form opens", () -> showing("#approvals-form"));
        String number = app.workspace().services().client().accounts().get(aid).company().organizationNumber();
        type("#approvals-org-number", number);
        people.clickWhenUncovered("#approvals-method-billie");
        type("#approvals-bank-name", "DNB");
        type("#approvals-bank-number", "NO9386011117947");
        type("#approvals-bank-bic", "DNBANOKKXXX");
        type("#approvals-submitter-email", "signatory@secrets-tour.example");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<Object> payments = robot.lookup("#approvals-payments").queryAs(TableView.class);
        waitFor("the application is listed", () -> payments.getItems().size() == 1);
        go(Place.of("approvals-queue"));
        waitFor("the review queue shows", () -> showing("#queue-table"));
    }

    /** The onboarding desk, the wizard's first step typed into (a draft), and a CSV imported (a journal). */
    public void onboardByWizardAndCsv() throws Exception {
        go(Place.of("onboarding"));
        waitFor("the onboarding desk shows", () -> showing("#onboarding-new"));
        people.clickWhenUncovered("#onboarding-new");
        waitFor("the wizard opens", () -> showing("#new-company-business-name"));
        type("#new-company-business-name", "Secrets Wizard AS");
        waitFor("the wizard's draft is on disk", () -> anyFileUnder(configDir().resolve("drafts"),
                "Secrets Wizard AS"));

        Path csv = filesDir().resolve("merchants.csv");
        Files.writeString(csv, "Business name,Organisation number,Address,Postal code,Postal place,"
                + "Applicant First name,Applicant Last name,Applicant E-mail\n"
                + "Secrets Bulk AS," + TestNumbers.norwegianOrganisationNumber()
                + ",Storgata 1,0155,Oslo,Kari,Nordmann,kari@secrets-bulk.example\n", StandardCharsets.UTF_8);
        chosen = csv;
        go(Place.of("bulk-onboarding"));
        waitFor("bulk onboarding opens", () -> showing("#bulk-choose"));
        people.clickWhenUncovered("#bulk-choose");
        waitFor("the row is checked", () -> robot.lookup("#bulk-rows").queryAs(TableView.class).getItems().size() == 1);
        people.clickWhenUncovered("#bulk-send");
        waitFor("the row is created", () -> textOf("#bulk-message").startsWith("1 account created")
                || textOf("#bulk-message").startsWith("1 accounts created"));
        waitFor("the import's journal is beside the file", () -> Files.exists(csv.resolveSibling(csv.getFileName()
                + ".journal")));
    }

    /** The price packages, their comparison and the editor; then the account settings. */
    public void pricingAndSettings() throws Exception {
        go(Place.of("price-packages"));
        waitFor("the packages show", () -> app.workspace().screens().current() != null);
        go(Place.of("price-package-compare"));
        go(Place.of("price-package-editor"));
        go(Place.of("settings"));
    }

    /**
     * Every screen of people and access as a person: signed in by password and SMS code, an authenticator turned
     * on, someone invited and given a one-time code, a username user, a role, an API client made and rotated, the
     * grants and keys; then signed in again by a one-time code and by single sign-on, each signed out.
     */
    public void peopleAndAccess() throws Exception {
        noteVisited();
        people.signInWithSmsCode(io.accountsdesk.sandbox.users.DemoUsers.MFA_TRAINEE,
                io.accountsdesk.sandbox.users.DemoUsers.PASSWORD, io.accountsdesk.sandbox.users.DemoUsers.MFA_PHONE);
        personTokens("the password sign-in", true);
        people.enrolAuthenticator();

        String invitee = "secrets.invitee." + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "@nordvik.example";
        people.invite(invitee, "Sigrid Secret");
        people.oneTimeCodeForSelected();
        createUsernameUser();
        people.createRole("Secret keepers", "Reads accounts");
        people.createClient("Secrets sync");
        people.rotateClient("Secrets sync");
        lookAtGrantsAndKeys();
        personTokens("the password sign-in, at its end", true);
        signOut();

        people.signInWithOneTimeCode(io.accountsdesk.sandbox.users.DemoUsers.TRAINEE);
        personTokens("the one-time code sign-in", true);
        signOut();
        people.signInBySingleSignOn(io.accountsdesk.sandbox.users.DemoUsers.TRAINEE);
        // The stand-in provider grants no offline access: a single sign-on session may hold no refresh token.
        personTokens("the single sign-on", false);
        signOut();
    }

    /**
     * From the sign-in card: the sandbox's own API client typed in by hand as a custom environment (its base URL,
     * partner, client id and secret), as a user signs in to any Dintero-compatible API; then signed out, so the
     * sign-in the app remembers is written.
     */
    public void signInWithATypedClientSecret() throws Exception {
        people.clickWhenUncovered("#way-api-client");
        people.clickWhenUncovered("#env-custom");
        type("#base-url", sandboxBaseUrl);
        type("#partner-id", sandboxPartner);
        type("#client-id", sandboxClientId);
        type("#client-secret", sandboxClientSecret);
        robot.type(KeyCode.ENTER);
        waitFor("the typed client's session opens, or a message says why not", () -> app.workspace() != null
                || !textOf("#form-error").isEmpty());
        failOn("#form-error", "the typed API client's sign-in");
        waitFor("the account list shows", () -> showing("#account-list"));
        seen.accept("the typed API client's access token", clientAccessToken());
        signOut();
    }

    /**
     * Help → Copy diagnostics at the end of the session, when the log's last 200 lines hold its last sign-ins: the
     * report is written into the files folder, where the scan looks for every secret in it too.
     *
     * @return how many lines of log the report holds
     */
    public int copyDiagnostics() throws Exception {
        robot.interact(() -> app.help().copyDiagnostics());
        waitFor("the diagnostics are copied", () -> app.help().lastReport() != null);
        io.accountsdesk.app.diagnostics.DiagnosticsReport report = app.help().lastReport();
        java.nio.file.Files.writeString(filesDir().resolve("diagnostics.txt"), report.text());
        return report.logLines();
    }

    private void createUsernameUser() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("team")));
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitFor("the username users' tab shows", () -> showing("#auth-create-username"));
        String username = "secrets.user." + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "@nordvik.example";
        String password = "Kept-Secret-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        seen.accept("a username user's password", password);
        people.clickWhenUncovered("#auth-create-username").write(username);
        people.clickWhenUncovered("#auth-create-password").write(password);
        people.clickWhenUncovered("#auth-create-repeat").write(password);
        people.clickWhenUncovered("#auth-create-submit");
        waitFor("the user is made", () -> robot.lookup("#auth-known").queryAs(TableView.class).getItems().stream()
                .anyMatch(row -> row.toString().contains(username)));
        if (!robot.lookup("#auth-create-password").queryAs(javafx.scene.control.PasswordField.class).getText()
                .isEmpty()) {
            throw new AssertionError("the username user's password is still in its field once sent");
        }
    }

    private void lookAtGrantsAndKeys() throws Exception {
        javafx.scene.control.TabPane tabs = robot.lookup("#api-clients-tabs")
                .queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitFor("the grants are listed", () -> showing("#grants-table"));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitFor("the signing keys are listed", () -> showing("#keys-table")
                && !robot.lookup("#keys-table").queryAs(TableView.class).getItems().isEmpty());
    }

    private void signOut() throws Exception {
        noteVisited();
        people.clickWhenUncovered("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));
        waitFor("the session is gone", () -> app.workspace() == null);
    }

    /** The person's access token and the refresh token their token source holds right now. */
    private void personTokens(String when, boolean refreshable) throws Exception {
        var tokens = app.workspace().services().session().person().orElseThrow().tokens();
        seen.accept("the access token of " + when, tokens.accessToken());
        Field refresh = tokens.getClass().getDeclaredField("refreshToken");
        refresh.setAccessible(true);
        Object value = refresh.get(tokens);
        if (value != null) {
            seen.accept("the refresh token of " + when, (String) value);
        } else if (refreshable) {
            throw new AssertionError("no refresh token held after " + when + ": the scan would miss it");
        }
    }

    /** The API client's bearer token, from the token source inside the session's client. */
    private String clientAccessToken() throws Exception {
        Field tokens = io.accountsdesk.client.ApiClient.class.getDeclaredField("tokens");
        tokens.setAccessible(true);
        return ((io.accountsdesk.client.http.TokenSource) tokens.get(app.workspace().services().client()))
                .accessToken();
    }

    private void go(Place place) throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(place));
        waitFor("the place " + place + " opens", () -> place.equals(app.workspace().navigator().current()));
    }

    private void noteVisited() {
        if (app != null && app.workspace() != null) {
            visited.addAll(app.workspace().screens().made().keySet());
        }
    }

    /** Types into a field as a user who tabbed to it: it may sit below the fold. */
    private void type(String query, String text) throws Exception {
        Node field = robot.lookup(query).query();
        robot.interact(() -> {
            field.requestFocus();
            if (field instanceof javafx.scene.control.TextInputControl input) {
                input.selectAll();
            }
        });
        waitFor(query + " has the focus", field::isFocused);
        robot.write(text);
    }

    private String textOf(String query) {
        return robot.lookup(query).tryQuery().map(node -> node instanceof Label label ? label.getText()
                : node instanceof javafx.scene.control.TextInputControl input ? input.getText() : "").orElse("");
    }

    private void failOn(String query, String what) {
        String error = textOf(query);
        if (!error.isEmpty()) {
            throw new AssertionError(what + " failed: " + error);
        }
    }

    private static boolean anyFileUnder(Path folder, String text) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean showing(String query) {
        return AppUnderTest.showing(robot, query);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        AppUnderTest.waitFor(what, condition);
    }
}
