package reassort.ui.proposals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.app.workbench.ItemKey;
import reassort.app.workbench.GridRow;
import reassort.app.workbench.PlanStatus;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * Not a test: renders the real proposals screen over the planned SMALL sample (a few edits and approvals made
 * through the store) and writes PNGs into the directory named by {@code -Dreassort.screenshots=docs/screenshots}.
 * Run: {@code ./mvnw -B -o test -Dtest=ProposalsScreenshots -Dreassort.screenshots=$PWD/docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "reassort.screenshots", matches = ".+")
class ProposalsScreenshots {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void proposalsScreenInEnglishAndFrench(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("reassort.screenshots")));
        try (Workspace workspace = Workspace.open(SampleStores.importSmall(3, dir, WEDNESDAY), WEDNESDAY)) {
            workspace.plans().run(false, null);
            var desk = workspace.proposalDesk();
            var grid = desk.grid();
            List<GridRow> rows = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::row).toList();
            desk.edit(rows.get(1).key(), rows.get(1).quantity() + 24, null, "Local fair next week");
            desk.setStatus(List.of(rows.get(3).key()), PlanStatus.APPROVED, null);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                Stage[] stage = new Stage[1];
                WorkbenchViewModel[] model = new WorkbenchViewModel[1];
                robot.interact(() -> {
                    stage[0] = new Stage();
                    stage[0].setWidth(1280);
                    stage[0].setHeight(800);
                    model[0] = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(locale),
                            UiPreferences.inMemory());
                    new WorkbenchView(model[0], stage[0], l -> {}).show();
                });
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model[0].tasks().runningProperty().get());
                robot.interact(() -> model[0].navigation().showProposal(rows.get(1).sku(), rows.get(1).location()));
                TableView<?> table = robot.lookup("#proposalsTable").queryTableView();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model[0].tasks().runningProperty().get()
                        && !robot.lookup("#explanationArea").queryTextInputControl().getText().isEmpty());
                Thread.sleep(300);
                WritableImage[] shot = new WritableImage[1];
                robot.interact(() -> shot[0] = stage[0].getScene().snapshot(null));
                ImageIO.write(image(shot[0]), "png", out.resolve("proposals-" + locale.getLanguage() + ".png").toFile());
                robot.interact(stage[0]::close);
            }
        }
    }

    private static BufferedImage image(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) image.setRGB(x, y, pixels.getArgb(x, y));
        }
        return image;
    }
}
