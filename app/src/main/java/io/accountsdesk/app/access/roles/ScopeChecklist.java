package io.accountsdesk.app.access.roles;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.SearchField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A {@link ScopeSelection} on screen: a search, one heading and a row of checkboxes per area (a scope that can
 * change data is marked), the field's message, and a line to add a scope the desk does not list.
 */
public final class ScopeChecklist extends VBox {

    private final ScopeSelection selection;
    private final Messages messages;
    private final String idPrefix;
    private final VBox groups = new VBox(10);
    private final List<CheckBox> boxes = new ArrayList<>();

    /** @param idPrefix the ids of the parts start with it ({@code roles} gives {@code roles-scope-search}) */
    public ScopeChecklist(ScopeSelection selection, Messages messages, String idPrefix) {
        super(8);
        this.selection = selection;
        this.messages = messages;
        this.idPrefix = idPrefix;
        getStyleClass().add("scope-checklist");
        Label legend = new Label(messages.get("scopes.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        getChildren().addAll(legend, search(), error(), groups, none(), custom());
        groups.setId(idPrefix + "-scopes");
        selection.groups().addListener((ListChangeListener<ScopeSelection.Group>) change -> regroup());
        regroup();
    }

    private SearchField search() {
        SearchField search = new SearchField();
        search.setId(idPrefix + "-scope-search");
        search.setPromptText(messages.get("scopes.search"));
        search.textProperty().bindBidirectional(selection.searchProperty());
        return search;
    }

    private Label error() {
        Label error = new Label();
        error.setId(idPrefix + "-scope-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(selection.field().errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    private Label none() {
        Label none = new Label(messages.get("scopes.noMatch"));
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(Bindings.isEmpty(selection.groups()));
        none.managedProperty().bind(none.visibleProperty());
        return none;
    }

    private VBox custom() {
        TextField custom = new TextField();
        custom.setId(idPrefix + "-scope-custom");
        custom.setPromptText(messages.get("scopes.custom.prompt"));
        Button add = new Button(messages.get("scopes.custom.add"), new FontIcon(Feather.PLUS));
        add.setId(idPrefix + "-scope-add");
        Runnable addCustom = () -> {
            if (selection.addCustom(custom.getText())) {
                custom.clear();
            }
        };
        add.setOnAction(event -> addCustom.run());
        custom.setOnAction(event -> addCustom.run());
        FieldDecoration.bind(custom, selection.customErrorProperty());
        Label customError = new Label();
        customError.getStyleClass().add(Styles.DANGER);
        customError.textProperty().bind(selection.customErrorProperty());
        customError.managedProperty().bind(customError.textProperty().isNotEmpty());
        HBox row = new HBox(8, custom, add);
        HBox.setHgrow(custom, Priority.ALWAYS);
        return new VBox(4, row, customError);
    }

    /** Lays the groups out again; the boxes of the last layout let go of their options. */
    private void regroup() {
        for (CheckBox box : boxes) {
            @SuppressWarnings("unchecked")
            Property<Boolean> option = (Property<Boolean>) box.getUserData();
            box.selectedProperty().unbindBidirectional(option);
        }
        boxes.clear();
        groups.getChildren().clear();
        for (ScopeSelection.Group group : selection.groups()) {
            Label area = new Label(messages.has("scopes.area." + group.area())
                    ? messages.get("scopes.area." + group.area()) : group.area());
            area.getStyleClass().add("scope-area");
            FlowPane row = new FlowPane(14, 6);
            row.getStyleClass().add("scope-row");
            for (ScopeSelection.Option option : group.options()) {
                CheckBox box = new CheckBox(option.scope());
                box.setId(idPrefix + "-scope-" + option.scope().replace(':', '-'));
                box.setUserData(option.selected());
                box.selectedProperty().bindBidirectional(option.selected());
                box.setTooltip(new Tooltip(selection.explain(option.scope())));
                if (ScopeCatalogue.grantsWrite(option.scope())) {
                    box.getStyleClass().add("scope-writes");
                }
                boxes.add(box);
                row.getChildren().add(box);
            }
            groups.getChildren().add(new VBox(4, area, row));
        }
    }
}
