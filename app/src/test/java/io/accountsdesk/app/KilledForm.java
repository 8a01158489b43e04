package io.accountsdesk.app;

import io.accountsdesk.app.core.nav.Place;
import java.util.List;
import javafx.scene.control.TableView;

/**
 * The long forms that keep a draft, each as a user reaches it, what they type into it, and where the draft shows
 * again after a restart. {@link KilledMidForm} types a scenario's inputs until the draft is on disk and is then
 * killed; {@link FormDraftSurvivesKillAppTest} starts the app again and checks every typed value is back, and that
 * no secret typed was ever kept.
 */
enum KilledForm {

    /** The create-account wizard; its drafts are listed on the onboarding desk. */
    ONBOARDING(List.of(
            Input.text("new-company-business-name", "Killed Midway AS"),
            Input.text("new-company-address-postal-place", "Tromsø"))) {
        @Override
        void open(FormSteps steps, String account) throws Exception {
            steps.go(Place.of("new-account"));
            steps.waitShowing("#new-company-business-name");
        }

        @Override
        String formShown() {
            return "#new-company-business-name";
        }
    },

    /** The application for payments on an account's Approvals tab. */
    PAYMENT_APPLICATION(List.of(
            Input.text("approvals-org-number", "923609016"),
            Input.tick("approvals-method-billie"),
            Input.text("approvals-bank-name", "Sparebank 1 Nord-Norge"),
            Input.text("approvals-bank-number", "NO9386011117947"),
            Input.text("approvals-submitter-email", "signatory@killed.example"))) {
        @Override
        void open(FormSteps steps, String account) throws Exception {
            steps.openAccountTab(account, "approvals");
            steps.click("approvals-apply");
            steps.waitShowing("#approvals-form");
        }

        @Override
        String formShown() {
            return "#approvals-form";
        }

        @Override
        String namedAtStart(String account) {
            return account;
        }

        @Override
        String restoredNotice() {
            return "#approvals-form-result";
        }
    },

    /** A new price package: the editor's fields become an edit on Enter, the last one without it. */
    PRICE_PACKAGE(List.of(
            Input.text("editor-id", "KILLED_PP").enter(),
            Input.text("editor-name", "Killed midway package").enter(),
            Input.text("editor-description", "Typed until the power went"))) {
        @Override
        void open(FormSteps steps, String account) throws Exception {
            steps.go(Place.of("price-package-editor"));
            packageNodeOfTheEditor(steps);
        }

        @Override
        void openedByNotice(FormSteps steps) throws Exception {
            packageNodeOfTheEditor(steps);
        }

        @Override
        String formShown() {
            return "#editor-id";
        }

        @Override
        String restoredNotice() {
            return "#editor-note";
        }

        @Override
        String namedAtStart(String account) {
            return "Killed midway package";
        }
    },

    /** A new price package left with a product id typed into its cell, neither Enter nor Tab pressed. */
    PRICE_PACKAGE_CELL(List.of(
            Input.text("editor-name", "Killed mid-cell package").enter(),
            Input.text("editor-id", "KILLED_CELL_PP").enter(),
            Input.cell("editor-products", 0, 1, "killed.midcell"))) {
        // The same editor as PRICE_PACKAGE's, reached the same way; named at the start by its name, typed first.
        @Override
        void open(FormSteps steps, String account) throws Exception {
            PRICE_PACKAGE.open(steps, account);
        }

        @Override
        void openedByNotice(FormSteps steps) throws Exception {
            PRICE_PACKAGE.openedByNotice(steps);
        }

        @Override
        String formShown() {
            return PRICE_PACKAGE.formShown();
        }

        @Override
        String restoredNotice() {
            return PRICE_PACKAGE.restoredNotice();
        }
    },

    /** Bambora's PayFac signup on an account's Connections tab, with its MD5 key: a secret, never kept. */
    CONNECTION_SIGNUP(List.of(
            Input.text("cf-signup-merchant-number", "4411223344"),
            Input.secret("cf-signup-md5-key", "md5-KILLED-secret-7f3a9c"),
            Input.text("cf-signup-mcc", "5812"))) {
        @Override
        void open(FormSteps steps, String account) throws Exception {
            steps.openAccountTab(account, "connections");
            steps.click("connections-signup");
            steps.click("op-bambora-payfac");
            steps.waitShowing("#connection-form");
        }

        @Override
        String formShown() {
            return "#connection-form";
        }

        @Override
        String namedAtStart(String account) {
            return account + ": Start Bambora signup (PayFac)";
        }
    },

    /** A new role: its name, description and a scope ticked. */
    ROLE(List.of(
            Input.text("roles-name", "Killed midway role"),
            Input.text("roles-description", "Reads accounts until the power goes"),
            Input.tick("roles-scope-read-accounts"))) {
        @Override
        void open(FormSteps steps, String account) throws Exception {
            steps.go(Place.of("roles"));
            steps.waitFor("the demo roles are listed", () -> steps.showing("#roles-table")
                    && !((TableView<?>) steps.node("#roles-table")).getItems().isEmpty());
            steps.click("roles-new");
            steps.waitShowing("#roles-name");
        }

        @Override
        String formShown() {
            return "#roles-name";
        }

        @Override
        String restoredNotice() {
            return "#roles-draft-notice";
        }
    };

    /**
     * One thing the user does to the form: type {@code text} into a field, tick a box (no text), or type into a
     * table's cell ({@code row}, {@code column}) and leave it being edited, neither Enter nor Tab.
     */
    record Input(String id, String text, boolean secret, boolean pressEnter, int row, int column) {

        static Input text(String id, String text) {
            return new Input(id, text, false, false, -1, -1);
        }

        static Input secret(String id, String text) {
            return new Input(id, text, true, false, -1, -1);
        }

        static Input tick(String id) {
            return new Input(id, null, false, false, -1, -1);
        }

        static Input cell(String table, int row, int column, String text) {
            return new Input(table, text, false, false, row, column);
        }

        Input enter() {
            return new Input(id, text, secret, true, row, column);
        }

        boolean isTick() {
            return text == null;
        }

        boolean isCell() {
            return row >= 0;
        }
    }

    private final List<Input> inputs;

    KilledForm(List<Input> inputs) {
        this.inputs = inputs;
    }

    /** Goes to the form as a user would, to type into it. {@code account} is the demo account it is about, if any. */
    abstract void open(FormSteps steps, String account) throws Exception;

    /** The price package editor's package itself chosen in its tree: its fields and its products' table. */
    private static void packageNodeOfTheEditor(FormSteps steps) throws Exception {
        steps.waitShowing("#editor-tree");
        steps.chooseInTree("editor-tree", 0);
        steps.waitShowing("#editor-id");
    }

    /** What shows once the form is open. */
    abstract String formShown();

    /**
     * After the start notice's Open was pressed: the notice goes into the form itself, so nothing more is needed
     * than for it to show (the price package's editor still has its package chosen in the tree).
     */
    void openedByNotice(FormSteps steps) throws Exception {
        steps.waitShowing(formShown());
    }

    /** What the notice at the next start names the draft by: the account, or what was typed as its name. */
    String namedAtStart(String account) {
        return inputs.get(0).text();
    }

    /** Where the form says a draft was put back; {@code null} where it says so in a passing notice. */
    String restoredNotice() {
        return null;
    }

    List<Input> inputs() {
        return inputs;
    }

    /** What the kept draft must hold once everything is typed: every text that is not a secret. */
    List<String> kept() {
        return inputs.stream().filter(i -> !i.isTick() && !i.secret()).map(Input::text).toList();
    }

    List<String> secrets() {
        return inputs.stream().filter(Input::secret).map(Input::text).toList();
    }

    /** Types every input in order, as a user would. */
    void type(FormSteps steps) throws Exception {
        for (Input input : inputs) {
            if (input.isTick()) {
                steps.click(input.id());
            } else if (input.isCell()) {
                steps.typeInCell(input.id(), input.row(), input.column(), input.text());
            } else {
                steps.type(input.id(), input.text(), input.pressEnter());
            }
        }
    }
}
