package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.AccountCreated;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.LostAnswer;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.PresignedUpload;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.PartnerOnboardingLink;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create-account wizard: one application ({@link NewAccountForm}) gone through step by step, kept as a draft as
 * the user types (place {@code new-account?draft=<id>} resumes it), checked against existing sub-accounts before it is
 * sent, and created with {@code POST /accounts/{oid}/management/accounts}. A 400 puts each message on its field and
 * goes back to the first step that has one. Once created, the draft is gone and the result shows the new account
 * with a link to its page and a way to make its onboarding link.
 */
public final class NewAccountWizardViewModel implements ScreenModel {

    /** The form's name in draft keys. */
    public static final String DRAFT_FORM = "new-account";
    /** The screen's id, and its place's parameter that names the draft. */
    public static final String SCREEN = "new-account";
    public static final String DRAFT_PARAM = "draft";

    private final SessionServices services;
    private final Messages messages;
    private final NewAccountForm application;
    private final FormDraft draft;
    private final DuplicateGuard duplicates;
    private final DateTimeFormatter draftTime;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper jumpTo = new ReadOnlyIntegerWrapper(this, "jumpTo", -1);
    private final ReadOnlyStringWrapper draftNotice = new ReadOnlyStringWrapper(this, "draftNotice", "");
    private final ReadOnlyObjectWrapper<Account> created = new ReadOnlyObjectWrapper<>(this, "created");
    /** A create failed in a way that may have made the account anyway: the next one looks for it first. */
    private boolean answerLost;
    private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper(this, "sent", "");
    private final WaitingSignups waiting;
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link", "");
    private final ReadOnlyStringWrapper linkError = new ReadOnlyStringWrapper(this, "linkError", "");
    private final ReadOnlyBooleanWrapper linkBusy = new ReadOnlyBooleanWrapper(this, "linkBusy");
    private final ReadOnlyStringWrapper logoUrl = new ReadOnlyStringWrapper(this, "logoUrl", "");
    private final ReadOnlyStringWrapper logoMessage = new ReadOnlyStringWrapper(this, "logoMessage", "");
    private final ReadOnlyBooleanWrapper logoBusy = new ReadOnlyBooleanWrapper(this, "logoBusy");
    private PresignedUpload uploads;
    private final ReadOnlyStringWrapper packagesMessage = new ReadOnlyStringWrapper(this, "packagesMessage", "");
    private final ObservableList<Map.Entry<String, List<String>>> summary = FXCollections.observableArrayList();
    private final BooleanBinding canCreate;
    private String draftId;
    private boolean packagesLoaded;
    private Cancellable loadingPackages = Cancellable.NONE;

    public NewAccountWizardViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.application = new NewAccountForm(messages);
        this.draft = new FormDraft(services, application.form(), DRAFT_FORM);
        this.duplicates = new DuplicateGuard(services);
        this.waiting = new WaitingSignups(services);
        this.draftTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(services.clock().getZone());
        // Finish needs every step valid, the duplicate check done, and a likely duplicate let through on purpose.
        this.canCreate = Bindings.createBooleanBinding(() -> application.steps().stream()
                        .allMatch(s -> s.valid().get()) && duplicates.lets()
                        && !application.form().busyProperty().get(),
                Bindings.createBooleanBinding(() -> true, application.steps().stream().map(s -> s.valid())
                        .toArray(javafx.beans.Observable[]::new)),
                duplicates.stateProperty(), duplicates.goOnProperty(), application.form().busyProperty());
        application.steps().forEach(s -> s.valid().addListener((obs, was, now) -> canCreate.invalidate()));
    }

    // ------------------------------------------------------------------------------------------------ lifecycle

    /**
     * Opens the application the place names ({@code draft}), or a new one: a new application gets an id at once, and
     * the place records it, so back and forward come back to the same draft.
     */
    @Override
    public void activate(Place place) {
        loadPricePackages();
        String wanted = place.param(DRAFT_PARAM);
        if (wanted != null && wanted.equals(draftId) && created.get() == null && sent.get().isEmpty()) {
            return;
        }
        start(wanted == null || wanted.isBlank() ? UUID.randomUUID().toString() : wanted);
        if (wanted == null || wanted.isBlank()) {
            services.navigator().replace(place());
        }
    }

    private void start(String id) {
        draft.close(); // the previous application stays in its draft
        draftId = id;
        created.set(null);
        sent.set("");
        link.set("");
        linkError.set("");
        logoUrl.set("");
        logoMessage.set("");
        draftNotice.set("");
        duplicates.reset();
        application.form().clearFormError();
        emptyForm();
        step.set(0);
        jumpTo.set(-1);
        draft.open(id, savedAt -> draftNotice.set(messages.format("onboarding.draft.restored",
                draftTime.format(savedAt))));
    }

    private void emptyForm() {
        draftNotice.set("");
        draft.quietly(() -> application.form().fields().forEach(NewAccountWizardViewModel::resetToInitial));
    }

    private static <T> void resetToInitial(FormField<T> field) {
        field.reset(field.initial());
    }

    @Override
    public void deactivate() {
        draft.flush();
    }

    @Override
    public void dispose() {
        loadingPackages.cancel();
        duplicates.cancel();
    }

    /** Nothing is lost by leaving: every change is in the draft already. */
    @Override
    public boolean hasUnsavedChanges() {
        return false;
    }

    public Place place() {
        return Place.of(SCREEN, DRAFT_PARAM, draftId);
    }

    /** The draft's id: the application's name in the drafts list until it is created. */
    public String draftId() {
        return draftId;
    }

    private void loadPricePackages() {
        if (packagesLoaded) {
            return;
        }
        packagesLoaded = true;
        packagesMessage.set(messages.get("onboarding.price.loading"));
        loadingPackages = services.tasks().run(messages.get("onboarding.task.packages"),
                task -> services.api(task).pricing().stream(PricePackageQuery.all(), task.cancellation())
                        .filter(p -> p.deletedAt() == null).limit(500).toList(),
                (List<PricePackage> packages) -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    Map<String, List<io.accountsdesk.client.pricing.PricePackageProduct>> products =
                            new LinkedHashMap<>();
                    for (PricePackage p : packages) {
                        String id = p.pricePackageId() != null ? p.pricePackageId() : p.id();
                        names.put(id, p.name() == null || p.name().isBlank() ? id : p.name());
                        products.put(id, p.products() == null ? List.of() : p.products());
                    }
                    application.offerPricePackages(names, products);
                    packagesMessage.set(names.isEmpty() ? messages.get("onboarding.price.none") : "");
                },
                failure -> {
                    packagesLoaded = false; // the next visit tries again
                    packagesMessage.set(messages.format("onboarding.price.error",
                            services.errors().describe(failure)));
                });
    }

    // ------------------------------------------------------------------------------------------------ the steps

    /** The wizard now shows step {@code index}; the review looks for likely duplicates when it opens. */
    public void stepShown(int index) {
        step.set(index);
        jumpTo.set(-1);
        if (index == application.steps().size() - 1) {
            summary.setAll(application.summary().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
                    .toList());
            duplicates.check(application.organisationNumber(), application.businessName());
        }
    }

    /**
     * Creates the account. Refused while a step is invalid, while the duplicate check has not answered, or while it
     * found a likely duplicate the user has not chosen to go past.
     */
    public void create() {
        if (!canCreate.get()) {
            refused();
            return;
        }
        // Built here, from the fields that passed: the worker must not read fields the user may be changing.
        io.accountsdesk.client.accounts.NewAccount request;
        try {
            request = application.toNewAccount();
        } catch (RuntimeException unbuildable) {
            application.form().showServerErrors(unbuildable);
            return;
        }
        application.form().busyProperty().set(true);
        application.form().clearFormError();
        String name = application.businessName().strip();
        String digits = application.organisationNumber() == null ? ""
                : application.organisationNumber().replaceAll("\\D", "");
        boolean lookFirst = answerLost;
        services.tasks().run(BackgroundTask.of(messages.format("onboarding.task.create", name), task -> {
                    var client = services.api(task);
                    if (lookFirst) {
                        // The last create's answer was lost: it may have made the account. Pressing Create again
                        // must not make a second one (the bulk import looks the same way).
                        var made = io.accountsdesk.app.onboarding.bulk.BulkImport.Target.of(client).made(digits, name);
                        if (made.isPresent()) {
                            return client.accounts().get(made.get());
                        }
                    }
                    return client.accounts().create(request);
                })
                .onSuccess((Account account) -> {
                    answerLost = false;
                    draft.forget();
                    // Emptied too, so nothing left in the form can be kept as a draft of what now exists.
                    emptyForm();
                    created.set(account);
                    services.events().publish(new AccountCreated(account));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("onboarding.created", name, account.accountId()));
                })
                .onFailure(failure -> {
                    answerLost = answerLost || LostAnswer.mayHaveMade(failure);
                    int placed = application.form().showServerErrors(failure);
                    if (placed > 0) {
                        jumpTo.set(firstStepWithMessage());
                    }
                })
                .onFinished(() -> application.form().busyProperty().set(false)));
    }

    /**
     * Sends the application to the merchant as a pre-filled signup form ({@code POST /signup/prefill}) instead of
     * creating the account: the merchant gets a link, reviews the form and accepts it. The form waits on the
     * onboarding desk until then.
     */
    public void sendPrefill() {
        send(WaitingSignups.Kind.PREFILL);
    }

    /**
     * Starts a signup for the merchant ({@code POST /signup}): the applicant gets a code by e-mail, and the account
     * exists once the code is verified on the onboarding desk.
     */
    public void startSignup() {
        send(WaitingSignups.Kind.SIGNUP);
    }

    private void send(WaitingSignups.Kind kind) {
        if (!canCreate.get()) {
            refused();
            return;
        }
        boolean prefill = kind == WaitingSignups.Kind.PREFILL;
        // Built here, from the fields that passed: the worker must not read fields the user may be changing.
        io.accountsdesk.client.signup.NewPrefill prefillRequest;
        io.accountsdesk.client.signup.SignupApplication signupRequest;
        try {
            prefillRequest = prefill ? application.toPrefill() : null;
            signupRequest = prefill ? null : application.toSignup();
        } catch (RuntimeException unbuildable) {
            application.form().showServerErrors(unbuildable);
            return;
        }
        application.form().busyProperty().set(true);
        application.form().clearFormError();
        String name = application.businessName().strip();
        String email = application.applicantEmail();
        services.tasks().run(BackgroundTask.of(messages.format(prefill ? "onboarding.task.prefill"
                                : "onboarding.task.signup", name),
                        task -> prefill
                                ? services.api(task).signup().createPrefill(prefillRequest).prefillId()
                                : signup(signupRequest, task))
                .onSuccess((String id) -> {
                    waiting.remember(kind, id, name, email, services.clock().instant());
                    draft.forget();
                    emptyForm();
                    String outbox = waiting.sandboxOutbox(email);
                    sent.set(prefill ? messages.format("onboarding.sent.prefill", name, email, id)
                            : messages.format("onboarding.sent.signup", name, email)
                            + (outbox.isEmpty() ? "" : " " + messages.format("onboarding.sandbox.outbox", outbox)));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format(prefill
                            ? "onboarding.sent.prefill.short" : "onboarding.sent.signup.short", email));
                })
                .onFailure(failure -> {
                    int placed = application.form().showServerErrors(failure);
                    if (placed > 0) {
                        jumpTo.set(firstStepWithMessage());
                    }
                })
                .onFinished(() -> application.form().busyProperty().set(false)));
    }

    /** Starts the signup; the API answers nothing, so the desk's note of it gets an id of its own. */
    private String signup(io.accountsdesk.client.signup.SignupApplication request,
                          io.accountsdesk.app.core.tasks.TaskContext task) {
        services.api(task).signup().signup(request);
        return UUID.randomUUID().toString();
    }

    /**
     * Asked to send what cannot go (a shortcut, a button a moment before it greyed): a field the user never reached,
     * such as the e-mail an invitation row now needs, must say so too, and the wizard goes to the first that does.
     */
    private void refused() {
        if (!application.form().validateAll()) {
            jumpTo.set(firstStepWithMessage());
        }
    }

    private int firstStepWithMessage() {
        for (int i = 0; i < application.steps().size(); i++) {
            if (application.steps().get(i).inputs().stream()
                    .anyMatch(input -> !input.field().errorProperty().get().isEmpty())) {
                return i;
            }
        }
        return -1;
    }

    /** Makes the new account's onboarding link ({@code partner_onboarding_link}) for the merchant. */
    public void createLink() {
        Account account = created.get();
        if (account == null || linkBusy.get()) {
            return;
        }
        linkBusy.set(true);
        linkError.set("");
        services.tasks().run(BackgroundTask.of(messages.format("link.task.create", account.accountId()),
                        task -> services.api(task).accounts().createOnboardingLink(account.accountId()))
                .onSuccess((PartnerOnboardingLink made) -> {
                    String url = made.partnerOnboardingUrl();
                    link.set(url == null ? "" : url);
                    if (url == null || url.isBlank()) {
                        linkError.set(messages.get("link.noUrl"));
                    }
                })
                .onFailure(failure -> linkError.set(messages.format("link.error", services.errors().describe(failure))))
                .onFinished(() -> linkBusy.set(false)));
    }

    /** Lets the user choose the new account's logo, and uploads it. */
    public void chooseLogo() {
        if (created.get() == null || logoBusy.get()) {
            return;
        }
        services.dialogs().chooseOpenFile(messages.get("onboarding.logo.choose"), List.of(new DialogService.FileType(
                        messages.get("onboarding.logo.types"), List.of("*.png", "*.jpg", "*.jpeg", "*.svg"))))
                .ifPresent(this::uploadLogo);
    }

    /**
     * Uploads {@code file} as the new account's logo through the asset flow: the file is checked here first (an
     * image of a type the API takes, judged by its content, within the API's size), then
     * {@code POST /accounts/{aid}/management/assets} gives a pre-signed URL and the file goes there.
     */
    public void uploadLogo(java.nio.file.Path file) {
        Account account = created.get();
        if (account == null || logoBusy.get()) {
            return;
        }
        if (uploads == null) {
            uploads = new PresignedUpload(services.client().config().network());
        }
        PresignedUpload sender = uploads;
        logoBusy.set(true);
        logoMessage.set(messages.format("onboarding.logo.uploading", file.getFileName()));
        String accountId = account.accountId();
        services.tasks().run(BackgroundTask.of(messages.format("onboarding.task.logo", accountId), task -> {
                    // Checked here, off the UI thread: the file's size and first bytes are read from disk.
                    LogoFile logo = LogoFile.check(file);
                    if (logo.problem() != null) {
                        throw new LogoRefused(messages.format(logo.problem(), file.getFileName(), logo.size(),
                                io.accountsdesk.client.assets.AssetUpload.MAX_SIZE_BYTES));
                    }
                    var url = services.subAccount(accountId, task).assets().createUploadUrl(accountId,
                            io.accountsdesk.client.assets.AssetUpload.of(logo.size(), logo.type()));
                    sender.put(url.uploadUrl(), file, logo.type().value());
                    return url.publicUrl();
                })
                .onSuccess((String publicUrl) -> {
                    logoUrl.set(publicUrl == null ? "" : publicUrl);
                    logoMessage.set(messages.format("onboarding.logo.done", file.getFileName()));
                })
                .onFailure(failure -> logoMessage.set(failure instanceof LogoRefused refused ? refused.getMessage()
                        : messages.format("onboarding.logo.failed", file.getFileName(),
                        failure instanceof PresignedUpload.Refused ? failure.getMessage()
                                : services.errors().describe(failure))))
                .onFinished(() -> logoBusy.set(false)));
    }

    /** A logo file the check refused before anything was sent; its message is the user's. */
    private static final class LogoRefused extends RuntimeException {
        LogoRefused(String message) {
            super(message);
        }
    }

    public ReadOnlyStringProperty logoUrlProperty() {
        return logoUrl.getReadOnlyProperty();
    }

    /** What the logo upload is doing, did or why it cannot; empty before the first try. */
    public ReadOnlyStringProperty logoMessageProperty() {
        return logoMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty logoBusyProperty() {
        return logoBusy.getReadOnlyProperty();
    }

    /** After the view copied the link: says so, since copying shows nothing by itself. */
    public void linkCopied() {
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("link.copied"));
    }

    /** Opens the account just created. */
    public void openCreated() {
        if (created.get() != null) {
            services.navigator().goTo(Place.of("account", "id", created.get().accountId()));
        }
    }

    /** Opens a likely duplicate, to compare (the application stays as it is, in its draft). */
    public void openExisting(DuplicateGuard.Candidate candidate) {
        services.navigator().goTo(Place.of("account", "id", candidate.accountId()));
    }

    /** Starts another application. */
    public void startAnother() {
        services.navigator().goTo(Place.of(SCREEN));
    }

    /** Leaves the application for now: it waits, as typed, in the onboarding list. */
    public void finishLater() {
        draft.flush();
        services.navigator().goTo(Place.of(OnboardingViewModel.SCREEN));
    }

    /** Throws this application away, with its draft, after asking. */
    public void discard() {
        if (!services.dialogs().confirm(messages.get("onboarding.discard.title"),
                messages.get("onboarding.discard.message"), messages.get("onboarding.discard.confirm"))) {
            return;
        }
        draft.forget();
        services.navigator().goTo(Place.of(OnboardingViewModel.SCREEN));
    }

    // --------------------------------------------------------------------------------------------- properties

    public NewAccountForm application() {
        return application;
    }

    public DuplicateGuard duplicates() {
        return duplicates;
    }

    /** The step on show. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** A step the wizard should go to (the server found fault there); -1 when none. */
    public ReadOnlyIntegerProperty jumpToProperty() {
        return jumpTo.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public BooleanProperty busyProperty() {
        return application.form().busyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return application.form().formErrorProperty();
    }

    /** Says that typing from an earlier visit was put back, and when it was kept; empty otherwise. */
    public ReadOnlyStringProperty draftNoticeProperty() {
        return draftNotice.getReadOnlyProperty();
    }

    /** The review's lines, by step title. */
    public ObservableList<Map.Entry<String, List<String>>> summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<Account> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** What was sent to the merchant instead of creating the account (a signup or a pre-filled form); empty if not. */
    public ReadOnlyStringProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkErrorProperty() {
        return linkError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty linkBusyProperty() {
        return linkBusy.getReadOnlyProperty();
    }

    /** Loading, none or failed for the price packages; empty once they are there. */
    public ReadOnlyStringProperty packagesMessageProperty() {
        return packagesMessage.getReadOnlyProperty();
    }

    /** Whether the price step can offer packages (for tests and the view's empty state). */
    public BooleanProperty packagesOfferedProperty() {
        SimpleBooleanProperty offered = new SimpleBooleanProperty();
        offered.bind(Bindings.createBooleanBinding(() -> !application.pricePackagesProperty().get().isEmpty(),
                application.pricePackagesProperty()));
        return offered;
    }
}
