package io.accountsdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of DEVELOPERS.md that a compiler cannot check, on the compiled classes of every module. Each rule is
 * also run once against a class written to break it, so a rule that can no longer fail is noticed.
 */
class ArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void load() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.accountsdesk");
    }

    /**
     * A JavaFX scene-graph type, or a type of our own that is built on one (a control of ui-components, a column
     * helper): using either ties a class to the toolkit.
     */
    static final DescribedPredicate<JavaClass> SCENE_BOUND = new DescribedPredicate<>(
            "a scene-graph type, directly or through a type built on one") {
        @Override
        public boolean test(JavaClass type) {
            if (scenePackage(type)) {
                return true;
            }
            if (!type.getPackageName().startsWith("io.accountsdesk")) {
                return false;
            }
            return type.getDirectDependenciesFromSelf().stream().anyMatch(d -> scenePackage(d.getTargetClass()));
        }
    };

    private static boolean scenePackage(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("javafx.scene") || name.startsWith("javafx.stage")
                || type.getFullName().equals("javafx.application.Platform");
    }

    /** View models and everything they are made of: toolkit-free by rule. */
    static final DescribedPredicate<JavaClass> MODEL_SIDE = new DescribedPredicate<>(
            "view models and the core, preferences and session packages") {
        @Override
        public boolean test(JavaClass type) {
            String pkg = type.getPackageName();
            return type.getSimpleName().endsWith("ViewModel")
                    || pkg.startsWith("io.accountsdesk.app.core")
                    || pkg.startsWith("io.accountsdesk.app.preferences")
                    || pkg.startsWith("io.accountsdesk.app.session");
        }
    };

    static final ArchRule VIEW_MODELS_KNOW_NO_SCENE = noClasses().that(MODEL_SIDE)
            .should().dependOnClassesThat(SCENE_BOUND)
            .because("a view model test needs no toolkit (DEVELOPERS.md)");

    static final ArchRule UI_COMPONENTS_KNOW_NO_API = noClasses().that().resideInAPackage("io.accountsdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.accountsdesk.client..", "io.accountsdesk.app..",
                    "io.accountsdesk.sandbox..")
            .because("reusable controls know no API");

    static final ArchRule CLIENT_KNOWS_NO_JAVAFX = noClasses().that().resideInAPackage("io.accountsdesk.client..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.accountsdesk.sandbox..",
                    "io.accountsdesk.app..", "io.accountsdesk.ui..")
            .because("the client is a library for any Java program");

    /**
     * Remember-me keeps a refresh token or a client secret and nothing else, so one package decides what reaches the
     * keychain; a screen that called the keychain library itself would go round that.
     */
    static final ArchRule ONLY_REMEMBER_ME_TOUCHES_THE_KEYCHAIN = noClasses().that()
            .resideOutsideOfPackage("io.accountsdesk.app.session.keychain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.javakeyring..")
            .because("what may be kept in the OS keychain is decided in session.keychain alone");

    static final ArchRule SANDBOX_IS_INDEPENDENT = noClasses().that().resideInAPackage("io.accountsdesk.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.accountsdesk.client..",
                    "io.accountsdesk.app..", "io.accountsdesk.ui..")
            .because("the sandbox and the client check each other only if neither uses the other");

    /** Services live in a session's bundle; a static one would outlive the session and be a hidden locator. */
    static final ArchRule NO_STATIC_MUTABLE_STATE = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("io.accountsdesk.app..")
            // An interface's fields are constants by the language (UiScheduler.IMMEDIATE), not state.
            .and().areDeclaredInClassesThat().areNotInterfaces()
            .should().beFinal()
            .andShould(new com.tngtech.archunit.lang.ArchCondition<JavaField>("not hold a service") {
                @Override
                public void check(JavaField field, com.tngtech.archunit.lang.ConditionEvents events) {
                    String type = field.getRawType().getName();
                    boolean service = SERVICE_TYPES.contains(type)
                            || type.startsWith("io.accountsdesk.app.") && type.matches(".*(Service|Services|Runner|"
                            + "Navigator|Registry|Host|Scheduler|Events|Workspace|ViewModel)$");
                    if (service) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(field,
                                field.getFullName() + " holds a " + type + " in a static field"));
                    }
                }
            })
            .because("no static locator and no state that outlives a session");

    private static final Set<String> SERVICE_TYPES = Set.of("io.accountsdesk.client.ApiClient",
            "io.accountsdesk.app.session.Session", "java.util.concurrent.ExecutorService");

    static final ArchRule NO_SCREEN_WIRING_IN_THE_APPLICATION = noClasses()
            .that().haveSimpleName("AccountsDeskApp")
            .should().dependOnClassesThat().resideInAnyPackage("io.accountsdesk.app.accounts..")
            .because("features register their screens; the application class only hosts sessions");

    /** The feature packages, as the app registers them: one per feature, each with its screens. */
    static final Set<String> FEATURE_PACKAGES = Features.all().stream().map(f -> f.getClass().getPackageName())
            .collect(java.util.stream.Collectors.toSet());

    static final SliceAssignment BY_FEATURE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            for (String feature : FEATURE_PACKAGES) {
                if (type.getPackageName().equals(feature) || type.getPackageName().startsWith(feature + ".")) {
                    return SliceIdentifier.of(feature);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "feature packages";
        }
    };

    static final ArchRule FEATURES_MEET_ONLY_THROUGH_PLACES = slices().assignedFrom(BY_FEATURE)
            .should().notDependOnEachOther()
            .because("a feature opens another's screens by place and hears of its changes through session events"
                    + " (DEVELOPERS.md), so each can change alone");

    @Test
    void featuresMeetOnlyThroughPlacesAndEvents() {
        assertThat(FEATURE_PACKAGES).as("the rule looks at something").hasSizeGreaterThan(1);
        FEATURES_MEET_ONLY_THROUGH_PLACES.check(all);
    }

    @Test
    void viewModelsAndTheCoreNeverTouchTheSceneGraph() {
        VIEW_MODELS_KNOW_NO_SCENE.check(all);
        assertThat(all.stream().filter(MODEL_SIDE).count()).as("the rule looks at something").isGreaterThan(40);
    }

    @Test
    void uiComponentsKnowNoApi() {
        UI_COMPONENTS_KNOW_NO_API.check(all);
    }

    @Test
    void theClientKnowsNoJavaFxAndTheSandboxNoClient() {
        CLIENT_KNOWS_NO_JAVAFX.check(all);
        SANDBOX_IS_INDEPENDENT.check(all);
    }

    @Test
    void onlyRememberMeTouchesTheKeychain() {
        ONLY_REMEMBER_ME_TOUCHES_THE_KEYCHAIN.check(all);
        assertThat(all.stream().filter(c -> c.getPackageName().startsWith("io.accountsdesk.app.session.keychain"))
                .anyMatch(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass()
                        .getPackageName().startsWith("com.github.javakeyring")))).as("the rule looks at something")
                .isTrue();
    }

    @Test
    void noStaticMutableServiceState() {
        NO_STATIC_MUTABLE_STATE.check(all);
    }

    @Test
    void theApplicationClassWiresNoScreen() {
        NO_SCREEN_WIRING_IN_THE_APPLICATION.check(all);
    }

    @Test
    void eachRuleCatchesTheMistakeItIsAbout() {
        JavaClasses broken = new ClassFileImporter().importClasses(Broken.LeakyViewModel.class,
                Broken.SceneThroughAControlViewModel.class, Broken.StaticLocator.class,
                Broken.KeychainAroundTheDoor.class);
        assertThat(failures(ONLY_REMEMBER_ME_TOUCHES_THE_KEYCHAIN, broken)).contains("KeychainAroundTheDoor");
        assertThat(failures(VIEW_MODELS_KNOW_NO_SCENE, broken)).as("a view model holding a label")
                .contains("LeakyViewModel").contains("SceneThroughAControlViewModel");
        assertThat(failures(NO_STATIC_MUTABLE_STATE, broken)).contains("StaticLocator.tasks")
                .contains("StaticLocator.counter");
        JavaClasses crossing = new ClassFileImporter().importClasses(
                io.accountsdesk.app.accounts.BrokenFeatureLink.class,
                io.accountsdesk.app.onboarding.OnboardingViewModel.class);
        assertThat(failures(FEATURES_MEET_ONLY_THROUGH_PLACES, crossing)).contains("BrokenFeatureLink");
    }

    private static String failures(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
