package io.accountsdesk.app.access.roles;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scopes as checkboxes grouped by area, with a search that narrows what is shown, kept in step with a form field
 * holding the chosen scopes (sorted, so the same choice is never a change). Checking a box changes the field, and a
 * reset or a restored draft of the field checks the boxes; a scope the field holds that the desk did not know is
 * offered too, so opening a role never drops a scope.
 */
public final class ScopeSelection {

    /** One scope the user may choose. */
    public record Option(String scope, String area, BooleanProperty selected) {
    }

    /** The options of one area that the search lets through. */
    public record Group(String area, List<Option> options) {
    }

    private static final Pattern SCOPE = Pattern.compile("^\\S+$");

    private final FormField<List<String>> field;
    private final Messages messages;
    private final Map<String, Option> options = new LinkedHashMap<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper customError = new ReadOnlyStringWrapper(this, "customError", "");
    private boolean syncing;

    public ScopeSelection(FormField<List<String>> field, Messages messages) {
        this.field = field;
        this.messages = messages;
        offer(ScopeCatalogue.KNOWN);
        field.valueProperty().addListener((obs, old, now) -> follow(now));
        search.addListener((obs, old, now) -> regroup());
        follow(field.value());
    }

    /** The field for the chosen scopes at {@code path}: text in drafts and reviews is the scopes apart by spaces. */
    public static FormField<List<String>> field(String path, String label) {
        return new FormField<List<String>>(path, label, List.of(), scopes -> scopes == null ? ""
                : String.join(" ", scopes))
                .draftable(text -> sorted(Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList()));
    }

    /** The sorted, duplicate-free form the field keeps. */
    public static List<String> sorted(Collection<String> scopes) {
        return List.copyOf(new TreeSet<>(scopes == null ? List.of() : scopes));
    }

    /** Offers more scopes (those other roles use), unchecked. */
    public void offer(Collection<String> scopes) {
        boolean added = false;
        for (String scope : scopes) {
            added |= option(scope) != null;
        }
        if (added) {
            regroup();
        }
    }

    private Option option(String scope) {
        if (scope == null || scope.isBlank() || options.containsKey(scope)) {
            return null;
        }
        Option option = new Option(scope, ScopeCatalogue.areaOf(scope), new SimpleBooleanProperty(false));
        option.selected().addListener((obs, was, now) -> {
            if (!syncing) {
                List<String> chosen = new ArrayList<>(field.value());
                chosen.remove(scope);
                if (now) {
                    chosen.add(scope);
                }
                field.set(sorted(chosen));
            }
        });
        options.put(scope, option);
        return option;
    }

    private void follow(List<String> chosen) {
        List<String> now = chosen == null ? List.of() : chosen;
        offer(now);
        syncing = true;
        try {
            options.values().forEach(option -> option.selected().set(now.contains(option.scope())));
        } finally {
            syncing = false;
        }
    }

    private void regroup() {
        List<String> shown = options.keySet().stream()
                .filter(scope -> ScopeCatalogue.matches(scope, search.get())).toList();
        List<Group> list = new ArrayList<>();
        ScopeCatalogue.byArea(shown).forEach((area, scopes) -> list.add(new Group(area,
                scopes.stream().map(options::get).toList())));
        groups.setAll(list);
    }

    /** Adds a scope the desk does not list (an API's own) and checks it; says whether it was taken. */
    public boolean addCustom(String typed) {
        String scope = typed == null ? "" : typed.strip();
        if (scope.isEmpty() || !SCOPE.matcher(scope).matches()) {
            customError.set(messages.get("scopes.custom.invalid"));
            return false;
        }
        customError.set("");
        option(scope);
        regroup();
        options.get(scope).selected().set(true);
        return true;
    }

    /** What the scope lets a token do, in plain words. */
    public String explain(String scope) {
        return explain(messages, scope);
    }

    /** What {@code scope} lets a token do, in plain words. */
    public static String explain(Messages messages, String scope) {
        String verb = ScopeCatalogue.verbOf(scope);
        String area = ScopeCatalogue.areaOf(scope);
        // The heading's name, in lower case: here it sits inside a sentence.
        String areaName = (messages.has("scopes.area." + area) ? messages.get("scopes.area." + area) : area)
                .toLowerCase(messages.locale());
        String key = "scopes.verb." + (verb.isEmpty() ? "other" : verb);
        return messages.format(key, areaName);
    }

    public List<String> selected() {
        return field.value();
    }

    /** Checks exactly {@code scopes} (the other boxes are cleared). */
    public void select(Collection<String> scopes) {
        field.set(sorted(scopes));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ReadOnlyStringProperty customErrorProperty() {
        return customError.getReadOnlyProperty();
    }

    public FormField<List<String>> field() {
        return field;
    }
}
