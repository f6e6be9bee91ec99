package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.CancelledException;
import reassort.domain.Dataset;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;

/** A 200,000-row workbook read as a stream: content, progress, cancellation, and no row kept by the importer. */
class StreamingTest {
    static final int ROWS = 200_000;
    static final String[] CHANNELS = {"STORE", "WEB", "MKP", "CC"};

    @TempDir
    static Path dir;

    static Path workbook;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        workbook = dir.resolve("ventes-200k.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook wb = new Workbook(out, "Reassort tests", "1.0");
            Worksheet ws = wb.newWorksheet("Ventes");
            String[] headers = {"Date", "Code article", "Magasin", "Canal", "Quantité", "CA", "Code promo"};
            for (int c = 0; c < headers.length; c++) ws.value(0, c, headers[c]);
            ws.style(0).format("dd/mm/yyyy").set();
            for (int r = 1; r <= ROWS; r++) {
                int i = r - 1;
                ws.value(r, 0, LocalDate.of(2024, 1, 1).plusDays(i / 1_000));
                ws.value(r, 1, "SKU-" + (i % 5_000));
                ws.value(r, 2, "STORE-" + (i % 120));
                ws.value(r, 3, CHANNELS[i % CHANNELS.length]);
                ws.value(r, 4, quantity(i));
                ws.value(r, 5, quantity(i) * 2.5);
                if (i % 50 == 0) ws.value(r, 6, "PROMO-" + (i / 10_000));
                if (r % 10_000 == 0) ws.flush();
            }
            wb.finish();
        }
    }

    static int quantity(int i) {
        return i % 17 == 0 ? -1 : 1 + i % 9;
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void everyRowArrivesWithItsContent() {
        Map<String, Long> perChannel = new java.util.TreeMap<>();
        double[] soldUnits = {0};
        double[] returnedUnits = {0};
        long[] onPromotion = {0};
        List<SalesLine> firstAndLast = new ArrayList<>();
        SalesLine[] last = {null};

        ReadResult result = TestFiles.importer().read(workbook, null, record -> {
            SalesLine line = (SalesLine) record;
            perChannel.merge(line.channel(), 1L, Long::sum);
            if (line.kind() == SalesKind.SALE) soldUnits[0] += line.quantity();
            else returnedUnits[0] += line.quantity();
            if (line.onPromotion()) onPromotion[0]++;
            if (firstAndLast.isEmpty()) firstAndLast.add(line);
            last[0] = line;
        }, null);

        double expectedSold = 0;
        double expectedReturned = 0;
        for (int i = 0; i < ROWS; i++) {
            if (quantity(i) < 0) expectedReturned -= quantity(i);
            else expectedSold += quantity(i);
        }
        assertThat(result.issues()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(ROWS);
        assertThat(result.records(Dataset.SALES)).isEqualTo(ROWS);
        assertThat(perChannel).containsOnlyKeys(CHANNELS).allSatisfy((channel, count) ->
                assertThat(count).isEqualTo(ROWS / 4));
        assertThat(soldUnits[0]).isEqualTo(expectedSold);
        assertThat(returnedUnits[0]).isEqualTo(expectedReturned);
        assertThat(onPromotion[0]).isEqualTo(ROWS / 50);
        assertThat(firstAndLast.get(0)).isEqualTo(new SalesLine(LocalDate.of(2024, 1, 1), "SKU-0", "STORE-0",
                "STORE", SalesKind.RETURN, 1, 2.5, "PROMO-0"));
        int i = ROWS - 1;
        assertThat(last[0].date()).isEqualTo(LocalDate.of(2024, 1, 1).plusDays(i / 1_000));
        assertThat(last[0].sku()).isEqualTo("SKU-" + (i % 5_000));
        assertThat(last[0].quantity()).isEqualTo(Math.abs(quantity(i)));
    }

    @Test
    void progressReportsRowCountsAndBareParseCountsEveryCell() {
        List<Long> reported = new ArrayList<>();
        TestFiles.importer().read(workbook, null, record -> {}, (done, total, message) -> reported.add(done));
        long cells = TestFiles.importer().bareParse(workbook, null);

        assertThat(reported).contains(10_000L, 100_000L, (long) ROWS);
        assertThat(reported).isSorted();
        assertThat(cells).isEqualTo(7 + ROWS * 6L + ROWS / 50);
    }

    @Test
    void recordsAlreadyHandedOverAreNotKeptByTheImporter() {
        List<WeakReference<Record>> early = new ArrayList<>();
        boolean[] collected = {false};

        TestFiles.importer().read(workbook, null, record -> {
            if (early.size() < 1_000) early.add(new WeakReference<>(record));
            if (early.size() == 1_000 && !collected[0] && ((SalesLine) record).date().isAfter(
                    LocalDate.of(2024, 5, 1))) {
                // Half-way through: the early records must be collectable (nothing in the importer holds them).
                for (int attempt = 0; attempt < 20 && !collected[0]; attempt++) {
                    System.gc();
                    collected[0] = early.stream().allMatch(reference -> reference.get() == null);
                }
            }
        }, null);

        assertThat(collected[0]).as("early records collected mid-read").isTrue();
    }

    @Test
    void interruptingTheThreadCancelsTheRead() {
        long[] received = {0};

        assertThatThrownBy(() -> TestFiles.importer().read(workbook, null, record -> {
            if (++received[0] == 5_000) Thread.currentThread().interrupt();
        }, null)).isInstanceOf(CancelledException.class);

        assertThat(received[0]).isBetween(5_000L, 5_000L + SheetImporter.CANCEL_CHECK_ROWS);
    }

    @Test
    void interruptingTheThreadCancelsABareParse() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> TestFiles.importer().bareParse(workbook, null))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void aLargeCsvStreamsTheSameWay() throws IOException {
        Path csv = dir.resolve("ventes-200k.csv");
        try (var out = Files.newBufferedWriter(csv, TestFiles.WINDOWS_1252)) {
            out.write("Date;Code article;Magasin;Canal;Quantité;CA\r\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i / 1_000);
                out.write(String.format("%02d/%02d/%d;SKU-%d;STORE-%d;%s;%d;%s\r\n", date.getDayOfMonth(),
                        date.getMonthValue(), date.getYear(), i % 5_000, i % 120, CHANNELS[i % 4], quantity(i),
                        String.valueOf(quantity(i) * 2.5).replace('.', ',')));
            }
        }
        Map<SalesKind, Double> units = new EnumMap<>(SalesKind.class);

        ReadResult result = TestFiles.importer().read(csv, null,
                record -> units.merge(((SalesLine) record).kind(), ((SalesLine) record).quantity(), Double::sum), null);

        assertThat(result.issues()).isEmpty();
        assertThat(result.records(Dataset.SALES)).isEqualTo(ROWS);
        assertThat(units.get(SalesKind.RETURN)).isEqualTo((ROWS + 16) / 17);
    }
}
