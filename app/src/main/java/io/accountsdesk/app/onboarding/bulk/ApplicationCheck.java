package io.accountsdesk.app.onboarding.bulk;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.onboarding.NewAccountForm;
import io.accountsdesk.client.accounts.NewAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every row of a bulk file judged before anything is sent, with the very checks of the create-account wizard (the
 * row is put into a {@link NewAccountForm} as if typed), and against the rest of the file: two rows with the same
 * organisation number are one company twice. A row is {@link Verdict.Kind#READY}, a {@link Verdict.Kind#WARNING}
 * (it can be sent, but look first) or an {@link Verdict.Kind#ERROR} (it cannot be sent as it is).
 */
public final class ApplicationCheck {

    /** What the check says of one row. */
    public record Verdict(int line, Kind kind, List<String> messages, Map<String, String> values, NewAccount request) {

        public enum Kind { READY, WARNING, ERROR }

        public String organisationNumber() {
            return values.getOrDefault("company.organization_number", "");
        }

        public String businessName() {
            return values.getOrDefault("company.business_name", "");
        }
    }

    private static final Set<String> YES = Set.of("true", "yes", "y", "ja", "j", "x", "1", "sann");

    private final Messages messages;
    private final ApplicationColumns columns;
    private final NewAccountForm form;
    private final Map<FormField<?>, String> names = new HashMap<>();

    public ApplicationCheck(Messages messages, ApplicationColumns columns) {
        this.messages = messages;
        this.columns = columns;
        this.form = new NewAccountForm(messages);
        // "Phone" is on three steps: a message names the step too ("Billing · Phone").
        for (NewAccountForm.Step step : form.steps()) {
            for (NewAccountForm.Input input : step.inputs()) {
                names.put(input.field(), step.title() + " · " + input.field().label());
            }
        }
    }

    /** Judges every row of {@code file} as {@code mapping} reads it. */
    public List<Verdict> check(CsvFile file, ColumnMapping mapping) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Integer> firstLineByNumber = new HashMap<>();
        for (CsvFile.Row row : file.rows()) {
            Map<String, String> values = normalised(mapping.values(row.cells()));
            List<String> problems = fieldProblems(values);
            String digits = values.getOrDefault("company.organization_number", "").replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                Integer earlier = firstLineByNumber.putIfAbsent(digits, row.line());
                if (earlier != null) {
                    problems.add(messages.format("onboarding.bulk.sameNumber", earlier));
                }
            }
            NewAccount request = problems.isEmpty() ? form.toNewAccount() : null;
            verdicts.add(new Verdict(row.line(), problems.isEmpty() ? Verdict.Kind.READY : Verdict.Kind.ERROR,
                    List.copyOf(problems), values, request));
        }
        return verdicts;
    }

    /**
     * The same verdicts, with a warning on each row whose organisation number is already a sub-account's:
     * {@code existing} maps organisation-number digits to the account's id.
     */
    public static List<Verdict> againstExisting(List<Verdict> verdicts, Map<String, String> existing,
                                                Messages messages) {
        List<Verdict> marked = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            String account = existing.get(verdict.organisationNumber().replaceAll("\\D", ""));
            if (account == null) {
                marked.add(verdict);
                continue;
            }
            List<String> notes = new ArrayList<>(verdict.messages());
            notes.add(messages.format("onboarding.bulk.exists", account));
            Verdict.Kind kind = verdict.kind() == Verdict.Kind.ERROR ? Verdict.Kind.ERROR : Verdict.Kind.WARNING;
            marked.add(new Verdict(verdict.line(), kind, List.copyOf(notes), verdict.values(), verdict.request()));
        }
        return marked;
    }

    /** Flags read yes/no in the ways spreadsheets write them ("x", "ja", "TRUE"); the rest as written. */
    private Map<String, String> normalised(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((path, value) -> out.put(path, columns.isFlag(path)
                ? String.valueOf(YES.contains(value.strip().toLowerCase(Locale.ROOT))) : value));
        return out;
    }

    /** Puts the row into the form as if typed, and lists every field the wizard would refuse, with its message. */
    private List<String> fieldProblems(Map<String, String> values) {
        for (FormField<?> field : form.form().fields()) {
            reset(field);
        }
        form.form().restoreDraft(values);
        List<String> problems = new ArrayList<>();
        for (FormField<?> field : form.form().fields()) {
            if (!field.validProperty().get()) {
                field.reveal();
                problems.add(messages.format("onboarding.bulk.field", names.getOrDefault(field, field.label()),
                        field.errorProperty().get()));
            }
        }
        return problems;
    }

    private static <T> void reset(FormField<T> field) {
        field.reset(field.initial());
    }
}
