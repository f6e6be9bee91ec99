package reassort.ui.allocation;

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
import reassort.app.workbench.AllocationRow;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.UiPreferences;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * Not a test: renders the real allocation screen in French over the planned and allocated SMALL sample (with the
 * sample rules file, an edit and an approval made through the store, a scarce row selected) and writes
 * {@code allocation-fr.png} into the directory named by {@code -Dreassort.screenshots}.
 * Run: {@code ./mvnw -B -o test -Dtest=AllocationScreenshots -Dreassort.screenshots=$PWD/docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "reassort.screenshots", matches = ".+")
class AllocationScreenshots {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void allocationScreenInFrench(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("reassort.screenshots")));
        try (Workspace workspace = Workspace.open(SampleStores.importSmall(5, dir, WEDNESDAY), WEDNESDAY)) {
            workspace.plans().run(false, null);
            workspace.allocations().importRules(Path.of("data-samples/allocation/allocation-rules.csv"));
            workspace.allocations().run(null);
            List<StoredAllocation> scarce = workspace.allocations().allocations().stream()
                    .filter(StoredAllocation::scarce).toList();
            StoredAllocation edited = scarce.get(1);
            workspace.allocations().edit(edited.sku(), edited.location(), edited.channel(), edited.quantity() + 1,
                    "Vitrine de Noël");
            workspace.allocations().setStatus(edited.sku(), edited.location(), edited.channel(), ProposalStatus.APPROVED,
                    null);
            Stage[] stage = new Stage[1];
            WorkbenchViewModel[] model = new WorkbenchViewModel[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                stage[0].setWidth(1280);
                stage[0].setHeight(800);
                model[0] = new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.FRENCH),
                        UiPreferences.inMemory());
                new WorkbenchView(model[0], stage[0], l -> {}).show();
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model[0].tasks().runningProperty().get());
            robot.interact(() -> model[0].navigation().showScreen(Navigation.ALLOCATION));
            TableView<AllocationRow> table = robot.lookup("#allocationsTable").queryTableView();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                    && !model[0].tasks().runningProperty().get());
            robot.clickOn("#allocationScarceOnly");
            robot.interact(() -> {
                int at = 0;
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).sku().equals(edited.sku())
                            && table.getItems().get(i).location().equals(edited.location())
                            && table.getItems().get(i).channel().equals(edited.channel())) at = i;
                }
                table.getSelectionModel().clearAndSelect(at);
                table.scrollTo(Math.max(0, at - 3));
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model[0].tasks().runningProperty().get()
                    && !robot.lookup("#atpTable").queryTableView().getItems().isEmpty());
            Thread.sleep(300);
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = stage[0].getScene().snapshot(null));
            ImageIO.write(image(shot[0]), "png", out.resolve("allocation-fr.png").toFile());
            robot.interact(stage[0]::close);
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
