package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.StatusBadge;
import io.accountsdesk.ui.StatusVocabulary;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The services tab: each service with its status, then every feature with its status and whether it is asked for.
 * The server decides the statuses; the check boxes are the requests, saved together.
 */
final class AccountServicesView extends VBox {

    private final AccountServicesViewModel model;
    private final Messages messages;
    private final StatusVocabulary statuses;
    private final FlowPane summaries = new FlowPane(8, 8);
    private final GridPane features = new GridPane();

    AccountServicesView(AccountServicesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.statuses = Vocabularies.statuses(messages);
        setId("account-services");
        getStyleClass().add("tab-body");
        setSpacing(12);
        features.getStyleClass().add("feature-grid");
        features.setHgap(18);
        features.setVgap(6);
        Label hint = new Label(messages.get("services.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        ScrollPane scroll = FocusInView.follow(new ScrollPane(features));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading("services.section.services"), summaries, heading("services.section.features"),
                hint, scroll, actions());
        model.summaries().addListener((ListChangeListener<AccountServicesViewModel.ServiceSummary>) c -> showSummaries());
        model.features().addListener((ListChangeListener<AccountServicesViewModel.FeatureRow>) c -> showFeatures());
        showSummaries();
        showFeatures();
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void showSummaries() {
        summaries.getChildren().clear();
        for (AccountServicesViewModel.ServiceSummary service : model.summaries()) {
            Label name = new Label(service.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox card = new HBox(8, name, new StatusBadge(service.status(), statuses));
            if (service.progression() != null) {
                Label progression = new Label(service.progression());
                progression.getStyleClass().add("muted");
                card.getChildren().add(progression);
            }
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().add("service-card");
            summaries.getChildren().add(card);
        }
        if (model.summaries().isEmpty()) {
            Label none = new Label(messages.get("services.none"));
            none.getStyleClass().add("muted");
            summaries.getChildren().add(none);
        }
    }

    private void showFeatures() {
        features.getChildren().clear();
        int row = 0;
        String service = null;
        for (String header : List.of("services.column.feature", "services.column.status", "services.column.requested")) {
            Label label = new Label(messages.get(header));
            label.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
            features.add(label, features.getChildren().size(), 0);
        }
        row++;
        for (AccountServicesViewModel.FeatureRow feature : model.features()) {
            if (!feature.service().equals(service)) {
                service = feature.service();
                Label group = new Label(model.serviceName(service));
                group.getStyleClass().addAll(Styles.TEXT_BOLD, "feature-group");
                features.add(group, 0, row++, 3, 1);
            }
            Label name = new Label(model.featureName(feature.feature()));
            StatusBadge status = new StatusBadge(feature.status(), statuses);
            Label none = new Label("—");
            none.getStyleClass().add("muted");
            CheckBox requested = FormInputs.check(feature.requested(), messages.get("services.requested"),
                    "feature-" + feature.service() + "-" + feature.feature());
            features.add(name, 0, row);
            features.add(feature.status() == null ? none : status, 1, row);
            features.add(requested, 2, row);
            row++;
        }
    }

    private HBox actions() {
        Label formError = new Label();
        formError.getStyleClass().add("form-error");
        formError.textProperty().bind(model.form().formErrorProperty());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        formError.setWrapText(true);
        Button discard = new Button(messages.get("account.edit.discard"));
        discard.getStyleClass().add(Styles.FLAT);
        discard.disableProperty().bind(model.form().dirtyProperty().not());
        discard.setOnAction(event -> model.discard());
        Button save = new Button(messages.get("services.save"));
        save.setId("services-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.form().canSaveProperty().not());
        save.setOnAction(event -> model.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, formError, spacer, discard, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("form-actions");
        return bar;
    }
}
