package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.LostAnswer;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validator;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.connections.common.CommonSignupLink;
import io.accountsdesk.client.http.ApiException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The form of one connection operation: a field per input of the seed's request shape with the seed's checks, the
 * server's {@code errors[]} on their fields, and the call. Secrets (passwords, tokens, keys, certificates) are held
 * only here, in memory: the form keeps no draft, and the client's logs redact them.
 */
public final class ConnectionFormViewModel {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern MCC = Pattern.compile("^\\d{1,4}$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,18}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern CURRENCIES = Pattern.compile("^[A-Z]{3}([,;\\s]+[A-Z]{3})*$");

    private final SessionServices services;
    private final Messages messages;
    private final Validators validators;
    private final ConnectionOperation operation;
    private final String accountId;
    private final Consumer<Object> done;
    /**
     * The last send failed so that it may have reached the server all the same (its answer was cut off, say). The
     * client never repeats a POST, so a sign-up pressed again then meets the server's 409 for the pending one.
     */
    private boolean lastSendMayHaveArrived;
    /** What a send answers when the server's 409 says the sign-up a lost answer belonged to is pending. */
    private static final Object ARRIVED_EARLIER = new Object();
    private final Form form;
    private final Map<ConnectionField, FormField<String>> texts = new LinkedHashMap<>();
    private final Map<ConnectionField, FormField<Boolean>> flags = new LinkedHashMap<>();
    private final Map<ConnectionField, ReadOnlyStringWrapper> fileNotes = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final FormDraft draft;
    /** The chosen certificate's format: with a PEM one the seed asks for its key and CA too. */
    private CertificateFile.Format certificateFormat;

    /** The drafts of connection forms, one per account and operation. */
    static final String DRAFT_FORM = "connection-form";

    /**
     * @param done told, on the UI thread, what the server answered once the operation succeeded
     */
    public ConnectionFormViewModel(SessionServices services, ConnectionOperation operation, String accountId,
                                   Consumer<Object> done) {
        this.services = services;
        this.messages = services.messages();
        this.validators = new Validators(messages);
        this.operation = operation;
        this.accountId = accountId;
        this.done = done;
        this.form = Form.forNew(messages);
        for (ConnectionField field : operation.fields()) {
            if (field.kind() == ConnectionField.Kind.BOOLEAN) {
                flags.put(field, form.add(new FormField<>(field.path(), label(field), Boolean.FALSE, String::valueOf)
                        .draftable(Boolean::parseBoolean)));
                continue;
            }
            FormField<String> input = new FormField<>(field.path(), label(field), field.initial(),
                    text -> text == null ? "" : text);
            // Only what is not secret may be kept in a draft: a passphrase, token, key or certificate typed here
            // lives in this object and the request, never on disk.
            if (!field.kind().secret()) {
                input.draftable(text -> text);
            }
            input.validatedBy(checks(field));
            texts.put(field, form.add(input));
            if (field.isParameter()) {
                form.alias(field.path().substring("param.".length()), input);
            }
            if (field.kind().file()) {
                fileNotes.put(field, new ReadOnlyStringWrapper(this, "file", messages.get("connections.file.none")));
            }
        }
        for (String companion : List.of("key", "ca")) {
            text(companion).filter(f -> text("cert").isPresent()).ifPresent(field -> field.validatedBy(value ->
                    certificateFormat == CertificateFile.Format.PEM && (value == null || value.isEmpty())
                            ? messages.get("connections.file.neededWithPem") : null));
        }
        draft = new FormDraft(services, form, DRAFT_FORM);
        draft.open(accountId + "/" + operation.id(), at -> services.dialogs().notify(DialogService.NoticeKind.INFO,
                messages.format("connections.draftRestored", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(messages.locale()).withZone(services.clock().getZone()).format(at))));
        text("description").ifPresent(description -> text("status").ifPresent(status -> {
            // Declining says why: the reason is what the merchant and the next account manager will ask for.
            description.validatedBy(value -> "declined".equals(status.value()) && (value == null || value.isBlank())
                    ? messages.get("connections.reasonRequired") : null);
            status.valueProperty().addListener((obs, old, now) -> description.revalidate());
        }));
    }

    @SuppressWarnings("unchecked")
    private Validator<String>[] checks(ConnectionField field) {
        List<Validator<String>> list = new java.util.ArrayList<>();
        if (field.required()) {
            list.add(validators.required());
        }
        switch (field.kind()) {
            case EMAIL -> list.add(validators.email());
            case UUID -> list.add(validators.pattern(UUID, "3fa85f64-5717-4562-b3fc-2c963f66afa6"));
            case MCC -> list.add(validators.pattern(MCC, "5812"));
            case NUMBER -> list.add(validators.pattern(NUMBER, "1234"));
            case COUNTRY -> list.add(validators.pattern(COUNTRY, "NO"));
            case CURRENCIES -> list.add(validators.pattern(CURRENCIES, "NOK, SEK"));
            case SHORT_TEXT -> list.add(validators.maxLength(40));
            case CHOICE -> list.add(validators.oneOf(field.choices()));
            case PAYMENT_TYPES -> list.add(value -> RequestBody.items(value).stream()
                    .filter(type -> !operation.provider().offers(type)).findFirst()
                    .map(type -> messages.format("connections.paymentType.wrong", type, field.initial()))
                    .orElse(null));
            case KEY_VALUES -> list.add(value -> value == null ? null : value.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.contains("=")).findFirst()
                    .map(line -> messages.format("connections.metadata.line", line)).orElse(
                            value.lines().filter(line -> line.contains("=")).count() > 40
                                    ? messages.get("connections.metadata.tooMany") : null));
            default -> { }
        }
        return list.toArray(Validator[]::new);
    }

    /** The field's name in the user's language; the seed's own name when the bundle has none. */
    String label(ConnectionField field) {
        String key = "connections.field." + field.name();
        return messages.has(key) ? messages.get(key) : field.name();
    }

    public ConnectionOperation operation() {
        return operation;
    }

    public String title() {
        return messages.format("connections.operation." + operation.kind().name().toLowerCase(java.util.Locale.ROOT),
                messages.get("connections.provider." + operation.provider().key()))
                + (operation.id().equals("bambora.payfac") ? " — PayFac"
                : operation.id().equals("bambora.direct") ? " — Direct"
                : operation.id().equals("bambora.classic") ? " — " + messages.get("connections.bambora.classic") : "");
    }

    public boolean deprecated() {
        return operation.deprecated();
    }

    public String actingOnText() {
        return operation.kind().actsOnTheAccount() ? messages.format("connections.actingOn", accountId)
                : messages.format("connections.asPartner", services.session().partnerId());
    }

    public Form form() {
        return form;
    }

    public List<ConnectionField> fields() {
        return operation.fields();
    }

    public Optional<FormField<String>> text(ConnectionField field) {
        return Optional.ofNullable(texts.get(field));
    }

    public Optional<FormField<Boolean>> flag(ConnectionField field) {
        return Optional.ofNullable(flags.get(field));
    }

    /** The field at {@code path}, for tests and for the view's ids. */
    public Optional<FormField<String>> text(String path) {
        return texts.entrySet().stream().filter(e -> e.getKey().path().equals(path)).map(Map.Entry::getValue)
                .findFirst();
    }

    public Optional<FormField<Boolean>> flag(String path) {
        return flags.entrySet().stream().filter(e -> e.getKey().path().equals(path)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** What the chosen file is (the certificate's subject and expiry), or that none is chosen. */
    public ReadOnlyStringProperty fileNote(ConnectionField field) {
        return fileNotes.get(field).getReadOnlyProperty();
    }

    private void revalidateCompanions() {
        text("key").ifPresent(FormField::revalidate);
        text("ca").ifPresent(FormField::revalidate);
    }

    /** Asks for a certificate or key file and checks it, off the UI thread, before it may be sent. */
    public void chooseFile(ConnectionField field) {
        List<DialogService.FileType> types = field.kind() == ConnectionField.Kind.CERTIFICATE
                ? List.of(new DialogService.FileType(messages.get("connections.file.certificates"),
                        List.of("*.pem", "*.crt", "*.cer", "*.p12", "*.pfx")))
                : List.of(new DialogService.FileType(messages.get("connections.file.keys"), List.of("*.pem", "*.key")));
        services.dialogs().chooseOpenFile(label(field), types).ifPresent(path -> readFile(field, path));
    }

    /** Reads and checks {@code path} for {@code field}; a PKCS#12 file is opened with the passphrase typed. */
    public void readFile(ConnectionField field, Path path) {
        String passphrase = text("passphrase").map(FormField::value).orElse("");
        FormField<String> input = texts.get(field);
        services.tasks().run(BackgroundTask.of(messages.format("connections.file.task", path.getFileName()), task -> {
            try {
                return field.kind() == ConnectionField.Kind.CERTIFICATE
                        ? CertificateFile.certificate(path, passphrase) : CertificateFile.key(path);
            } catch (CertificateFile.Refused refused) {
                throw new IllegalArgumentException(messages.format(refused.key(), path.getFileName()));
            }
        }).onSuccess(file -> {
            if (field.path().equals("cert")) {
                certificateFormat = file.format();
                revalidateCompanions();
            }
            input.set(file.base64());
            fileNotes.get(field).set(file.expires() == null
                    ? messages.format("connections.file.key", path.getFileName(), file.subject())
                    : messages.format("connections.file.certificate", path.getFileName(), file.subject(),
                    file.expires().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(messages.locale()))));
        }).onFailure(failure -> {
            if (field.path().equals("cert")) {
                certificateFormat = null;
                revalidateCompanions();
            }
            input.set("");
            String why = failure instanceof IllegalArgumentException ? failure.getMessage()
                    : services.errors().describe(failure);
            fileNotes.get(field).set(why);
            input.serverError(why);
        }));
    }

    /** Checks every field and sends; a 400 puts each of its errors on its field. */
    public void submit() {
        if (sending.get() || !form.validateAll()) {
            return;
        }
        Map<ConnectionField, String> values = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        texts.forEach((field, input) -> values.put(field, input.value()));
        flags.forEach((field, input) -> values.put(field, String.valueOf(Boolean.TRUE.equals(input.value()))));
        values.forEach((field, value) -> {
            if (field.isParameter()) {
                params.put(field.path().substring("param.".length()), value == null ? "" : value.strip());
            }
        });
        var body = RequestBody.of(values);
        form.clearFormError();
        sending.set(true);
        form.busyProperty().set(true);
        result.set("");
        String title = messages.format("connections.task.send", title(), accountId);
        // Decided now, on the UI thread: the last send's answer was lost, so a sign-up may be pending already.
        boolean mayBeThere = operation.kind() == ConnectionOperation.Kind.SIGNUP && lastSendMayHaveArrived;
        services.tasks().run(BackgroundTask.of(title, task -> {
                    try {
                        return operation.sender().send(
                                operation.kind().actsOnTheAccount() ? services.subAccount(accountId, task) : null,
                                services.api(task), accountId, body, params);
                    } catch (ApiException refused) {
                        if (mayBeThere && refused.status() == 409) {
                            // The sign-up the lost answer belonged to is on the server: it refuses a second, and
                            // that refusal is this form's success, not a failure for the status bar.
                            return ARRIVED_EARLIER;
                        }
                        throw refused;
                    }
                })
                .onSuccess(answer -> sent(answer == ARRIVED_EARLIER ? null : answer, answer == ARRIVED_EARLIER
                        ? messages.format("connections.arrivedEarlier", title()) : describe(answer)))
                .onFailure(failure -> {
                    lastSendMayHaveArrived |= LostAnswer.mayHaveMade(failure);
                    int placed = form.showServerErrors(failure);
                    if (placed == 0 && form.formErrorProperty().get().isEmpty()) {
                        form.showMessage(services.errors().describe(failure));
                    }
                })
                .onCancelled(() -> lastSendMayHaveArrived = true)
                .onFinished(() -> {
                    sending.set(false);
                    form.busyProperty().set(false);
                }));
    }

    private void sent(Object answer, String what) {
        lastSendMayHaveArrived = false;
        // What was sent is no longer typing to keep: the fields now hold it as their starting point, so closing the
        // form does not write it back as a draft.
        FormDraft.forget(services, DRAFT_FORM, accountId + "/" + operation.id());
        texts.values().forEach(field -> field.rebase(field.value()));
        flags.values().forEach(field -> field.rebase(field.value()));
        result.set(what);
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format("connections.sent", title()));
        done.accept(answer);
    }

    private String describe(Object answer) {
        if (answer instanceof CommonSignupLink link) {
            return messages.format("connections.common.link", link.ref());
        }
        if (answer instanceof ConnectionHistory connection && connection.status() != null) {
            return messages.format("connections.result.status", io.accountsdesk.app.core.Vocabularies.statuses(messages).labelOf(connection.status().value()));
        }
        return messages.get("connections.result.done");
    }

    /** The form goes away unsent: what was typed (never a secret) is kept for the next time it opens. */
    public void close() {
        draft.close();
    }

    /** What the last send gave: the connection's new status, or the common signup's link. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}
