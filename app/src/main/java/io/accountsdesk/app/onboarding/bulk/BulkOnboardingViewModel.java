package io.accountsdesk.app.onboarding.bulk;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Bulk onboarding in the app: a CSV file chosen or dropped, its columns mapped to the wizard's fields (changeable),
 * every row judged before anything is sent, and the rows chosen created a few at a time with progress and cancel,
 * each step journalled beside the file so a stopped run resumes; the result saved for a mail merge. The engine is the
 * headless command's ({@link BulkImport}).
 */
public final class BulkOnboardingViewModel implements ScreenModel {

    public static final String SCREEN = "bulk-onboarding";

    /** Which rows the preview shows. */
    public enum Filter { ALL, READY, WARNING, ERROR }

    /** One column of the file and the field it fills ({@code ""}: none). */
    public static final class ColumnChoice {
        private final int index;
        private final String header;
        private final StringProperty path = new SimpleStringProperty(this, "path", "");

        ColumnChoice(int index, String header, String path) {
            this.index = index;
            this.header = header;
            this.path.set(path == null ? "" : path);
        }

        public String header() {
            return header;
        }

        public StringProperty pathProperty() {
            return path;
        }
    }

    /** One row of the file in the preview: its verdict, whether it is to be sent, and what became of it. */
    public static final class RowItem {
        private final Verdict verdict;
        private final BooleanProperty send = new SimpleBooleanProperty(this, "send");
        private final StringProperty result = new SimpleStringProperty(this, "result", "");

        RowItem(Verdict verdict) {
            this.verdict = verdict;
            send.set(verdict.kind() == Verdict.Kind.READY);
        }

        public Verdict verdict() {
            return verdict;
        }

        /** Whether the row is chosen for sending; a row with errors cannot be. */
        public BooleanProperty sendProperty() {
            return send;
        }

        public StringProperty resultProperty() {
            return result;
        }

        public boolean sendable() {
            return verdict.request() != null;
        }
    }

    private final SessionServices services;
    private final Messages messages;
    private final ApplicationColumns columns = new ApplicationColumns();
    private final ObservableList<ColumnChoice> mapping = FXCollections.observableArrayList();
    private final ObservableList<RowItem> rows = FXCollections.observableArrayList(r -> new javafx.beans.Observable[] {
            r.sendProperty(), r.resultProperty()});
    private final FilteredList<RowItem> shown = new FilteredList<>(rows);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final javafx.beans.property.IntegerProperty concurrency =
            new javafx.beans.property.SimpleIntegerProperty(this, "concurrency", 2);
    private final BooleanBinding canSend;
    private final Map<Integer, BulkImport.Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, String> fieldNames = new LinkedHashMap<>();
    private Path path;
    private String rememberedFor;
    private int checks;
    private CsvFile file;
    private List<Verdict> verdicts = List.of();
    private Cancellable running = Cancellable.NONE;

    public BulkOnboardingViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        // The fields by their step and label in the user's language ("Fakturering · Telefon").
        var form = new io.accountsdesk.app.onboarding.NewAccountForm(messages);
        for (var step : form.steps()) {
            for (var input : step.inputs()) {
                fieldNames.put(input.field().path(), step.title() + " · " + input.field().label());
            }
        }
        filter.addListener((obs, old, now) -> applyFilter());
        canSend = Bindings.createBooleanBinding(() -> !busy.get() && rows.stream().anyMatch(r -> r.send.get())
                        && rows.stream().noneMatch(r -> r.send.get() && !r.sendable()),
                rows, busy);
    }

    /** {@code bulk-onboarding?file=PATH} opens that file (a link, back and forward, or {@code --open}). */
    @Override
    public void activate(Place place) {
        String named = place.param("file");
        if (named != null && !named.isBlank() && (path == null || !path.toString().equals(named))) {
            load(Path.of(named));
        }
    }

    @Override
    public void dispose() {
        running.cancel();
    }

    /** Lets the user choose the file. */
    public void chooseFile() {
        services.dialogs().chooseOpenFile(messages.get("bulk.choose"), List.of(new DialogService.FileType(
                messages.get("bulk.types"), List.of("*.csv", "*.txt")))).ifPresent(this::load);
    }

    /** Reads {@code chosen}, maps its columns as its headers suggest, and judges every row; nothing is sent. */
    public void load(Path chosen) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        finished.set(false);
        outcomes.clear();
        services.tasks().run(BackgroundTask.of(messages.format("bulk.task.read", chosen.getFileName()), task -> {
                    CsvFile read = CsvFile.read(Files.readAllBytes(chosen));
                    ColumnMapping guessed = ColumnMapping.guess(read.header(), columns);
                    // A file with the same columns as one mapped by hand before gets that mapping again.
                    var remembered = services.drafts().load(mappingKey(read.header()));
                    if (remembered.isPresent()) {
                        Map<Integer, String> paths = new LinkedHashMap<>();
                        remembered.get().values().forEach((index, fieldPath) -> {
                            int column = Integer.parseInt(index);
                            if (column < read.header().size() && !fieldPath.isBlank()) {
                                paths.put(column, fieldPath);
                            }
                        });
                        guessed = new ColumnMapping(read.header(), paths);
                    }
                    return Map.entry(read, guessed);
                })
                .onSuccess((Map.Entry<CsvFile, ColumnMapping> read) -> {
                    rememberedFor = mappingKey(read.getKey().header());
                    path = chosen;
                    services.navigator().replace(Place.of(SCREEN, "file", chosen.toString()));
                    file = read.getKey();
                    List<ColumnChoice> choices = new ArrayList<>();
                    for (int i = 0; i < file.header().size(); i++) {
                        ColumnChoice choice = new ColumnChoice(i, file.header().get(i), read.getValue().paths().get(i));
                        choice.pathProperty().addListener((obs, old, now) -> {
                            recheck();
                            rememberMapping();
                        });
                        choices.add(choice);
                    }
                    mapping.setAll(choices);
                    fileText.set(messages.format("bulk.file", chosen.getFileName(), file.rows().size(),
                            file.charset().name(), messages.get("import.separator." + separator(file.separator()))));
                    recheck();
                })
                .onFailure(failure -> message.set(messages.format("bulk.unreadable", chosen.getFileName(),
                        failure instanceof UncheckedIOException || failure instanceof IOException
                                ? failure.getMessage() : services.errors().describe(failure))))
                .onFinished(() -> busy.set(false)));
    }

    private static String separator(char c) {
        return c == ';' ? "semicolon" : c == '\t' ? "tab" : "comma";
    }

    /** The key a mapping is kept under: the partner, and the file's headers as written. */
    private String mappingKey(List<String> header) {
        return services.draftKey("bulk-mapping", String.join("\u001f", header));
    }

    /** Keeps the mapping the user chose by hand, for the next file with the same columns. */
    private void rememberMapping() {
        if (file == null || rememberedFor == null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ColumnChoice choice : mapping) {
            values.put(String.valueOf(choice.index), choice.path.get());
        }
        String key = rememberedFor;
        java.time.Instant now = services.clock().instant();
        services.tasks().writes().submit(messages.get("bulk.task.mapping"),
                () -> services.drafts().save(new io.accountsdesk.app.core.forms.DraftStore.Draft(key, now, values)));
    }

    /** The mapping as chosen now. */
    ColumnMapping currentMapping() {
        Map<Integer, String> paths = new LinkedHashMap<>();
        for (ColumnChoice choice : mapping) {
            if (!choice.path.get().isBlank() && !paths.containsValue(choice.path.get())) {
                paths.put(choice.index, choice.path.get());
            }
        }
        return new ColumnMapping(file.header(), paths);
    }

    /**
     * Judges every row again with the mapping as it stands, off the UI thread (10,000 rows take most of a second);
     * a later mapping's answer replaces an earlier one's.
     */
    private void recheck() {
        if (file == null) {
            return;
        }
        CsvFile judged = file;
        ColumnMapping mapped = currentMapping();
        int ticket = ++checks;
        services.tasks().run(BackgroundTask.of(messages.format("bulk.task.check", path.getFileName()),
                        task -> new ApplicationCheck(messages, columns).check(judged, mapped))
                .onSuccess((List<Verdict> checked) -> {
                    if (ticket != checks) {
                        return;
                    }
                    verdicts = checked;
                    List<RowItem> items = verdicts.stream().map(RowItem::new).toList();
                    items.forEach(item -> item.send.addListener((obs, was, now) -> {
                        if (now && !item.sendable()) {
                            item.send.set(false); // a row with errors is never sent
                        }
                    }));
                    rows.setAll(items);
                    applyFilter();
                    summarise();
                })
                .onFailure(failure -> message.set(messages.format("bulk.failed",
                        services.errors().describe(failure)))));
    }

    private void summarise() {
        long ready = verdicts.stream().filter(v -> v.kind() == Verdict.Kind.READY).count();
        long warnings = verdicts.stream().filter(v -> v.kind() == Verdict.Kind.WARNING).count();
        long errors = verdicts.stream().filter(v -> v.kind() == Verdict.Kind.ERROR).count();
        summary.set(messages.format("bulk.summary", verdicts.size(), ready, warnings, errors));
    }

    private void applyFilter() {
        Filter f = filter.get();
        shown.setPredicate(item -> f == Filter.ALL || item.verdict.kind().name().equals(f.name()));
    }

    /** Creates the chosen rows, a few at a time, as a background task with progress and cancel. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        List<RowItem> chosen = rows.stream().filter(r -> r.send.get() && r.sendable()).toList();
        List<Verdict> toSend = chosen.stream().map(RowItem::verdict).toList();
        Map<Integer, RowItem> byLine = new LinkedHashMap<>();
        chosen.forEach(r -> byLine.put(r.verdict.line(), r));
        Path journalFile = path.resolveSibling(path.getFileName() + ".journal");
        int sendingAtOnce = Math.max(1, Math.min(8, concurrency.get()));
        busy.set(true);
        message.set("");
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        String title = messages.format("bulk.task.send", toSend.size(), path.getFileName());
        running = services.tasks().run(BackgroundTask.of(title, task -> {
                    try (ImportJournal journal = new ImportJournal(journalFile)) {
                        BulkImport run = new BulkImport(BulkImport.Target.of(services.api(task)), journal, sendingAtOnce,
                                true,
                                services.errors()::describe, outcome -> {
                            int n = done.incrementAndGet();
                            double seconds = (System.nanoTime() - started) / 1e9;
                            double rate = n / Math.max(seconds, 0.001);
                            long left = Math.round((toSend.size() - n) / Math.max(rate, 0.001));
                            task.progress(n, toSend.size());
                            task.message(messages.format("bulk.progress", n, toSend.size(), rate,
                                    io.accountsdesk.app.core.DurationText.of(Duration.ofSeconds(left), messages)));
                            task.onUiThread(() -> shownOutcome(byLine, outcome));
                        });
                        return run.run(toSend, task::isCancelled);
                    }
                })
                .onSuccess((List<BulkImport.Outcome> ended) -> {
                    ended.forEach(o -> shownOutcome(byLine, o));
                    long created = ended.stream().filter(o -> o.state() == ImportJournal.State.CREATED).count();
                    message.set(messages.format("bulk.done", created, ended.size() - created,
                            toSend.size() - ended.size()));
                    finished.set(true);
                    if (created > 0) {
                        services.events().publish(new io.accountsdesk.app.core.AccountsCreated(created));
                    }
                })
                .onCancelled(() -> message.set(messages.format("bulk.cancelled", done.get(), toSend.size())))
                .onFailure(failure -> message.set(messages.format("bulk.failed", services.errors().describe(failure))))
                .onFinished(() -> busy.set(false)));
    }

    private void shownOutcome(Map<Integer, RowItem> byLine, BulkImport.Outcome outcome) {
        outcomes.put(outcome.line(), outcome);
        RowItem item = byLine.get(outcome.line());
        if (item != null) {
            item.result.set(outcome.state() == ImportJournal.State.CREATED ? outcome.accountId()
                    : messages.format("bulk.rowFailed", outcome.error()));
            item.send.set(false);
        }
    }

    /** Saves the file with each row's account id, onboarding link and error (written off the UI thread). */
    public void saveResult() {
        if (file == null) {
            return;
        }
        String suggested = path.getFileName().toString().replaceFirst("(?i)\\.csv$", "") + "-result.csv";
        CsvFile source = file;
        List<Verdict> judged = verdicts;
        Map<Integer, BulkImport.Outcome> ended = Map.copyOf(outcomes);
        services.dialogs().chooseSaveFile(messages.get("bulk.saveResult"), suggested, List.of(new DialogService.FileType(
                messages.get("bulk.types"), List.of("*.csv")))).ifPresent(target -> write(target,
                () -> ImportResult.write(target, source, judged, ended)));
    }

    /** An I/O step of its own, so a slow disk never holds the window. */
    private interface FileWrite {
        void run() throws IOException;
    }

    private void write(Path target, FileWrite write) {
        services.tasks().run(BackgroundTask.of(messages.format("bulk.task.write", target.getFileName()), task -> {
                    write.run();
                    return target;
                })
                .onSuccess((Path written) -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("bulk.saved", written.getFileName())))
                .onFailure(failure -> message.set(messages.format("import.unwritable", target,
                        failure.getMessage()))));
    }

    /** Saves an empty file with one column per field of the wizard, headed as the check reads them. */
    public void saveTemplate() {
        String header = "\uFEFF" + String.join(";", templateHeader()) + "\r\n";
        services.dialogs().chooseSaveFile(messages.get("bulk.saveTemplate"), "accounts-desk-onboarding.csv",
                List.of(new DialogService.FileType(messages.get("bulk.types"), List.of("*.csv")))).ifPresent(target ->
                write(target, () -> Files.writeString(target, header, StandardCharsets.UTF_8)));
    }

    /** The template's headers: every field by its step and label, in the user's language, which the check maps. */
    List<String> templateHeader() {
        io.accountsdesk.app.onboarding.NewAccountForm form = new io.accountsdesk.app.onboarding.NewAccountForm(messages);
        List<String> header = new ArrayList<>();
        for (var step : form.steps()) {
            for (var input : step.inputs()) {
                header.add(input.field().label().contains("·") ? input.field().label()
                        : step.title() + " " + input.label());
            }
        }
        return header;
    }

    /** The fields a column can fill, for the mapping's choices: {@code ""} fills none. */
    public List<String> fieldChoices() {
        List<String> paths = new ArrayList<>();
        paths.add("");
        columns.columns().forEach(c -> paths.add(c.path()));
        return paths;
    }

    /** How a field reads in the mapping's choices. */
    public String fieldName(String fieldPath) {
        if (fieldPath == null || fieldPath.isBlank()) {
            return messages.get("bulk.noField");
        }
        return fieldNames.getOrDefault(fieldPath, fieldPath);
    }

    public String kindName(Verdict.Kind kind) {
        return messages.get("import.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    public ObservableList<ColumnChoice> mapping() {
        return mapping;
    }

    public ObservableList<RowItem> rows() {
        return rows;
    }

    public FilteredList<RowItem> shownRows() {
        return shown;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** How many rows are sent at once (1 to 8; 2 unless changed). */
    public javafx.beans.property.IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
