package reassort.ui.export;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import reassort.app.Workspace;
import reassort.app.export.OrderBook;
import reassort.store.Store;
import reassort.ui.common.FxTaskRunner;
import reassort.ui.common.I18n;
import reassort.ui.workbench.WorkbenchView;
import reassort.ui.workbench.WorkbenchViewModel;

/**
 * Not a test: renders the export and review dialogs headless (Monocle) in French with the order book and writes
 * them to docs/screenshots. Run with {@code ./mvnw -o -q test -Dtest=ExportScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ExportScreenshots {
    private static final Path OUT = Path.of("docs", "screenshots");
    private Workspace workspace;
    private WorkbenchView view;
    private Path work;

    @Start
    void start(Stage stage) throws Exception {
        work = Files.createTempDirectory("export-shots");
        try (Store store = Store.open(work.resolve("store"), Clock.systemUTC())) {
            OrderBook.fill(store);
        }
        workspace = Workspace.open(work.resolve("store"), Clock.systemUTC());
        view = new WorkbenchView(new WorkbenchViewModel(workspace, new FxTaskRunner(), I18n.of(Locale.FRANCE)),
                stage, locale -> {});
        view.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        ExportViewModel[] model = new ExportViewModel[1];
        robot.interact(() -> {
            model[0] = view.openExport(Set.of());
            model[0].targetProperty().set(Path.of("/home/planif/commandes-2026-11-22.xlsx"));
        });
        save(robot, "#exportRoot", OUT.resolve("export-fr.png"));

        Path review = work.resolve("revue.xlsx");
        workspace.reviews().writeReview(review, reassort.app.export.ExportLanguage.FRENCH, null);
        Path edited = work.resolve("revue-modifiee.xlsx");
        try (InputStream in = Files.newInputStream(review); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(edited)) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() < 5) continue;
                String sku = row.getCell(0).getStringCellValue();
                if (sku.equals("P1")) {
                    row.getCell(6).setCellValue(row.getCell(6).getNumericCellValue() + 6);
                    row.createCell(8).setCellValue("Salon de la cuisine");
                } else if (sku.equals("P3")) {
                    row.getCell(6).setCellValue("beaucoup");
                }
            }
            book.write(out);
        }
        // A colleague changes P1 at Lyon in the meantime: a conflict.
        workspace.plans().edit("P1", "MAG-LYON", 18, null, "Appel du magasin");
        robot.interact(() -> view.openReview(edited));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reviewMessageLabel").tryQuery()
                .map(n -> !((Label) n).getText().startsWith("Lecture")).orElse(false));
        save(robot, "#reviewRoot", OUT.resolve("review-fr.png"));
        workspace.close();
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void save(FxRobot robot, String rootId, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup(rootId).query().getScene();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        PixelReader pixels = image[0].getPixelReader();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        ImageIO.write(out, "png", file.toFile());
    }
}
