package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.shell.DraftNotice;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FormGrid;
import javafx.geometry.Pos;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The details tab: the account's settings, company, billing and applicant as a form in two columns, and in place of
 * the form, once the user asks to save, the review of what will change. Messages appear under their fields.
 */
final class AccountEditView extends BorderPane {

    private final AccountEditViewModel model;
    private final Messages messages;

    AccountEditView(AccountEditViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("account-edit");
        getStyleClass().add("account-edit");
        ScrollPane form = formPane();
        VBox review = reviewPane();
        StackPane body = new StackPane(form, review);
        form.visibleProperty().bind(model.reviewingProperty().not());
        review.visibleProperty().bind(model.reviewingProperty());
        setCenter(body);
        setTop(draftNotice());
        setBottom(actions());
    }

    private Label draftNotice() {
        return DraftNotice.of(model.draftNoticeProperty(), "draft-notice");
    }

    /** Two columns: the account and its company on the left, billing and applicant on the right. */
    private ScrollPane formPane() {
        List<AccountEditViewModel.Section> sections = model.sections();
        int half = (sections.size() + 1) / 2;
        FormGrid left = grid(sections.subList(0, half));
        FormGrid right = grid(sections.subList(half, sections.size()));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(460);
        right.setPrefWidth(460);
        HBox columns = new HBox(32, left, right);
        columns.getStyleClass().add("tab-body");
        ScrollPane scroll = FocusInView.follow(new ScrollPane(columns));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private FormGrid grid(List<AccountEditViewModel.Section> sections) {
        FormGrid grid = new FormGrid();
        for (AccountEditViewModel.Section section : sections) {
            grid.addSection(section.title());
            for (AccountEditViewModel.Row row : section.rows()) {
                Control input = row.choices() == null ? FormInputs.text(row.field(), row.id())
                        : FormInputs.choice(row.field(), row.choices(), row.optional(), row.words(),
                        messages.get("common.none"), row.id());
                grid.addRow(row.label(), input, row.field().errorProperty());
            }
        }
        return grid;
    }

    private VBox reviewPane() {
        Label title = new Label(messages.get("account.review.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("account.review.hint"));
        hint.getStyleClass().add("muted");
        TableView<FieldChange> table = new TableView<>(model.changes());
        table.setId("review-changes");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("account.review.field"), FieldChange::label),
                Columns.text(messages.get("account.review.before"), FieldChange::before),
                Columns.text(messages.get("account.review.after"), FieldChange::after)));
        table.getColumns().get(0).setPrefWidth(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox review = new VBox(8, title, hint, table);
        review.getStyleClass().add("tab-body");
        review.setId("account-review");
        return review;
    }

    private HBox actions() {
        Label formError = new Label();
        formError.setId("edit-form-error");
        formError.getStyleClass().add("form-error");
        formError.setWrapText(true);
        formError.textProperty().bind(model.form().formErrorProperty());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        HBox.setHgrow(formError, Priority.ALWAYS);
        formError.setMaxWidth(Double.MAX_VALUE);

        Button discard = new Button(messages.get("account.edit.discard"));
        discard.setId("edit-discard");
        discard.getStyleClass().add(Styles.FLAT);
        discard.disableProperty().bind(model.form().dirtyProperty().not().or(model.form().busyProperty()));
        discard.setOnAction(event -> model.discard());

        Button back = new Button(messages.get("account.review.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("review-back");
        back.visibleProperty().bind(model.reviewingProperty());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(event -> model.backToEditing());

        Button review = new Button(messages.get("account.edit.review"), new FontIcon(Feather.EYE));
        review.setId("edit-review");
        review.getStyleClass().add(Styles.ACCENT);
        review.visibleProperty().bind(model.reviewingProperty().not());
        review.managedProperty().bind(review.visibleProperty());
        review.disableProperty().bind(model.form().dirtyProperty().not().or(model.form().busyProperty()));
        review.setOnAction(event -> model.review());

        Button save = new Button(messages.get("account.edit.save"), new FontIcon(Feather.CHECK));
        save.setId("edit-save");
        save.getStyleClass().add(Styles.SUCCESS);
        save.setDefaultButton(true);
        save.visibleProperty().bind(model.reviewingProperty());
        save.managedProperty().bind(save.visibleProperty());
        save.disableProperty().bind(model.form().busyProperty());
        save.setOnAction(event -> model.save());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bar = new HBox(8, formError, spacer, discard, back, review, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("form-actions");
        return bar;
    }
}
