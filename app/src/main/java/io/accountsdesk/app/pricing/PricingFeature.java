package io.accountsdesk.app.pricing;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The pricing feature: the partner's price packages. */
public final class PricingFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(PricePackagesViewModel.SCREEN, "nav.pricing",
                        Feather.TAG, "Shortcut+5", true), PricingFeature::packages),
                new ScreenRegistration(new ScreenDescriptor(PackageCompareViewModel.SCREEN, "nav.compare",
                        Feather.COLUMNS, null, false), PricingFeature::compare),
                new ScreenRegistration(new ScreenDescriptor(PricePackageEditorViewModel.SCREEN, "nav.editor",
                        Feather.EDIT, null, false), PricingFeature::editor));
    }

    @Override
    public void sessionStarted(SessionServices services) {
        EditorDraft.offer(services);
    }

    static Screen editor(SessionServices services) {
        PricePackageEditorViewModel model = new PricePackageEditorViewModel(services);
        PricePackageEditorView view = new PricePackageEditorView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("editor.save", "pricing.editor.save", "Shortcut+S", Feather.CHECK, model::save),
                        AppAction.of("editor.import", "pricing.editor.import", "Shortcut+O", Feather.FILE_TEXT,
                                model::importJson)))
                .focusing(view::focusTree);
    }

    static Screen compare(SessionServices services) {
        PackageCompareViewModel model = new PackageCompareViewModel(services);
        PackageCompareView view = new PackageCompareView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(AppAction.of("compare.export", "pricing.compare.export", "Shortcut+E",
                        Feather.DOWNLOAD, model::exportCsv)))
                .focusing(view::focusTable);
    }

    static Screen packages(SessionServices services) {
        PricePackagesViewModel model = new PricePackagesViewModel(services);
        PricePackagesView view = new PricePackagesView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("pricing.reload", "connections.refresh", "F5", Feather.REFRESH_CW, model::reload),
                        AppAction.of("pricing.search", "pricing.search", "Shortcut+F", Feather.SEARCH,
                                view::focusSearch)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusSearch);
    }
}
