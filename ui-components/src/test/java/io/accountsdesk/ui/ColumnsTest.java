package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ColumnsTest {

    record Row(String name, String status, List<Badge> badges, LocalDate created, Long amount, String currency) {
    }

    private static final Locale NB_NO = Locale.forLanguageTag("nb-NO");
    private static final StatusVocabulary VOCABULARY = StatusVocabulary.withTones(Map.of("go", Tone.SUCCESS))
            .withLabel(s -> s.equals("go") ? "Klar" : s);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private TableView<Row> table;
    private TableColumn<Row, String> name;
    private TableColumn<Row, String> status;
    private TableColumn<Row, List<Badge>> badges;
    private TableColumn<Row, TemporalAccessor> created;
    private TableColumn<Row, Money> amount;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        name = Columns.text("Name", Row::name);
        status = Columns.badge("Status", Row::status, VOCABULARY);
        badges = Columns.badges("Connections", Row::badges);
        created = Columns.date("Created", Row::created, DATE);
        amount = Columns.money("Amount", Row::amount, Row::currency, NB_NO);
        table = new TableView<>();
        table.getColumns().addAll(List.of(name, status, badges, created, amount));
        table.getItems().setAll(
                new Row("Fjord Fisk AS", "go", List.of(new Badge("Vipps", Tone.SUCCESS, "Enabled since May"),
                        new Badge("Swish", Tone.WARNING)), LocalDate.of(2024, 10, 3), 123456L, "NOK"),
                new Row(null, "mystery", List.of(), null, null, "NOK"));
        Scene scene = new Scene(table, 900, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private <T> TableCell<Row, T> cell(FxRobot robot, TableColumn<Row, T> column, int row) {
        return robot.lookup(".table-cell").match((Node node) -> node instanceof TableCell<?, ?> cell
                && cell.getTableColumn() == column && cell.getIndex() == row).queryAs(TableCell.class);
    }

    @Test
    void listsAreServerOrderedSoNoColumnSortsAndEachHasAWidth() {
        for (TableColumn<Row, ?> column : List.of(name, status, badges, created, amount)) {
            assertThat(column.isSortable()).as(column.getText()).isFalse();
            assertThat(column.getPrefWidth()).isGreaterThan(column.getMinWidth()).isGreaterThan(50);
        }
    }

    @Test
    void textShowsValuesAndADashForMissingOnes(FxRobot robot) {
        assertThat(cell(robot, name, 0).getText()).isEqualTo("Fjord Fisk AS");
        TableCell<Row, String> missing = cell(robot, name, 1);
        assertThat(missing.getText()).isEqualTo(PropertyGrid.MISSING);
        assertThat(missing.getPseudoClassStates()).contains(Columns.MISSING);
        assertThat(cell(robot, created, 1).getText()).isEqualTo(PropertyGrid.MISSING);
        assertThat(cell(robot, created, 0).getText()).isEqualTo("3 Oct 2024");
    }

    @Test
    void badgeCellsUseTheInjectedVocabulary(FxRobot robot) {
        StatusBadge known = (StatusBadge) cell(robot, status, 0).getGraphic();
        assertThat(known.getText()).isEqualTo("Klar");
        assertThat(known.getPseudoClassStates()).contains(Tone.SUCCESS.pseudoClass());
        StatusBadge unknown = (StatusBadge) cell(robot, status, 1).getGraphic();
        assertThat(unknown.getText()).isEqualTo("mystery");
        assertThat(unknown.getPseudoClassStates()).contains(Tone.NEUTRAL.pseudoClass());
    }

    @Test
    void badgeRowsShowEveryBadgeWithItsToneAndTooltip(FxRobot robot) {
        Node graphic = cell(robot, badges, 0).getGraphic();
        assertThat(graphic.getStyleClass()).contains("badge-row");
        List<Node> shown = ((HBox) graphic).getChildren();
        assertThat(shown).hasSize(2);
        StatusBadge vipps = (StatusBadge) shown.get(0);
        assertThat(vipps.getText()).isEqualTo("Vipps");
        assertThat(vipps.getPseudoClassStates()).contains(Tone.SUCCESS.pseudoClass());
        assertThat(vipps.getTooltip().getText()).isEqualTo("Enabled since May");
        assertThat(((StatusBadge) shown.get(1)).getTooltip()).isNull();
        assertThat(cell(robot, badges, 1).getGraphic()).isNull();
    }

    @Test
    void scrollingReusesTheCellsBadges(FxRobot robot) {
        // Every row has two badges, so a cell's pool is full before scrolling and scrolling must not add to it.
        robot.interact(() -> table.getItems().setAll(IntStream.range(0, 300).mapToObj(i -> new Row("Row " + i,
                i % 2 == 0 ? "go" : "mystery", List.of(new Badge("Vipps", Tone.SUCCESS), new Badge("Swish", null)),
                null, (long) i, "NOK")).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> before = robot.lookup(".table-cell .status-badge").queryAll();
        robot.interact(() -> table.scrollTo(250));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> after = robot.lookup(".table-cell .status-badge").queryAll().stream()
                .filter(Node::isVisible).toList();
        assertThat(after).isNotEmpty();
        assertThat(before).as("the cells show rows 250… with the badges they already had").containsAll(after);
        StatusBadge row250 = (StatusBadge) cell(robot, status, 252).getGraphic();
        assertThat(row250.getText()).isEqualTo("Klar");
    }

    @Test
    void moneyIsFormattedInTheLocaleAndRightAligned(FxRobot robot) {
        TableCell<Row, Money> money = cell(robot, amount, 0);
        assertThat(money.getText()).isEqualTo(new MoneyFormat(NB_NO).format(123456, "NOK"));
        assertThat(money.getStyleClass()).contains("money-cell");
        assertThat(money.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);
        assertThat(money.getItem()).isEqualTo(new Money(123456, "NOK"));
        assertThat(cell(robot, amount, 1).getText()).isEqualTo(PropertyGrid.MISSING);
    }
}
