package io.accountsdesk.app.access;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules a new password must meet, checked as the user types, for a checklist of rules met and not met. The seed
 * states one rule for passwords ({@code password}: "&gt;= 8 characters", which the sandbox also enforces on {@code
 * proposed_password}); the others guard against a typo (the repeat) and a change that changes nothing.
 */
public final class PasswordChecklist {

    /** The seed's minimum length of a password. */
    public static final int MIN_LENGTH = 8;

    /** One rule and whether the typing meets it now. */
    public record Rule(String id, String text, boolean met) {
    }

    private final Messages messages;
    private final FormField<String> current;
    private final FormField<String> proposed;
    private final FormField<String> repeat;
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper allMet = new ReadOnlyBooleanWrapper(this, "allMet");

    /** @param current the password in force, when the user must give it (a change of one's own); else {@code null} */
    public PasswordChecklist(Messages messages, FormField<String> current, FormField<String> proposed,
                             FormField<String> repeat) {
        this.messages = messages;
        this.current = current;
        this.proposed = proposed;
        this.repeat = repeat;
        proposed.validatedBy(value -> value != null && !value.isEmpty() && value.length() < MIN_LENGTH
                ? messages.format("access.password.tooShort", MIN_LENGTH) : null);
        repeat.validatedBy(value -> value != null && !value.isEmpty() && !value.equals(proposed.value())
                ? messages.get("access.password.mismatch") : null);
        proposed.valueProperty().addListener((obs, old, now) -> {
            repeat.revalidate();
            check();
        });
        repeat.valueProperty().addListener((obs, old, now) -> check());
        if (current != null) {
            current.valueProperty().addListener((obs, old, now) -> check());
        }
        check();
    }

    private void check() {
        String typed = SecretField.read(proposed);
        List<Rule> now = new ArrayList<>();
        now.add(new Rule("length", messages.format("access.password.rule.length", MIN_LENGTH),
                typed.length() >= MIN_LENGTH));
        if (current != null) {
            now.add(new Rule("different", messages.get("access.password.rule.different"),
                    !typed.isEmpty() && !typed.equals(SecretField.read(current))));
        }
        now.add(new Rule("repeat", messages.get("access.password.rule.repeat"),
                !typed.isEmpty() && typed.equals(SecretField.read(repeat))));
        rules.setAll(now);
        allMet.set(now.stream().allMatch(Rule::met));
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public ReadOnlyBooleanProperty allMetProperty() {
        return allMet.getReadOnlyProperty();
    }

    public boolean allMet() {
        return allMet.get();
    }
}
