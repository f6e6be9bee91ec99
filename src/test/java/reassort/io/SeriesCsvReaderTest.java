package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCsvReaderTest {
    @TempDir
    Path folder;

    private Path file(String content) throws IOException {
        Path file = folder.resolve("series.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsSeriesInFirstSeenOrderWithValuesSortedByT() throws IOException {
        List<SeriesCsvReader.Series> series = SeriesCsvReader.read(file("""
                # provenance: made up for the test
                series_id,t,y
                B,2,20
                A,1,1.5
                B,1,10
                A,2,2.5
                B,3,30
                """));
        assertThat(series).extracting(SeriesCsvReader.Series::id).containsExactly("B", "A");
        assertThat(series.get(0).values()).containsExactly(10, 20, 30);
        assertThat(series.get(1).values()).containsExactly(1.5, 2.5);
        assertThat(series.get(1).firstT()).isEqualTo(1);
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() throws IOException {
        List<SeriesCsvReader.Series> series = SeriesCsvReader.read(file("Y,extra,Series_ID,T\n5,x,S1,7\n6,x,S1,8\n"));
        assertThat(series).singleElement().satisfies(s -> assertThat(s.values()).containsExactly(5, 6));
    }

    @Test
    void aNonNumericValueIsReportedWithFileLineAndValue() throws IOException {
        Path file = file("series_id,t,y\nA,1,4\nA,2,four\n");
        assertThatThrownBy(() -> SeriesCsvReader.read(file))
                .isInstanceOf(SeriesCsvReader.InvalidSeriesFileException.class)
                .hasMessageStartingWith("series.csv line 3: y value 'four' is not a number.");
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = folder.resolve("nowhere.csv");
        assertThatThrownBy(() -> SeriesCsvReader.read(missing))
                .hasMessage("Cannot read " + missing + ": no such file. Maybe check the path.");
    }

    @Test
    void gapsAndRepeatsInTAreRefused() throws IOException {
        Path gap = file("series_id,t,y\nA,1,4\nA,3,5\n");
        assertThatThrownBy(() -> SeriesCsvReader.read(gap)).hasMessageContaining("jumps from t = 1 to t = 3");
        Path twice = file("series_id,t,y\nA,1,4\nA,1,5\n");
        assertThatThrownBy(() -> SeriesCsvReader.read(twice)).hasMessageContaining("line 3").hasMessageContaining("twice");
    }

    @Test
    void aWrongHeaderNamesTheMissingColumn() throws IOException {
        Path file = file("id,period,value\nA,1,4\n");
        assertThatThrownBy(() -> SeriesCsvReader.read(file)).hasMessageContaining("no column 'series_id'");
    }

    @Test
    void numbersConvertExactlyAsJavaParsesThem() throws IOException {
        String[] texts = {"0", "-0", "1089.2", "0.1", "-12.345", "123456789012345", "1234567890123456789",
            "0.000000000000000000000001", "1e3", "2.5E-2", " 7.25 ", ".5", "5.", "-.75", "9007199254740993"};
        StringBuilder csv = new StringBuilder("series_id,t,y\n");
        for (int i = 0; i < texts.length; i++) csv.append("A,").append(i + 1).append(',').append(texts[i]).append('\n');
        double[] values = SeriesCsvReader.read(file(csv.toString())).get(0).values();
        for (int i = 0; i < texts.length; i++) {
            assertThat(Double.doubleToRawLongBits(values[i])).as(texts[i])
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(texts[i].strip())));
        }
    }

    @Test
    void quotedFieldsBomCrLfAndCommentsAreUnderstood() throws IOException {
        Path file = folder.resolve("quoted.csv");
        Files.write(file, ("\uFEFFseries_id,t,y\r\n# note\r\n\r\n\"A,1\",1,\"2.5\"\r\n\"A,1\",2,3\r\nB,1,\"x\"\"\"\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SeriesCsvReader.read(file))
                .hasMessageStartingWith("quoted.csv line 6: y value 'x\"' is not a number.");
        Files.write(file, ("\uFEFFseries_id,t,y\r\n# note\r\n\r\n\"A,1\",1,\"2.5\"\r\n\"A,1\",2,3\r\nB,1,4")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<SeriesCsvReader.Series> series = SeriesCsvReader.read(file);
        assertThat(series).extracting(SeriesCsvReader.Series::id).containsExactly("A,1", "B");
        assertThat(series.get(0).values()).containsExactly(2.5, 3);
        assertThat(series.get(1).values()).containsExactly(4);
    }

    @Test
    void aShortRowIsReportedWithItsLine() throws IOException {
        Path file = file("series_id,t,y\nA,1,4\nA;2;5\n");
        assertThatThrownBy(() -> SeriesCsvReader.read(file))
                .hasMessageStartingWith("series.csv line 3: 1 fields, expected at least 3.");
    }
}
