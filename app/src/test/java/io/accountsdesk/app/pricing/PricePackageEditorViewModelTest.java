package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The editor against the sandbox: build, check, undo and redo, save, copy as new, and import from JSON. */
class PricePackageEditorViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(3);

    @TempDir
    Path configDir;

    private static List<String> paths(PricePackageEditorViewModel editor) {
        return editor.problems().stream().map(PricePackageEditorViewModel.Problem::path).toList();
    }

    @Test
    void aPackageWithTwoProductsAndADimensionIsBuiltCheckedUndoneAndSaved() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        assertThat(paths(editor)).contains("price_package_id", "name", "description", "products.0.product_id");

        editor.setPackage("EDITOR_PP_1", "Editor Plus", "Two products", "");
        editor.setProduct(0, "checkout", "capture.card");
        editor.setPrice(0, 0, "fixed", "currency=NOK; country=NO,SE");
        editor.setAmount(0, 0, 0, "fee", "1.505", "0.019");
        assertThat(editor.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("products.0.prices.0.amounts.0.flat_amount");
            assertThat(problem.message()).contains("NOK").contains("2 decimals");
        });
        editor.setAmount(0, 0, 0, "fee", "1.50", "0,019");
        assertThat(paths(editor)).containsExactly("products.0.prices.0.amounts.0.unit_amount");
        editor.setAmount(0, 0, 0, "fee", "1.50", "0.019");
        assertThat(editor.problems()).isEmpty();

        editor.duplicateProduct(0);
        assertThat(paths(editor)).containsExactly("products.1.product_id");
        editor.setProduct(1, "checkout", "capture.vipps");
        editor.setPrice(1, 0, "fixed", "currency=XXY");
        assertThat(paths(editor)).containsExactly("products.1.prices.0.dimensions.0.values");
        editor.setPrice(1, 0, "fixed", "currency=NOK; card.issuer_country=NO,XX");
        assertThat(paths(editor)).containsExactly("products.1.prices.0.dimensions.1.values");
        editor.undo();
        assertThat(paths(editor)).containsExactly("products.1.prices.0.dimensions.0.values");
        editor.undo();
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.draftProperty().get().products().get(1).prices().get(0).currency()).isEqualTo("NOK");
        editor.redo();
        assertThat(paths(editor)).containsExactly("products.1.prices.0.dimensions.0.values");
        editor.undo();
        editor.moveProduct(1, -1);
        assertThat(editor.draftProperty().get().products()).extracting(PackageDraft.Product::productId)
                .containsExactly("capture.vipps", "capture.card");
        editor.addAmount(0, 0);
        editor.removeAmount(0, 0, 1);
        assertThat(editor.canUndoProperty().get()).isTrue();

        editor.save();
        assertThat(editor.resultProperty().get()).contains("EDITOR_PP_1");
        PricePackage saved = sandbox.client().pricing().list(PricePackageQuery.all()
                .withPricePackageId("EDITOR_PP_1"), null).items().get(0);
        assertThat(saved.name()).isEqualTo("Editor Plus");
        assertThat(saved.products()).extracting(p -> p.productId()).containsExactly("capture.vipps", "capture.card");
        assertThat(saved.products().get(1).prices().get(0).amounts().get(0).flatAmount()).isEqualTo(150L);
        assertThat(saved.products().get(1).prices().get(0).dimensions()).extracting(d -> d.name())
                .containsExactly("currency", "country");

        // The same id again: the server refuses (409), and the editor says what failed.
        editor.setPackage("EDITOR_PP_1", "Editor Plus again", "Two products", "");
        editor.save();
        assertThat(editor.noteProperty().get()).contains("could not be created");
        assertThat(editor.resultProperty().get()).isEmpty();
    }

    @Test
    void editingAPackageCopiesEveryNodeUnderANewIdAndJsonComesInChecked() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackage source = sandbox.client().pricing().list(PricePackageQuery.all().withLimit(1), null).items()
                .get(0);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN, "copy", source.pricePackageId()));
        PackageDraft copy = editor.draftProperty().get();
        assertThat(copy.pricePackageId()).isEqualTo(source.pricePackageId() + "_COPY");
        assertThat(editor.noteProperty().get()).contains(source.pricePackageId());
        var request = copy.toRequest(Locale.ENGLISH);
        assertThat(request.products()).isEqualTo(source.products());
        assertThat(editor.problems()).isEmpty();

        Path json = configDir.resolve("package.json");
        Files.writeString(json, Json.newMapper().writeValueAsString(java.util.Map.of("price_package", source)));
        PricePackageEditorViewModel imported = new PricePackageEditorViewModel(test.services);
        imported.importJson(json);
        assertThat(imported.draftProperty().get().toRequest(Locale.ENGLISH).products()).isEqualTo(source.products());
        assertThat(imported.noteProperty().get()).contains("package.json");

        Path broken = Files.writeString(configDir.resolve("broken.json"), "{ \"name\": ");
        imported.importJson(broken);
        assertThat(imported.noteProperty().get()).contains("broken.json").contains("is not a price package");
        assertThat(imported.draftProperty().get().toRequest(Locale.ENGLISH).products())
                .as("a file that cannot be read changes nothing").isEqualTo(source.products());
    }

    @Test
    void pricesAndAmountsMoveAndDuplicateAndACellsProblemIsFoundByItsPath() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        editor.setPackage("EDITOR_PP_CELLS", "Cells", "Edited in cells", "");
        editor.setProduct(0, "checkout", "checkout.capture.card");
        editor.setAmountValue(0, 0, 0, PricePackageEditorViewModel.AmountField.NAME, "fee");
        editor.setAmountValue(0, 0, 0, PricePackageEditorViewModel.AmountField.FLAT_AMOUNT, "2,5x");
        String flat = "products.0.prices.0.amounts.0.flat_amount";
        assertThat(editor.problemAt(flat)).hasValueSatisfying(message -> assertThat(message).contains("NOK"));
        assertThat(editor.problemAt("products.0.prices.0.amounts.0.unit_amount")).isEmpty();
        assertThat(editor.problemAt("products.0.prices.0.amounts.0.name")).isEmpty();
        editor.setAmountValue(0, 0, 0, PricePackageEditorViewModel.AmountField.FLAT_AMOUNT, "2.50");
        editor.setAmountValue(0, 0, 0, PricePackageEditorViewModel.AmountField.DESCRIPTION, "Per capture");
        assertThat(editor.problems()).isEmpty();

        editor.duplicateAmount(0, 0, 0);
        editor.setAmountValue(0, 0, 1, PricePackageEditorViewModel.AmountField.NAME, "rate");
        editor.setAmountValue(0, 0, 1, PricePackageEditorViewModel.AmountField.UNIT_AMOUNT, "abc");
        assertThat(editor.problemAt("products.0.prices.0.amounts.1.unit_amount")).isPresent();
        assertThat(editor.problemAt("products.0.prices.0.amounts.0.unit_amount")).as("the other row is fine")
                .isEmpty();
        editor.setAmountValue(0, 0, 1, PricePackageEditorViewModel.AmountField.UNIT_AMOUNT, "0.012");
        editor.moveAmount(0, 0, 1, -1);
        assertThat(editor.draftProperty().get().products().get(0).prices().get(0).amounts())
                .extracting(PackageDraft.Amount::name).containsExactly("rate", "fee");
        editor.moveAmount(0, 0, 0, -1);
        assertThat(editor.draftProperty().get().products().get(0).prices().get(0).amounts())
                .as("the first cannot move up").extracting(PackageDraft.Amount::name).containsExactly("rate", "fee");

        editor.duplicatePrice(0, 0);
        editor.setPrice(0, 1, "fixed", "currency=SEK");
        editor.movePrice(0, 1, -1);
        assertThat(editor.draftProperty().get().products().get(0).prices())
                .extracting(PackageDraft.Price::currency).containsExactly("SEK", "NOK");
        editor.undo();
        assertThat(editor.draftProperty().get().products().get(0).prices())
                .extracting(PackageDraft.Price::currency).containsExactly("NOK", "SEK");
    }

    @Test
    void anUnsavedPackageIsKeptOnDiskAndComesBackInTheNextEditor() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        editor.setPackage("EDITOR_PP_KEPT", "Kept", "Kept on disk", "");
        editor.setProduct(0, "checkout", "checkout.capture.card");
        editor.setAmount(0, 0, 0, "fee", "1.25", "");
        PackageDraft typed = editor.draftProperty().get();

        // A second editor in the same place, as after a crash and a restart: the package is back, as unsaved work.
        PricePackageEditorViewModel after = new PricePackageEditorViewModel(test.services);
        after.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        assertThat(after.draftProperty().get()).isEqualTo(typed);
        assertThat(after.noteProperty().get()).contains("unsaved package");
        assertThat(after.hasUnsavedChanges()).isTrue();

        after.save();
        assertThat(after.resultProperty().get()).contains("EDITOR_PP_KEPT");
        PricePackageEditorViewModel third = new PricePackageEditorViewModel(test.services);
        third.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        assertThat(third.draftProperty().get()).as("a saved package is no longer kept").isEqualTo(PackageDraft.empty());

        third.setPackage("EDITOR_PP_GONE", "Gone", "", "");
        test.dialogs.confirmAnswer = true;
        third.startAfresh();
        assertThat(third.draftProperty().get()).isEqualTo(PackageDraft.empty());
        PricePackageEditorViewModel fourth = new PricePackageEditorViewModel(test.services);
        fourth.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        assertThat(fourth.draftProperty().get()).as("started afresh: nothing comes back")
                .isEqualTo(PackageDraft.empty());
    }

    /**
     * What is typed in a table cell reaches the draft on disk before the cell's text is kept, so a crash mid-cell
     * keeps it; the package on screen and undo change only when it is kept, and Escape puts the disk back.
     */
    @Test
    void typingInACellNotYetKeptIsOnDiskOnly() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        editor.setPackage("EDITOR_PP_CELL", "Cell", "Typed in a cell", "");
        PackageDraft kept = editor.draftProperty().get();
        boolean couldUndo = editor.canUndoProperty().get();

        editor.keepTyping(() -> editor.setProduct(0, "checkout", "capture.half-typed"));

        assertThat(editor.draftProperty().get()).as("the package on screen is as it was").isEqualTo(kept);
        assertThat(editor.canUndoProperty().get()).isEqualTo(couldUndo);
        assertThat(onDisk(test).products().get(0).productId()).as("after a crash").isEqualTo("capture.half-typed");

        editor.dropTyping(); // Escape
        assertThat(onDisk(test)).isEqualTo(kept);

        editor.keepTyping(() -> editor.setProduct(0, "checkout", "capture.typo"));
        editor.keepTyping(() -> editor.setProduct(0, kept.products().get(0).namespace(),
                kept.products().get(0).productId())); // typed back to what the cell held
        assertThat(onDisk(test)).as("deleted typing does not come back after a crash").isEqualTo(kept);

        editor.keepTyping(() -> editor.setProduct(0, "checkout", "capture.card"));
        editor.setProduct(0, "checkout", "capture.card"); // Enter keeps the cell's text: the edit itself
        editor.dropTyping(); // nothing typed is pending any more: the kept edit stays on disk
        assertThat(onDisk(test).products().get(0).productId()).isEqualTo("capture.card");
        assertThat(editor.draftProperty().get().products().get(0).productId()).isEqualTo("capture.card");
    }

    private static PackageDraft onDisk(TestServices test) {
        PricePackageEditorViewModel reader = new PricePackageEditorViewModel(test.services);
        reader.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        return reader.draftProperty().get();
    }

    @Test
    void aPackageOpenedToBeSeenIsReadOnlyAndEditsAsANewCopy() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackage source = sandbox.client().pricing().list(PricePackageQuery.all().withLimit(1), null).items()
                .get(0);
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN, "view", source.pricePackageId()));
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.draftProperty().get().pricePackageId()).isEqualTo(source.pricePackageId());
        assertThat(editor.draftProperty().get().toRequest(Locale.ENGLISH).products()).isEqualTo(source.products());
        assertThat(editor.noteProperty().get()).contains("read-only");
        PackageDraft shown = editor.draftProperty().get();
        editor.addProduct();
        editor.setPackage("X", "Y", "", "");
        assertThat(editor.draftProperty().get()).as("nothing changes a package on view").isEqualTo(shown);
        assertThat(editor.hasUnsavedChanges()).isFalse();

        editor.editAsCopy();
        Place copy = test.navigator.current();
        assertThat(copy).isEqualTo(Place.of(PricePackageEditorViewModel.SCREEN, "copy", source.pricePackageId()));
        editor.activate(copy);
        assertThat(editor.readOnlyProperty().get()).isFalse();
        assertThat(editor.draftProperty().get().pricePackageId()).isEqualTo(source.pricePackageId() + "_COPY");
    }
}
