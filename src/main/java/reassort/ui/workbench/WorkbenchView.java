package reassort.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import reassort.app.StoreOverview;
import reassort.domain.Dataset;
import reassort.ui.common.Navigation;
import reassort.ui.common.StatusBar;
import reassort.ui.export.ExportView;
import reassort.ui.export.ExportViewModel;
import reassort.ui.export.ReviewView;
import reassort.ui.export.ReviewViewModel;
import reassort.ui.importing.ImportView;
import reassort.ui.importing.ImportViewModel;
import reassort.ui.proposals.ProposalsView;
import reassort.ui.proposals.ProposalsViewModel;

/** The main window: menus, what the store holds, and the status bar with background tasks. */
public final class WorkbenchView {
    private final WorkbenchViewModel model;
    private final Stage stage;
    private final Consumer<Locale> switchLanguage;
    private ProposalsViewModel proposals;
    private reassort.ui.allocation.AllocationViewModel allocation;

    public WorkbenchView(WorkbenchViewModel model, Stage stage, Consumer<Locale> switchLanguage) {
        this.model = model;
        this.stage = stage;
        this.switchLanguage = switchLanguage;
    }

    public void show() {
        proposals = new ProposalsViewModel(model.workspace(), model.tasks(), model.i18n(), model.preferences(),
                model.lastOutcomeProperty()::set);
        allocation = new reassort.ui.allocation.AllocationViewModel(model.workspace(), model.tasks(), model.i18n(),
                model.lastOutcomeProperty()::set);
        BorderPane root = new BorderPane();
        root.setId("workbenchRoot");
        root.setTop(menuBar());
        root.setCenter(screens());
        root.setBottom(new StatusBar(model.tasks(), model.i18n(), model.lastOutcomeProperty()));
        stage.setTitle(model.i18n().text("app.title") + " — " + model.workspace().storeDescription());
        Scene scene = Double.isNaN(stage.getWidth()) ? new Scene(root, 1100, 720) : new Scene(root);
        stage.setScene(scene);
        stage.show();
        model.refreshOverview();
    }

    /**
     * The screens, one tab each. A screen is built by its own package's view over its view model; add it here with
     * one {@code screen(...)} line. Navigation between screens goes through {@link WorkbenchViewModel#navigation()}.
     */
    private TabPane screens() {
        TabPane tabs = new TabPane();
        tabs.setId("screensTabPane");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(screen(Navigation.OVERVIEW, "screen.overview", overviewPane()));
        ProposalsView proposalsView = new ProposalsView(proposals, model.navigation());
        tabs.getTabs().add(screen(Navigation.PROPOSALS, "screen.proposals", proposalsView.node()));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && Navigation.PROPOSALS.equals(tab.getId())) proposalsView.shown();
        });
        var series = new reassort.ui.series.SeriesView(model.seriesModel());
        tabs.getTabs().add(shownOnSelect(screen(Navigation.SERIES, "series.tab", series.node()), series::shown));
        var exceptions = new reassort.ui.exceptions.ExceptionsView(model.exceptionsModel());
        tabs.getTabs().add(shownOnSelect(screen(Navigation.EXCEPTIONS, "exceptions.tab", exceptions.node()),
                exceptions::shown));
        var kpis = new reassort.ui.kpi.KpiView(model.kpiModel());
        tabs.getTabs().add(shownOnSelect(screen(Navigation.KPIS, "kpi.tab", kpis.node()), kpis::shown));
        var scenarios = new reassort.ui.scenarios.ScenariosViewModel(model.workspace(), model.tasks(), model.i18n());
        Tab scenariosTab = screen(Navigation.SCENARIOS, "screen.scenarios", new reassort.ui.scenarios.ScenariosView(scenarios).node());
        scenariosTab.setOnSelectionChanged(e -> { if (scenariosTab.isSelected()) scenarios.refresh(); });
        tabs.getTabs().add(scenariosTab);
        var allocationView = new reassort.ui.allocation.AllocationView(allocation);
        tabs.getTabs().add(shownOnSelect(screen(Navigation.ALLOCATION, "screen.allocation", allocationView.node()),
                allocationView::shown));
        model.navigation().onShowScreen(id -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        return tabs;
    }

    /** Runs {@code shown} after the tab comes to the front (later, so that a navigation's own load goes first). */
    private static Tab shownOnSelect(Tab tab, Runnable shown) {
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) javafx.application.Platform.runLater(shown);
        });
        return tab;
    }

    private Tab screen(String id, String titleKey, Node content) {
        Tab tab = new Tab(model.i18n().text(titleKey), content);
        tab.setId(id);
        return tab;
    }

    private MenuBar menuBar() {
        return WorkbenchMenus.build(model.i18n(), model.tasks().runningProperty(), new WorkbenchMenus.Actions() {
            @Override
            public void importFiles() {
                openImport();
            }

            @Override
            public void loadSample() {
                loadSampleAfterConfirmation();
            }

            @Override
            public void export() {
                openExport(java.util.Set.of());
            }

            @Override
            public void importReview() {
                chooseReviewFile();
            }

            @Override
            public void runPlan() {
                WorkbenchView.this.runPlan();
            }

            @Override
            public void runAllocation() {
                model.navigation().showScreen(Navigation.ALLOCATION);
                allocation.runAllocation();
            }
        }, stage::close, switchLanguage);
    }

    private VBox overviewPane() {
        var i18n = model.i18n();
        Label title = new Label(i18n.text("overview.title"));
        title.setId("overviewTitle");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");

        TableView<Dataset> table = new TableView<>();
        table.setId("overviewTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMaxWidth(520);
        table.setPrefHeight(230);
        TableColumn<Dataset, String> dataset = new TableColumn<>(i18n.text("overview.dataset"));
        dataset.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.text("dataset." + c.getValue().name())));
        TableColumn<Dataset, String> count = new TableColumn<>(i18n.text("overview.count"));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        count.setCellValueFactory(c -> {
            StoreOverview overview = model.overviewProperty().get();
            return new ReadOnlyStringWrapper(overview == null ? "" : i18n.integer(overview.count(c.getValue())));
        });
        table.getColumns().add(dataset);
        table.getColumns().add(count);
        table.getItems().setAll(Dataset.values());

        Label salesRange = new Label();
        salesRange.setId("salesRangeLabel");
        Label lastImport = new Label();
        lastImport.setId("lastImportLabel");
        Label empty = new Label(i18n.text("overview.empty"));
        empty.setId("emptyStoreLabel");
        empty.setWrapText(true);

        Button loadSample = new Button(i18n.text("overview.loadSample"));
        loadSample.setId("loadSampleButton");
        loadSample.setDefaultButton(true);
        loadSample.setOnAction(e -> model.loadSample());
        loadSample.disableProperty().bind(model.tasks().runningProperty());
        Button importFiles = new Button(i18n.text("overview.importFiles"));
        importFiles.setId("importFilesButton");
        importFiles.setOnAction(e -> openImport());
        importFiles.disableProperty().bind(model.tasks().runningProperty());
        Button plan = new Button(i18n.text("firstRun.plan"));
        plan.setId("planButton");
        plan.setOnAction(e -> runPlan());
        plan.disableProperty().bind(model.tasks().runningProperty());
        plan.setVisible(false);
        plan.setManaged(false);

        model.overviewProperty().addListener((obs, old, overview) -> {
            table.refresh();
            boolean isEmpty = overview == null || overview.isEmpty();
            empty.setVisible(isEmpty);
            empty.setManaged(isEmpty);
            salesRange.setText(overview == null || overview.firstSalesDate() == null ? ""
                    : i18n.text("overview.salesRange", overview.firstSalesDate().format(i18n.dateFormat()),
                            overview.lastSalesDate().format(i18n.dateFormat())));
            lastImport.setText(overview == null || overview.lastImportSource() == null ? ""
                    : i18n.text("overview.lastImport", overview.lastImportSource(), i18n.dateTimeFormat()
                            .format(overview.lastImportAt().atZone(model.workspace().clock().getZone()))));
            loadSample.setVisible(isEmpty);
            loadSample.setManaged(isEmpty);
            loadSample.setDefaultButton(isEmpty);
            boolean hasSales = overview != null && overview.firstSalesDate() != null;
            plan.setVisible(hasSales);
            plan.setManaged(hasSales);
            plan.setDefaultButton(hasSales);
        });

        VBox pane = new VBox(12, title, empty, new HBox(8, loadSample, plan, importFiles), table, salesRange, lastImport);
        pane.setPadding(new Insets(16));
        return pane;
    }

    /** Plans from the proposals screen, shown first so the planner sees the result arrive. */
    private void runPlan() {
        proposals.runPlan();
        model.navigation().showScreen(Navigation.PROPOSALS);
    }

    /** The sample is fictional: loading it into a store that holds the planner's data needs a yes. */
    private void loadSampleAfterConfirmation() {
        StoreOverview overview = model.overviewProperty().get();
        if (overview != null && !overview.isEmpty()) {
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, model.i18n().text("overview.sampleIntoData"),
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            confirm.initOwner(stage);
            confirm.setHeaderText(model.i18n().text("menu.file.sample"));
            if (confirm.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) != javafx.scene.control.ButtonType.OK) {
                return;
            }
        }
        model.loadSample();
    }

    private void openImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.i18n().text("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Excel, CSV", "*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        List<java.io.File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen == null || chosen.isEmpty()) return;
        openImport(chosen.stream().map(java.io.File::toPath).toList());
    }

    /** Opens the import dialog on files (also the entry point tests use, since native file choosers cannot be driven). */
    public void openImport(List<Path> files) {
        ImportViewModel importModel = new ImportViewModel(model.workspace().imports(), model.tasks(), model.i18n(),
                model::imported);
        new ImportView(importModel, stage).show();
        importModel.inspect(files);
    }

    /**
     * File → Export…: the export dialog over the proposals {@code selection} (empty: by status). Screens that hold a
     * selection (the proposal grid) call this with theirs.
     */
    public ExportViewModel openExport(java.util.Set<reassort.app.export.OrderKey> selection) {
        ExportViewModel exportModel = new ExportViewModel(model.workspace(), model.tasks(), model.i18n(), selection);
        new ExportView(exportModel, stage).show();
        return exportModel;
    }

    private void chooseReviewFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.i18n().text("review.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) openReview(chosen.toPath());
    }

    /** File → Import reviewed file…: the diff dialog of an edited review file (tests call it with a file). */
    public ReviewViewModel openReview(Path file) {
        ReviewViewModel reviewModel = new ReviewViewModel(model.workspace(), model.tasks(), model.i18n(), null);
        new ReviewView(reviewModel, stage).show();
        reviewModel.read(file);
        return reviewModel;
    }
}
