package reassort.ui.insight;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.domain.SeriesKey;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * Not a test: writes the README's screenshots of the series view, the exceptions list and the KPI dashboard,
 * rendered headless from a copy of a store holding the sample retailer and its forecast. Run with
 * {@code ./mvnw -o test -Dtest=InsightScreenshots -Dreassort.screenshots.store=STORE -Dreassort.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "reassort.screenshots", matches = ".+")
class InsightScreenshots {
    @TempDir
    Path dir;
    private Workspace workspace;
    private WorkbenchViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        Path source = Path.of(System.getProperty("reassort.screenshots.store"));
        Path copy = dir.resolve("store");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
        this.stage = stage;
        workspace = Workspace.open(copy, Clock.systemDefaultZone());
        model = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.FRANCE));
        stage.setWidth(1280);
        stage.setHeight(820);
        new WorkbenchView(model, stage, locale -> {}).show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void writeScreenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("reassort.screenshots"));
        Files.createDirectories(out);
        waitIdle();

        // a household-linen SKU: January white sales and spring leaflets shade its history
        SeriesKey key = workspace.seriesCharts().seriesKeys().stream()
                .filter(k -> k.sku().equals("220336") && k.channel().equals("STORE"))
                .min(Comparator.comparing((SeriesKey k) -> !k.location().equals("MAG-PARIS")))
                .orElse(workspace.seriesCharts().seriesKeys().get(0));
        robot.interact(() -> model.navigation().showSeries(key));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.seriesModel().chartProperty().get() != null
                && model.seriesModel().chartProperty().get().selection().seriesKey().isPresent());
        waitIdle();
        LocalDate first = model.seriesModel().chartProperty().get().forecastFrom();
        robot.interact(() -> {
            model.seriesModel().overrideFromProperty().set(first.plusWeeks(2));
            model.seriesModel().overrideToProperty().set(first.plusWeeks(5));
            model.seriesModel().overrideAmountProperty().set("30");
            model.seriesModel().overrideReasonProperty().set("Vitrine de Noël");
            model.seriesModel().saveOverride();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !model.seriesModel().chartProperty().get().overrides().isEmpty());
        waitIdle();
        snapshot(robot, out.resolve("series-fr.png"));

        robot.interact(() -> model.navigation().showScreen(Navigation.EXCEPTIONS));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.exceptionsModel().all().isEmpty());
        waitIdle();
        snapshot(robot, out.resolve("exceptions-fr.png"));

        robot.interact(() -> model.navigation().showScreen(Navigation.KPIS));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.kpiModel().reportProperty().get() != null);
        waitIdle();
        snapshot(robot, out.resolve("kpi-fr.png"));
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.tasks().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) png.setRGB(x, y, pixels.getArgb(x, y));
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
