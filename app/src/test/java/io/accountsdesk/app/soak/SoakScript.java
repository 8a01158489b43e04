package io.accountsdesk.app.soak;

import io.accountsdesk.app.SoakLaunch;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One round of the fault soak: what a user does on every screen, each step waiting for the app either to finish or
 * to say that it could not. A step that the faults made fail is not retried by the script, except a save, which a
 * user would press again: that is where a double would come from. What the round typed that must be on the server
 * once (accounts, payment applications, invitations) is kept, to be counted on the server at the end.
 */
final class SoakScript {

    /** Long enough for a call's retries under the plan's latency and Retry-After; a user would wait this long too. */
    private static final long PATIENCE_SECONDS = 60;
    private static final int SAVE_TRIES = 3;

    /** An account the round asked for, and whether the app said it was created. */
    record Made(String what, String key, boolean reported) {
    }

    private final FxRobot robot;
    private final SoakLaunch app;
    private final SoakFigures figures;
    private final Path csv;
    private final long seed;
    private volatile long failuresShown;
    /** The failures shown when the last action began (see {@link #clearStatusBar}). */
    private volatile long baseline;
    /** The inline errors on show before the action: a new one is the app saying why, as much as the status bar. */
    private volatile java.util.Set<String> inlineBefore = java.util.Set.of();
    /** The organisation number of the account the round made, for the forms that ask for it again. */
    private String targetNumber;
    final Map<String, Made> accounts = new LinkedHashMap<>();
    final Map<String, Boolean> applications = new LinkedHashMap<>();
    final Map<String, Boolean> invitations = new LinkedHashMap<>();
    final Map<String, Boolean> connections = new LinkedHashMap<>();

    SoakScript(FxRobot robot, SoakLaunch app, SoakFigures figures, Path csv, long seed) {
        this.robot = robot;
        this.app = app;
        this.figures = figures;
        this.csv = csv;
        this.seed = seed;
    }

    /** Called on the FX thread for every failure the user is shown. */
    void failureShown() {
        failuresShown++;
    }

    /** One pass over every screen. */
    void round(int round) {
        targetNumber = null;
        step("list and search", this::listAndSearch);
        String demoAccount = step("open an account", this::openAccount);
        if (demoAccount != null) {
            step("edit an account", () -> edit(demoAccount, round));
        }
        String made = step("onboard by the wizard", () -> wizard(round));
        String madeNumber = targetNumber;
        String bulk = step("onboard by CSV", () -> bulk(round));
        String target = made != null ? made : bulk;
        if (made != null) {
            targetNumber = madeNumber;
        }
        if (target != null) {
            step("start a connection", () -> connect(target));
            step("screen a merchant", () -> screen(target));
            step("apply for payments", () -> apply(target));
        }
        step("invite a user", () -> invite(round));
    }

    private interface Body {
        String run() throws Exception;
    }

    /** Runs one step; whatever goes wrong in it is recorded and the app is brought back to the list. */
    private String step(String name, Body body) {
        figures.steps.incrementAndGet();
        clearStatusBar();
        try {
            String result = body.run();
            judgeInlineErrors(name);
            return result;
        } catch (StepFailed failed) {
            figures.stepsFailed.incrementAndGet();
            judgeInlineErrors(name);
            return null;
        } catch (Exception | AssertionError broken) {
            figures.stepsFailed.incrementAndGet();
            figures.silent.add(name + ": " + broken.getClass().getSimpleName() + ": "
                    + String.valueOf(broken.getMessage()).replaceAll("\\s+", " ") + " at "
                    + java.util.Arrays.stream(broken.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("io.accountsdesk.app.soak."))
                    .map(frame -> frame.getMethodName() + ":" + frame.getLineNumber()).limit(3).toList());
            return null;
        } finally {
            recover();
        }
    }

    /** The faults made this step fail and the app said so: the round goes on with the next. */
    private static final class StepFailed extends Exception {
        StepFailed(String what) {
            super(what, null, false, false);
        }
    }

    private void recover() {
        robot.interact(() -> {
            if (app.workspace() != null && app.workspace().screens().current() != null
                    && app.workspace().screens().current().hasUnsavedChanges()) {
                app.workspace().screens().current().discardChanges();
            }
        });
        if (showing("#command-palette") || showing("#prompt-text")) {
            robot.type(KeyCode.ESCAPE);
        }
        go(Place.of("accounts"));
    }

    // --- the steps ---

    private String listAndSearch() throws Exception {
        go(Place.of("accounts"));
        TableView<AccountRow> table = accountTable();
        succeeds("the account list shows rows", () -> table().map(t -> !t.getItems().isEmpty()).orElse(false));
        AccountRow row = onFx(() -> table().orElseThrow().getItems().get(Math.min(3,
                table().orElseThrow().getItems().size() - 1)));
        String term = row.name().split(" ")[0];
        TextField search = robot.lookup("#account-search").queryAs(TextField.class);
        robot.interact(() -> {
            search.requestFocus();
            search.selectAll();
        });
        clearStatusBar();
        robot.write(term);
        succeeds("the search finds " + term, () -> table().map(t -> t.getItems().stream()
                .anyMatch(r -> r.accountId().equals(row.accountId()))
                && t.getItems().stream().allMatch(r -> (r.name() + " " + r.accountId() + " "
                + r.organizationNumber()).toLowerCase().contains(term.toLowerCase()))).orElse(false));
        robot.interact(() -> search.setText(""));
        return row.accountId();
    }

    private String openAccount() throws Exception {
        go(Place.of("accounts"));
        succeeds("the account list shows rows", () -> table().map(t -> !t.getItems().isEmpty()).orElse(false));
        AccountRow row = onFx(() -> table().orElseThrow().getItems().get(0));
        for (String tab : List.of("overview", "details", "events", "connections")) {
            go(Place.of("account", "id", row.accountId(), "tab", tab));
            succeeds("the account page shows " + row.accountId() + " on " + tab, () -> showing("#account-title")
                    && row.name().equals(robot.lookup("#account-title").queryAs(Label.class).getText()));
        }
        return row.accountId();
    }

    private String edit(String accountId, int round) throws Exception {
        go(Place.of("account", "id", accountId, "tab", "details"));
        succeeds("the details tab shows", () -> showing("#edit-company-phone-number"));
        String phone = String.format("+47 22 %02d %02d %02d", round % 100, seed % 100, (round * 7) % 100);
        TextField field = robot.lookup("#edit-company-phone-number").queryAs(TextField.class);
        javafx.scene.control.Button review = robot.lookup("#edit-review").queryAs(javafx.scene.control.Button.class);
        // The account may still be on its way (latency, a retried read): its arrival fills the form again, and
        // typing from before is gone. A user sees their number replaced and types it again; so does this.
        for (int attempt = 1; ; attempt++) {
            typeInto("#edit-company-phone-number", phone);
            if (settles(() -> phone.equals(field.getText()) && !review.isDisabled())) {
                break;
            }
            if (attempt == 3) {
                succeeds("the details form keeps the typed phone", () -> phone.equals(field.getText())
                        && !review.isDisabled());
            }
        }
        // The save key, as a keyboard user opens the review: the fifth long run once clicked Review and saw no
        // review, with nothing running and nothing said, and a click's landing is the one thing not checked here.
        clearStatusBar();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        succeeds("the review opens", () -> showing("#edit-save"));
        save("the edit of " + accountId, "#edit-save", Map.of("phone", () -> field.getText()), Map.of("phone", phone),
                () -> !showing("#edit-save") && phone.equals(field.getText())
                        && !app.workspace().screens().current().hasUnsavedChanges());
        return accountId;
    }

    private String wizard(int round) throws Exception {
        go(Place.of("onboarding"));
        succeeds("the onboarding desk shows", () -> showing("#onboarding-new"));
        clickWhenUncovered("#onboarding-new");
        succeeds("the wizard opens", () -> showing("#new-company-business-name"));
        String name = "Soak Kafé " + seed + "-" + round + " AS";
        String number = TestNumbers.norwegianOrganisationNumber();
        typeInto("#new-company-business-name", name);
        typeInto("#new-company-organization-number", number);
        typeInto("#new-company-address-address-line", "Storgata " + round);
        typeInto("#new-company-address-postal-code", "0155");
        typeInto("#new-company-address-postal-place", "Oslo");
        typeInto("#new-company-phone-number", "+47 22 33 44 55");
        next();
        next();
        typeInto("#new-applicant-first-name", "Kari");
        typeInto("#new-applicant-last-name", "Nordmann");
        typeInto("#new-applicant-email", "kari.soak" + round + "@example.no");
        next();
        next(); // services
        next(); // manager
        next(); // price: the packages are read from the server
        next(); // invites
        succeeds("the duplicate check finds nothing and Create is offered", () -> !wizardNext().isDisabled()
                && robot.lookup("#new-account-duplicates-message").queryAs(Label.class).getText()
                .startsWith("No sub-account"));
        accounts.put(number, new Made(name, number, false));
        // The review step shows what was typed; the fields themselves belong to the steps before it.
        Callable<String> reviewed = () -> robot.lookup((Node node) -> node instanceof javafx.scene.control.Labeled
                labeled && labeled.isVisible() && labeled.getText() != null && labeled.getText().contains(name))
                .tryQuery().isPresent() ? name : "";
        save("the wizard's create of " + name, ".wizard-next", Map.of("business name on the review", reviewed),
                Map.of("business name on the review", name), () -> showing("#new-account-done")
                        && robot.lookup("#new-account-result").queryAs(Label.class).getText().contains(name));
        accounts.put(number, new Made(name, number, true));
        targetNumber = number;
        return accountIdOf(number);
    }

    private String bulk(int round) throws Exception {
        String first = TestNumbers.norwegianOrganisationNumber();
        String second = TestNumbers.norwegianOrganisationNumber();
        Files.writeString(csv, "Business name,Organisation number,Address,Postal code,Postal place,"
                + "Applicant First name,Applicant Last name,Applicant E-mail\n"
                + "Soak Bakeri " + seed + "-" + round + " AS," + first + ",Storgata 1,0155,Oslo,Kari,Nordmann,"
                + "kari.bulk" + round + "@example.no\n"
                + "Soak Café " + seed + "-" + round + " AS," + second + ",Storgata 3,0155,Oslo,Per,Hansen,"
                + "per.bulk" + round + "@example.no\n", StandardCharsets.UTF_8);
        go(Place.of("bulk-onboarding"));
        succeeds("bulk onboarding opens", () -> showing("#bulk-choose"));
        clickWhenUncovered("#bulk-choose");
        succeeds("the rows are checked", () -> robot.lookup("#bulk-rows").queryAs(TableView.class).getItems()
                .size() == 2 && robot.lookup("#bulk-summary").queryAs(Label.class).getText().contains("2 ready"));
        accounts.put(first, new Made("bulk row 1 of round " + round, first, false));
        accounts.put(second, new Made("bulk row 2 of round " + round, second, false));
        clickWhenUncovered("#bulk-send");
        // The import runs row by row and reports each; a row the faults broke is reported failed, not silently lost.
        succeeds("the import ends", () -> robot.lookup("#bulk-message").queryAs(Label.class).getText()
                .matches("(?s)\\d+ accounts? created, \\d+ failed.*"));
        String message = robot.lookup("#bulk-message").queryAs(Label.class).getText();
        if (!message.startsWith("2 accounts created")) {
            figures.shown("bulk result", message);
            return null;
        }
        accounts.put(first, new Made("bulk row 1 of round " + round, first, true));
        accounts.put(second, new Made("bulk row 2 of round " + round, second, true));
        targetNumber = first;
        return accountIdOf(first);
    }

    private String connect(String accountId) throws Exception {
        go(Place.of("account", "id", accountId, "tab", "connections"));
        succeeds("the connections tab acts on the account", () -> showing("#connections-acting-on")
                && robot.lookup("#connections-acting-on").queryAs(Label.class).getText().contains(accountId)
                && !robot.lookup("#connections-signup").query().isDisabled());
        clickWhenUncovered("#connections-signup");
        succeeds("the sign-up menu offers Klarna", () -> showing("#op-klarna-signup"));
        robot.clickOn("#op-klarna-signup");
        succeeds("the Klarna form opens", () -> showing("#connection-form"));
        connections.put(accountId, false);
        save("the Klarna sign-up of " + accountId, "#connection-form-send", Map.of(), Map.of(),
                () -> !showing("#connection-form") || robot.lookup("#connection-timeline")
                        .queryAs(io.accountsdesk.ui.Timeline.class).getLanes().stream()
                        .anyMatch(lane -> lane.name().equals("Klarna")));
        connections.put(accountId, true);
        return accountId;
    }

    private String screen(String accountId) throws Exception {
        go(Place.of("account", "id", accountId, "tab", "screening"));
        succeeds("the screening form is prefilled", () -> showing("#screening-legal-name")
                && !robot.lookup("#screening-legal-name").queryAs(TextField.class).getText().isBlank());
        clickWhenUncovered("#screening-search-match");
        succeeds("the screening answers", () -> !robot.lookup("#screening-summary").queryAs(Label.class).getText()
                .isBlank());
        return accountId;
    }

    private String apply(String accountId) throws Exception {
        go(Place.of("account", "id", accountId, "tab", "approvals"));
        succeeds("the approvals tab acts on the account", () -> showing("#approvals-acting-on")
                && robot.lookup("#approvals-acting-on").queryAs(Label.class).getText().contains(accountId)
                && showing("#approvals-apply") && !robot.lookup("#approvals-apply").query().isDisabled());
        clickWhenUncovered("#approvals-apply");
        succeeds("the application form opens", () -> showing("#approvals-form"));
        String number = targetNumber;
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("#approvals-bank-name", "DNB");
        typed.put("#approvals-bank-number", "NO9386011117947");
        typed.put("#approvals-bank-bic", "DNBANOKKXXX");
        typed.put("#approvals-submitter-email", "signatory." + seed + "@soak.example");
        TextInputControl org = robot.lookup("#approvals-org-number").queryAs(TextInputControl.class);
        String orgNumber = org.getText().isBlank() ? number : org.getText();
        if (org.getText().isBlank()) {
            typeInto("#approvals-org-number", orgNumber);
        }
        tick("#approvals-method-billie");
        for (var entry : typed.entrySet()) {
            typeInto(entry.getKey(), entry.getValue());
        }
        Map<String, Callable<String>> fields = new LinkedHashMap<>();
        for (String query : typed.keySet()) {
            TextInputControl input = robot.lookup(query).queryAs(TextInputControl.class);
            fields.put(query, input::getText);
        }
        applications.put(accountId, false);
        // Sent is when the list shows it, or when the form says it was sent: the list's read can fail after.
        String sentText = app.workspace().services().messages().get("approvals.sent");
        save("the payment application of " + accountId, "#approvals-form-send", fields, typed,
                () -> !robot.lookup("#approvals-payments").queryAs(TableView.class).getItems().isEmpty()
                        || sentText.equals(robot.lookup("#approvals-form-send").queryAs(Button.class).getText()));
        applications.put(accountId, true);
        return accountId;
    }

    private String invite(int round) throws Exception {
        go(Place.of("team"));
        succeeds("the team is listed", () -> showing("#team-table")
                && !robot.lookup("#team-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Object> role = robot.lookup("#team-invite-role").queryAs(ComboBox.class);
        succeeds("the roles are read", () -> !role.getItems().isEmpty());
        String email = "soak." + seed + "." + round + "@nordvik.example";
        typeInto("#team-invite-email", email);
        typeInto("#team-invite-name", "Soak Round " + round);
        robot.interact(() -> role.getSelectionModel().select(0));
        TextField emailField = robot.lookup("#team-invite-email").queryAs(TextField.class);
        TextField nameField = robot.lookup("#team-invite-name").queryAs(TextField.class);
        invitations.put(email, false);
        @SuppressWarnings("unchecked")
        TableView<io.accountsdesk.app.access.team.TeamMember> table =
                robot.lookup("#team-table").queryAs(TableView.class);
        save("the invitation of " + email, "#team-invite-send",
                Map.of("e-mail", emailField::getText, "name", nameField::getText),
                Map.of("e-mail", email, "name", "Soak Round " + round),
                () -> table.getItems().stream().anyMatch(m -> m.email().equals(email))
                        && emailField.getText().isEmpty());
        invitations.put(email, true);
        return email;
    }

    // --- how a step waits, saves and types ---

    /**
     * Presses {@code button} until {@code saved}, as a user would after a failure, up to {@link #SAVE_TRIES} times;
     * after each failure every field must still hold what was typed.
     */
    private void save(String what, String button, Map<String, Callable<String>> fields, Map<String, String> typed,
                      Callable<Boolean> saved) throws Exception {
        figures.saves.incrementAndGet();
        for (int attempt = 1; ; attempt++) {
            Node target = button.startsWith(".") ? wizardNext() : robot.lookup(button).query();
            // A failure shown may be another call's (the account page's reads go on beside the form): a user who
            // waits for the button sees this one's answer first.
            boolean again = attempt > 1;
            waitUntil("the button of " + what + " can be pressed", () -> again && saved.call()
                    || !target.isDisabled() && shows(target));
            if (again && onFx(saved)) {
                return;
            }
            if (button.equals("#approvals-form-send")) {
                // The long form's button may sit below the fold of the headless window: send it by its key.
                Node last = robot.lookup("#approvals-submitter-email").query();
                robot.interact(last::requestFocus);
                waitUntil("the form has the focus", last::isFocused);
                clearStatusBar();
                robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
            } else {
                clickWhenUncovered(target);
            }
            if (outcome(what, saved)) {
                return;
            }
            for (var field : fields.entrySet()) {
                String now = onFx(field.getValue());
                String expected = typed.get(field.getKey());
                if (!expected.equals(now)) {
                    figures.lost.add(what + ": the " + field.getKey() + " held '" + expected + "' before the failed"
                            + " save and '" + now + "' after it");
                }
            }
            if (attempt == SAVE_TRIES) {
                throw new StepFailed(what);
            }
            figures.savesRetriedByUser.incrementAndGet();
        }
    }

    private void succeeds(String what, Callable<Boolean> done) throws Exception {
        if (!outcome(what, done)) {
            throw new StepFailed(what);
        }
    }

    /**
     * Waits until {@code done} or until the app shows a failure; a wait that sees neither means the app went quiet
     * about a call that never ended, and is recorded. Returns whether it was done.
     */
    private boolean outcome(String what, Callable<Boolean> done) throws Exception {
        // Counted from before the action: a call that fails fast can fail before this wait begins.
        long before = baseline;
        java.util.Set<String> inlineThen = inlineBefore;
        boolean[] finished = new boolean[1];
        try {
            waitUntil(what, () -> {
                finished[0] = done.call();
                return finished[0] || failuresShown > before
                        || inlineTextsOnFx().stream().anyMatch(text -> !inlineThen.contains(text));
            });
        } catch (AssertionError timedOut) {
            figures.silent.add(what + ": neither done nor a message after " + PATIENCE_SECONDS + " s; inline: "
                    + inlineTexts() + "; running: " + onFx(() -> app.workspace().services().tasks().activity()
                    .running().stream().map(task -> task.title()).toList()) + "; forms: " + formsOnFx());
            throw new StepFailed(what);
        }
        return finished[0];
    }

    private void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> {
                try {
                    return condition.call();
                } catch (RuntimeException notYet) {
                    return false; // a node not made yet
                }
            }));
        } catch (java.util.concurrent.TimeoutException timeout) {
            throw new AssertionError("Timed out waiting until " + what, timeout);
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return Platform.isFxApplicationThread() ? read.call()
                : WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    private void go(Place place) {
        clearStatusBar();
        robot.interact(() -> {
            if (app.workspace() != null) {
                app.workspace().navigator().goTo(place);
            }
        });
    }

    private void next() throws Exception {
        int before = onFx(this::wizardStep);
        Node next = wizardNext();
        // A step that reads from the server (the price packages) holds the user back when the read failed.
        if (!outcome("the wizard lets the user on from step " + before, () -> !next.isDisabled())) {
            throw new StepFailed("the wizard's step " + before);
        }
        clickWhenUncovered(next);
        succeeds("the wizard moves on from step " + before, () -> wizardStep() > before);
    }

    private Node wizardNext() {
        return robot.lookup("#new-account-wizard .wizard-next").query();
    }

    private int wizardStep() {
        return robot.lookup("#new-account-wizard").queryAs(io.accountsdesk.ui.Wizard.class).getCurrentIndex();
    }

    /** Types into a field as a user who tabbed to it: it may sit below the fold of the headless window. */
    /** Whether {@code condition} holds within a few seconds; no failure either way. */
    private boolean settles(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(condition::call));
            return true;
        } catch (java.util.concurrent.TimeoutException notSettled) {
            return false;
        }
    }

    private void typeInto(String query, String text) throws Exception {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        waitUntil(query + " has the focus", field::isFocused);
        robot.write(text);
        waitUntil(query + " holds what was typed", () -> text.equals(field.getText()));
    }

    /**
     * Ticks a check box as a keyboard user does, by focus and Space: in the long application form the box may sit
     * below the fold, where a click at its place lands on something else (the third soak's silent sends: no payment
     * method ticked, and the form saying so where the script did not look).
     */
    private void tick(String query) throws Exception {
        javafx.scene.control.CheckBox box = robot.lookup(query).queryAs(javafx.scene.control.CheckBox.class);
        if (onFx(box::isSelected)) {
            return;
        }
        robot.interact(box::requestFocus);
        waitUntil(query + " has the focus", box::isFocused);
        robot.type(KeyCode.SPACE);
        waitUntil(query + " is ticked", box::isSelected);
    }

    private void clickWhenUncovered(String query) throws Exception {
        clickWhenUncovered(robot.lookup(query).query());
    }

    /** A notice of the step before can cover a button in the narrow window; a user would wait for it too. */
    private void clickWhenUncovered(Node target) throws Exception {
        waitUntil("no notice covers " + target.getId(), () -> robot.lookup(".notice").queryAll().stream()
                .filter(Node::isVisible)
                .noneMatch(notice -> notice.localToScene(notice.getBoundsInLocal())
                        .intersects(target.localToScene(target.getBoundsInLocal()))));
        clearStatusBar();
        robot.clickOn(target);
    }

    /**
     * Empties the status bar's failure before an action, so that the same words shown again for the action's own
     * failure count as a new message (the bar only tells its listeners about a change).
     */
    private void clearStatusBar() {
        robot.interact(() -> {
            if (app.workspace() != null) {
                app.workspace().services().tasks().activity().clearFailure();
            }
            baseline = failuresShown;
            inlineBefore = java.util.Set.copyOf(inlineTextsOnFx());
        });
    }

    private boolean showing(String query) {
        try {
            return onFx(() -> robot.lookup(query).tryQuery().map(SoakScript::shows).orElse(false));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Whether the user can see {@code node}: it and every parent visible. A node's own flag is not enough: a tab not
     * selected, or the account page's tabs behind its error, hide their nodes through a parent (the third soak
     * clicked a sign-up button hidden behind "Account …: Too many requests" and counted the page's error as old).
     */
    static boolean shows(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private Optional<TableView<AccountRow>> table() {
        return robot.lookup("#account-list .table-view").tryQuery().map(node -> (TableView<AccountRow>) node);
    }

    private TableView<AccountRow> accountTable() throws Exception {
        waitUntil("the account list is made", () -> table().isPresent());
        return table().orElseThrow();
    }

    /** The id of the account with this organisation number, read as the app would (the client retries reads). */
    private String accountIdOf(String number) throws Exception {
        for (int tries = 0; tries < 5; tries++) {
            try {
                List<Account> found = app.workspace().services().client().accounts()
                        .list(AccountQuery.all().withSearch(number), null).items();
                return found.isEmpty() ? null : found.get(0).accountId();
            } catch (RuntimeException fault) {
                Thread.sleep(500);
            }
        }
        return null;
    }

    /** The send buttons and answers on show, for a silent step's record: what the form itself was saying. */
    private String formsOnFx() throws Exception {
        return onFx(() -> {
            List<String> states = new ArrayList<>();
            robot.lookup(node -> node.getId() != null && shows(node)
                    && (node.getId().endsWith("-send") || node.getId().endsWith("-result")
                    || node.getId().equals("edit-review") || node.getId().equals("edit-company-phone-number")))
                    .queryAll()
                    .forEach(node -> states.add(node.getId() + (node.isDisabled() ? " (disabled)" : "") + ": "
                            + (node instanceof javafx.scene.control.Labeled labeled ? labeled.getText()
                            : node instanceof TextInputControl input ? input.getText() : "")));
            return states.toString();
        });
    }

    /** Every inline error on show must read as a sentence, not as an exception. */
    private void judgeInlineErrors(String step) {
        for (String text : inlineTexts()) {
            if (SoakFigures.RAW.matcher(text).matches()) {
                figures.badMessages.add(step + ", inline: raw text '" + text + "'");
            }
        }
    }

    private List<String> inlineTexts() {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> texts.addAll(inlineTextsOnFx()));
        return texts;
    }

    /** The inline errors on show; on the FX thread. */
    private List<String> inlineTextsOnFx() {
        List<String> texts = new ArrayList<>();
        for (String query : List.of(".form-error", ".field-error", ".state-error .state-text",
                "#approvals-message", "#connections-message", "#screening-message", "#team-message",
                "#team-invite-error", "#bulk-message", "#queue-error", "#board-error", "#edit-form-error",
                "#new-account-form-error", "#approvals-form-error", "#connection-form-error",
                "#screening-form-error")) {
            robot.lookup(query).queryAll().stream().filter(SoakScript::shows)
                    .filter(node -> node instanceof Label).map(node -> ((Label) node).getText())
                    .filter(text -> text != null && !text.isBlank()).forEach(texts::add);
        }
        return texts;
    }
}
