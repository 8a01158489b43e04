package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.PricePackageSummary;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.PropertyGrid;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.StatusBadge;
import io.accountsdesk.ui.StatusVocabulary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The overview tab: key facts, approvals by status, the price package, and a chart of checkout captures by month.
 * Built in two steps: the layout first, then the listeners that fill it when the account arrives.
 */
final class AccountOverviewView extends ScrollPane {

    private final AccountPageViewModel model;
    private final Messages messages;
    private final PropertyGrid facts = new PropertyGrid();
    private final VBox approvals = new VBox(8);
    private final PropertyGrid priceLines = new PropertyGrid();
    private final Label priceTitle = new Label();
    private final Label priceDescription = new Label();
    private final BarChart<String, Number> chart;
    private final Label chartEmpty = new Label();

    AccountOverviewView(AccountPageViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        CategoryAxis months = new CategoryAxis();
        NumberAxis volume = new NumberAxis();
        volume.setLabel(messages.get("overview.chart.volume"));
        // The axis writes its figures as the user's language does (900 000 in Norwegian, 900,000 in English).
        java.text.NumberFormat figures = java.text.NumberFormat.getIntegerInstance(messages.locale());
        volume.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return figures.format(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        chart = new BarChart<>(months, volume);
        createView();
        wire();
    }

    private void createView() {
        setId("account-overview");
        setFitToWidth(true);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        facts.setId("overview-facts");
        facts.setCopyText(messages.get("common.copy"));
        facts.setNameWidth(150);
        approvals.setId("overview-approvals");

        priceTitle.getStyleClass().add(Styles.TEXT_BOLD);
        priceTitle.setId("price-package-name");
        priceDescription.getStyleClass().add("muted");
        priceDescription.setWrapText(true);
        priceLines.setNameWidth(200);
        javafx.scene.control.Hyperlink openPrice = new javafx.scene.control.Hyperlink(
                messages.get("overview.pricePackage.open"));
        openPrice.setId("price-package-open");
        openPrice.setOnAction(event -> model.openPricePackage());
        javafx.scene.control.Hyperlink choosePrice = new javafx.scene.control.Hyperlink(
                messages.get("overview.pricePackage.choose"));
        choosePrice.setId("price-package-choose");
        choosePrice.setOnAction(event -> model.choosePricePackages());
        VBox priceContent = new VBox(6, priceTitle, priceDescription, priceLines, openPrice);
        StatePane price = new StatePane(priceContent);
        price.setId("overview-price-package");
        price.stateProperty().bind(model.pricePackageStateProperty());
        price.loadingTextProperty().set(messages.get("pricing.loading"));
        price.emptyTitleProperty().set(messages.get("pricing.none.title"));
        price.emptyTextProperty().bind(model.pricePackageMessageProperty());
        price.errorTitleProperty().set(messages.get("pricing.error.title"));
        price.errorTextProperty().bind(model.pricePackageMessageProperty());
        price.getStyleClass().add("compact-state");

        chart.setId("captures-chart");
        chart.setTitle(messages.get("overview.chart.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(320);
        chart.setMinHeight(260);
        chartEmpty.getStyleClass().add("muted");
        chartEmpty.setText(messages.get("overview.chart.empty"));

        VBox left = new VBox(14, section(messages.get("overview.facts"), facts),
                section(messages.get("overview.approvals"), approvals));
        left.setPrefWidth(440);
        left.setMinWidth(360);
        VBox right = new VBox(14, section(messages.get("overview.chart.section"), new VBox(chart, chartEmpty)),
                section(messages.get("overview.pricePackage"), new VBox(4, price, choosePrice)));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(24, left, right);
        columns.getStyleClass().add("tab-body");
        setContent(columns);
    }

    private void wire() {
        model.overviewProperty().addListener((obs, old, overview) -> show(overview));
        model.pricePackageProperty().addListener((obs, old, summary) -> showPrice(summary));
    }

    private void show(AccountOverview overview) {
        facts.clearRows();
        approvals.getChildren().clear();
        chart.getData().clear();
        if (overview == null) {
            return;
        }
        overview.facts().forEach(fact -> facts.addValue(fact.label(), fact.value()));
        StatusVocabulary cases = Vocabularies.caseStatuses(messages);
        approvals.getChildren().addAll(
                counts(messages.get("overview.approvals.payments"), overview.payments(), cases),
                counts(messages.get("overview.approvals.payouts"), overview.payoutDestinations(), cases));
        showChart(overview.captures());
    }

    private Node counts(String heading, List<AccountOverview.StatusCount> counts, StatusVocabulary cases) {
        Label title = new Label(heading);
        title.getStyleClass().add("muted");
        FlowPane badges = new FlowPane(6, 6);
        for (AccountOverview.StatusCount count : counts) {
            StatusBadge badge = StatusBadge.labelled(cases.labelOf(count.status()) + " · " + count.count(),
                    cases.toneOf(count.status()));
            badge.getStyleClass().add("approval-count");
            badges.getChildren().add(badge);
        }
        if (counts.isEmpty()) {
            Label none = new Label(messages.get("overview.approvals.none"));
            none.getStyleClass().add("muted");
            badges.getChildren().add(none);
        }
        return new VBox(4, title, badges);
    }

    /** One series per currency, months in order; volumes in the currency's main unit. */
    private void showChart(List<AccountOverview.MonthlyCapture> captures) {
        chartEmpty.setVisible(captures.isEmpty());
        chartEmpty.setManaged(captures.isEmpty());
        chart.setVisible(!captures.isEmpty());
        chart.setManaged(!captures.isEmpty());
        Map<String, XYChart.Series<String, Number>> byCurrency = new TreeMap<>();
        for (AccountOverview.MonthlyCapture capture : captures) {
            XYChart.Series<String, Number> series = byCurrency.computeIfAbsent(
                    capture.currency() == null ? "" : capture.currency(), currency -> {
                        XYChart.Series<String, Number> s = new XYChart.Series<>();
                        s.setName(currency);
                        return s;
                    });
            XYChart.Data<String, Number> point = new XYChart.Data<>(capture.label(), capture.amount());
            // The bar's node exists only once the chart lays the series out.
            point.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(capture.tooltip()));
                }
            });
            series.getData().add(point);
        }
        chart.getData().setAll(byCurrency.values());
    }

    private void showPrice(PricePackageSummary summary) {
        priceLines.clearRows();
        if (summary == null) {
            return;
        }
        priceTitle.setText(summary.name() + "  (" + summary.id() + ")");
        priceDescription.setText(summary.description() == null ? "" : summary.description());
        priceDescription.setVisible(summary.description() != null);
        priceDescription.setManaged(summary.description() != null);
        summary.products().forEach(line -> priceLines.addValue(line.product(), line.price()));
    }

    private static VBox section(String heading, Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        label.setMaxWidth(Double.MAX_VALUE);
        return new VBox(8, label, content);
    }
}
