package io.accountsdesk.app.signin;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.Environment;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sign-in card. Binds to {@link SignInViewModel}; each field shows its own error right under it. */
public final class SignInView extends StackPane {

    // Wide enough for the four ways side by side (single sign-on made the fourth).
    private static final double CARD_WIDTH = 640;

    private final VBox card;

    public SignInView(SignInViewModel model, Messages messages) {
        this(model, messages, null);
    }

    /**
     * @param singleSignOn builds the pane of {@link SignInWay#OIDC} from the card's model (the shared fields and
     *                     {@link SignInViewModel#people()}); {@code null} while single sign-on is not wired, and then
     *                     its toggle is not shown
     */
    public SignInView(SignInViewModel model, Messages messages, Function<SignInViewModel, Node> singleSignOn) {
        getStyleClass().add("sign-in-backdrop");
        setId("sign-in");

        Label title = new Label(messages.get("signIn.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("signIn.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        SignInFields.wrap(subtitle);

        ToggleGroup environments = new ToggleGroup();
        VBox choices = new VBox(6);
        for (Environment environment : Environment.values()) {
            String key = "environment." + environment.name().toLowerCase(Locale.ROOT);
            RadioButton choice = new RadioButton(messages.get(key));
            choice.setId("env-" + environment.name().toLowerCase(Locale.ROOT));
            choice.setUserData(environment);
            choice.setToggleGroup(environments);
            Label hint = new Label(messages.get(key + ".hint"));
            hint.getStyleClass().add("muted");
            SignInFields.wrap(hint);
            VBox option = new VBox(2, choice, hint);
            hint.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
            choices.getChildren().add(option);
            if (environment == model.environmentProperty().get()) {
                environments.selectToggle(choice);
            }
        }
        environments.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.environmentProperty().set((Environment) toggle.getUserData());
            }
        });
        model.environmentProperty().addListener((obs, old, value) -> environments.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == value).findFirst().ifPresent(environments::selectToggle));

        TextField baseUrl = new TextField();
        baseUrl.setId("base-url");
        baseUrl.setPromptText("http://127.0.0.1:8080/v1");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        Node baseUrlField = SignInFields.field(messages.get("signIn.baseUrl"), baseUrl, model.baseUrlErrorProperty());
        baseUrlField.visibleProperty().bind(model.baseUrlNeededProperty());
        baseUrlField.managedProperty().bind(baseUrlField.visibleProperty());

        TextField partnerId = new TextField();
        partnerId.setId("partner-id");
        partnerId.setPromptText("T12300000");
        partnerId.textProperty().bindBidirectional(model.partnerIdProperty());
        TextField clientId = new TextField();
        clientId.setId("client-id");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("client-secret");
        secret.textProperty().bindBidirectional(model.clientSecretProperty());
        VBox credentials = new VBox(10,
                SignInFields.field(messages.get("signIn.partnerId"), partnerId, model.partnerIdErrorProperty()),
                SignInFields.field(messages.get("signIn.clientId"), clientId, model.clientIdErrorProperty()),
                SignInFields.field(messages.get("signIn.clientSecret"), secret, model.clientSecretErrorProperty()));
        credentials.visibleProperty().bind(model.credentialsNeededProperty());
        // Nothing can change under a sign-in that is already on its way.
        credentials.disableProperty().bind(model.busyProperty());
        choices.disableProperty().bind(model.busyProperty());
        baseUrl.disableProperty().bind(model.busyProperty());
        credentials.managedProperty().bind(credentials.visibleProperty());

        Label formError = new Label();
        formError.setId("form-error");
        formError.getStyleClass().add("form-error");
        SignInFields.wrap(formError);
        formError.setMaxWidth(Double.MAX_VALUE);
        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        formError.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));

        Button signIn = new Button(messages.get("signIn.submit"));
        signIn.setId("sign-in");
        // One default button per card: Enter means the action of the way and step on show, never a hidden one's.
        signIn.defaultButtonProperty().bind(model.wayProperty().isEqualTo(SignInWay.API_CLIENT));
        signIn.getStyleClass().add("accent");
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(event -> model.signIn());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty());
        Label busy = new Label();
        busy.textProperty().bind(model.busyTextProperty());
        busy.getStyleClass().add("muted");
        busy.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, signIn);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox progress = new HBox(10, spinner, busy);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Map<SignInWay, Node> panes = new EnumMap<>(SignInWay.class);
        panes.put(SignInWay.API_CLIENT, actions);
        panes.put(SignInWay.PASSWORD, new PasswordWayView(model.password(), messages,
                model.wayProperty().isEqualTo(SignInWay.PASSWORD)));
        panes.put(SignInWay.ONE_TIME_CODE, new OneTimeCodeWayView(model.oneTimeCode(),
                messages, model.wayProperty().isEqualTo(SignInWay.ONE_TIME_CODE)));
        if (singleSignOn != null) {
            panes.put(SignInWay.OIDC, singleSignOn.apply(model));
        }
        StackPane wayPane = new StackPane();
        wayPane.setAlignment(Pos.TOP_LEFT);
        panes.forEach((way, pane) -> {
            pane.visibleProperty().bind(model.wayProperty().isEqualTo(way));
            pane.managedProperty().bind(pane.visibleProperty());
            wayPane.getChildren().add(pane);
        });
        // The person's ways keep the sign-in of the people they serve apart from the client's own fields.
        Label personHint = SignInFields.hint(messages.get("signIn.person.clientHint"));
        personHint.setId("person-client-hint");
        personHint.visibleProperty().bind(model.wayProperty().isNotEqualTo(SignInWay.API_CLIENT));
        personHint.managedProperty().bind(personHint.visibleProperty());
        credentials.getChildren().addFirst(personHint);

        card = new VBox(title, subtitle, ways(model, messages, panes.keySet()), choices, baseUrlField,
                credentials, new RememberMeBox(model.remember(), messages), formError,
                new SandboxTroubleBox(model, messages), wayPane, progress);
        card.getStyleClass().add("sign-in-card");
        card.setFillWidth(true);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        // Anchored at the top: when credential fields appear the card grows downwards, so the option just clicked
        // stays under the pointer instead of jumping.
        StackPane holder = new StackPane(card);
        holder.setAlignment(Pos.TOP_CENTER);
        holder.setPadding(new javafx.geometry.Insets(72, 16, 16, 16));
        // A person's way outside the sandbox asks for the client too: on a small window the card scrolls.
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(holder);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().addAll("edge-to-edge", "sign-in-scroll");
        getChildren().add(scroller);
    }

    /** Adds a row at the bottom of the card (help for someone who cannot sign in). */
    public void addFooter(Node footer) {
        card.getChildren().add(footer);
    }

    /**
     * One toggle per way that has a pane, as a segmented row; each label carries a mnemonic (Alt and the underlined
     * letter), and the arrow keys and Tab reach them too. One way is always chosen.
     */
    private static HBox ways(SignInViewModel model, Messages messages, java.util.Set<SignInWay> offered) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox();
        row.setId("sign-in-ways");
        row.getStyleClass().add("sign-in-ways");
        java.util.List<SignInWay> shown = java.util.Arrays.stream(SignInWay.values()).filter(offered::contains)
                .toList();
        for (int i = 0; i < shown.size(); i++) {
            SignInWay way = shown.get(i);
            ToggleButton toggle = new ToggleButton(messages.get(way.labelKey()));
            toggle.setMnemonicParsing(true);
            toggle.setId("way-" + way.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            toggle.setUserData(way);
            toggle.setToggleGroup(group);
            // A mnemonic sends the toggle an action without pressing it: the action, too, chooses the way.
            toggle.setOnAction(event -> model.wayProperty().set(way));
            toggle.getStyleClass().add(shown.size() == 1 ? "only"
                    : i == 0 ? Styles.LEFT_PILL : i == shown.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            toggle.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(toggle, Priority.ALWAYS);
            row.getChildren().add(toggle);
            if (way == model.wayProperty().get()) {
                group.selectToggle(toggle);
            }
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                // A second press (or mnemonic) on the chosen way unselects it; the way stays, and so does its toggle
                // once this change is over (selecting inside the listener would be undone by it).
                javafx.application.Platform.runLater(() -> group.getToggles().stream()
                        .filter(t -> t.getUserData() == model.wayProperty().get()).findFirst()
                        .ifPresent(group::selectToggle));
            } else {
                model.wayProperty().set((SignInWay) toggle.getUserData());
            }
        });
        model.wayProperty().addListener((obs, old, value) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == value && !toggle.isSelected()).findFirst()
                .ifPresent(group::selectToggle));
        row.disableProperty().bind(model.busyProperty());
        return row;
    }
}
