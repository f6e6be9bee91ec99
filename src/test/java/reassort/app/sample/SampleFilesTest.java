package reassort.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;

/** The written sample files, read back with FastCSV and POI; headers are the canonical ones of headers.md. */
class SampleFilesTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    static Path dir;

    private static SampleRetailer sample;
    private static List<SampleFiles.WrittenFile> written;

    @BeforeAll
    static void writeSmallSample() throws IOException {
        sample = SampleRetailer.generate(42, SampleRetailer.DEFAULT_LAST_DAY, SampleSize.SMALL);
        written = SampleFiles.write(sample, dir);
    }

    private static List<CsvRecord> readCsv(String name, Charset charset) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofCsvRecord(dir.resolve(name), charset)) {
            return reader.stream().toList();
        }
    }

    private static XSSFWorkbook workbook(String name) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(dir.resolve(name)));
    }

    private static List<String> header(Row row) {
        List<String> header = new ArrayList<>();
        row.forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    @Test
    void writesEveryFileAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "reassort-sample.xlsx", "articles.csv", "sites.csv", "fournisseurs.csv", "stock.csv",
                    "stock-hebdo.csv", "commandes.csv", "promotions.csv", "ventes.csv", "ventes-semaines-magasins.xlsx");
        }
        assertThat(written).hasSize(10);
        assertThat(written.stream().filter(f -> f.path().getFileName().toString().equals("ventes.csv")))
                .singleElement().extracting(SampleFiles.WrittenFile::rows).isEqualTo((long) sample.sales().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "articles.csv     | Code article;Libellé;Catégorie;Coût unitaire;Prix de vente;Fournisseur;Référence fournisseur;Colisage;Minimum de commande",
        "sites.csv        | Site;Nom;Type;Région;Approvisionné par;Click & collect;Ship from store",
        "fournisseurs.csv | Fournisseur;Nom;Délai (jours);Écart-type délai (jours);Jours de commande;Minimum de commande (€)",
        "stock.csv        | Date;Code article;Magasin;Stock physique;Réservé;En transit;Reliquats",
        "stock-hebdo.csv  | Date;Code article;Magasin;Stock physique;Réservé;En transit;Reliquats",
        "commandes.csv    | N° commande;Code article;Magasin;Fournisseur;Quantité;Date prévue;Confirmée",
        "promotions.csv   | Code promo;Nom;Code article;Catégorie;Canaux;Magasin;Début;Fin;Remise %;Mécanique"
    })
    void frenchCsvFilesAreUtf8WithBomCrlfAndTheCanonicalHeaders(String name, String header) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(header + "\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void salesAreAWindows1252LegacyExportWithReturnsAsNegativeLines() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("ventes.csv"));
        assertThat(new String(bytes, 0, 60, WINDOWS_1252)).startsWith("Date;Code article;Magasin;Canal;Quantité;CA;Code promo\r\n");
        assertThat(bytes[0]).isEqualTo((byte) 'D');
        assertThat(bytes[39]).as("é of Quantité in one byte").isEqualTo((byte) 0xE9);

        List<CsvRecord> records = readCsv("ventes.csv", WINDOWS_1252);
        assertThat(records).hasSize(sample.sales().size() + 1);
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        long quantity = 0;
        long negativeLines = 0;
        double amount = 0;
        for (CsvRecord record : records.subList(1, records.size())) {
            LocalDate date = LocalDate.parse(record.getField(0), dayFirst);
            assertThat(date).isBetween(sample.firstDay(), sample.lastDay());
            long units = Long.parseLong(record.getField(4));
            quantity += units;
            negativeLines += units < 0 ? 1 : 0;
            assertThat(record.getField(5)).matches("-?\\d+,\\d{2}");
            amount += Double.parseDouble(record.getField(5).replace(',', '.'));
        }
        double expectedQuantity = 0;
        double expectedAmount = 0;
        for (SalesLine line : sample.sales()) {
            int sign = line.kind() == SalesKind.RETURN ? -1 : 1;
            expectedQuantity += sign * line.quantity();
            expectedAmount += sign * line.amount();
        }
        assertThat(quantity).isEqualTo(Math.round(expectedQuantity));
        assertThat(amount).isCloseTo(expectedAmount, org.assertj.core.api.Assertions.within(0.01));
        assertThat(negativeLines).isEqualTo(sample.sales().stream().filter(l -> l.kind() == SalesKind.RETURN).count());
    }

    @Test
    void frenchFilesUseFrenchWordsForTypesFlagsDaysAndMechanics() throws IOException {
        assertThat(readCsv("sites.csv", StandardCharsets.UTF_8).stream().skip(1).map(r -> r.getField(2)).distinct())
                .containsExactlyInAnyOrder("Entrepôt", "Hub", "Magasin");
        assertThat(readCsv("sites.csv", StandardCharsets.UTF_8).stream().skip(1).map(r -> r.getField(5)).distinct())
                .containsExactlyInAnyOrder("oui", "non");
        assertThat(readCsv("fournisseurs.csv", StandardCharsets.UTF_8).stream().skip(1).map(r -> r.getField(4)))
                .contains("lun,jeu", "mar", "");
        assertThat(readCsv("promotions.csv", StandardCharsets.UTF_8).stream().skip(1).map(r -> r.getField(9)).distinct())
                .contains("Remise", "Lot", "Tête de gondole", "Prospectus");
        assertThat(readCsv("articles.csv", StandardCharsets.UTF_8).get(1).getField(4)).matches("\\d+,\\d{2}");
    }

    @Test
    void workbookHasOneSheetPerDatasetWithEnglishHeadersAndTypedCells() throws IOException {
        try (XSSFWorkbook book = workbook("reassort-sample.xlsx")) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Products", "Locations", "Suppliers", "Stock", "Purchase orders", "Promotions", "Sales");
            Map<String, String> headers = Map.of(
                    "Products", "SKU|Label|Category|Unit cost|Unit price|Supplier|Supplier reference|Pack size|MOQ",
                    "Locations", "Location|Name|Type|Region|Supplied by|Click & collect|Ship from store",
                    "Suppliers", "Supplier|Name|Lead time (days)|Lead time std dev (days)|Order days|Minimum order value",
                    "Stock", "Date|SKU|Location|On hand|Reserved|In transit|Backorders",
                    "Purchase orders", "Order|SKU|Location|Supplier|Quantity|Expected date|Confirmed",
                    "Promotions", "Code|Name|SKU|Category|Channels|Location|Start|End|Discount %|Mechanic",
                    "Sales", "Date|SKU|Location|Channel|Quantity|Amount|Promo code");
            headers.forEach((sheet, header) ->
                    assertThat(String.join("|", header(book.getSheet(sheet).getRow(0)))).as(sheet).isEqualTo(header));

            XSSFSheet sales = book.getSheet("Sales");
            assertThat(sales.getLastRowNum()).isEqualTo(sample.sales().size());
            SalesLine first = sample.sales().get(0);
            Row row = sales.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.date());
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.sku());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(first.quantity());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(first.amount());
            assertThat(book.getSheet("Stock").getLastRowNum()).isEqualTo(sample.stock().size());
            assertThat(book.getSheet("Locations").getRow(1).getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(book.getSheet("Locations").getRow(1).getCell(2).getStringCellValue()).isEqualTo("WAREHOUSE");
            assertThat(book.getSheet("Suppliers").getRow(1).getCell(4).getStringCellValue()).isEqualTo("Mon,Thu");
        }
    }

    @Test
    void weeklyStoreSalesMatchTheDailyStoreSales() throws IOException {
        List<LocalDate> mondays = SampleFiles.lastCompleteWeeks(sample.lastDay(), SampleFiles.WEEKS_ACROSS);
        assertThat(mondays.get(51)).isEqualTo(LocalDate.of(2026, 11, 9));
        Map<String, long[]> daily = new HashMap<>();
        for (SalesLine line : sample.sales()) {
            long week = ChronoUnit.DAYS.between(mondays.get(0), line.date()) / 7;
            if (line.kind() == SalesKind.SALE && line.channel().equals("STORE") && !line.date().isBefore(mondays.get(0))) {
                daily.computeIfAbsent(line.sku() + "@" + line.location(), k -> new long[52])[(int) week] += (long) line.quantity();
            }
        }
        try (XSSFWorkbook book = workbook("ventes-semaines-magasins.xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = header(sheet.getRow(0));
            assertThat(header).hasSize(4 + 52);
            assertThat(header.subList(0, 5)).containsExactly("Code article", "Libellé", "Magasin", "Canal", "S47 2025");
            assertThat(header).contains("S01 2026", "S07 2026").endsWith("S46 2026");
            long rows = sample.series().stream().filter(s -> s.channel().equals("STORE")).count();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            long total = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                long[] expected = daily.getOrDefault(row.getCell(0).getStringCellValue() + "@" + row.getCell(2).getStringCellValue(), new long[52]);
                for (int w = 0; w < 52; w++) {
                    Cell cell = row.getCell(4 + w);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat((long) cell.getNumericCellValue()).isEqualTo(expected[w]);
                    total += (long) cell.getNumericCellValue();
                }
            }
            assertThat(total).isPositive().isEqualTo(daily.values().stream().flatMapToLong(java.util.Arrays::stream).sum());
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-11-15, 2026-11-09", "2026-11-14, 2026-11-02", "2026-11-16, 2026-11-09"})
    void weeksAcrossEndWithTheLastCompleteWeek(LocalDate lastDay, LocalDate lastMonday) {
        List<LocalDate> mondays = SampleFiles.lastCompleteWeeks(lastDay, 52);
        assertThat(mondays).hasSize(52).last().isEqualTo(lastMonday);
        assertThat(mondays.get(0)).isEqualTo(lastMonday.minusWeeks(51));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-09, S07 2026", "2025-12-29, S01 2026", "2027-01-04, S01 2027", "2026-12-28, S53 2026"})
    void weekHeadersUseTheIsoWeekAndItsYear(LocalDate monday, String header) {
        assertThat(SampleFiles.weekHeader(monday)).isEqualTo(header);
    }
}
