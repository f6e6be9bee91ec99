package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theLatestSchemaVersionIsTheNewestMigration() throws Exception {
        assertThat(Database.LATEST_SCHEMA_VERSION)
                .as("Database.LATEST_SCHEMA_VERSION must follow the newest file in db/migration")
                .isEqualTo(newestMigration());
    }

    @Test
    void aStoreReopenedAtTheLatestSchemaKeepsItsDataAndHistory(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.rememberMapping("shape", "mapping");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.rememberedMapping("shape")).contains("mapping");
            assertThat(store.tableNames()).contains("flyway_schema_history", "AUDIT_ENTRY");
        }
    }

    @Test
    void aStoreAtTheLatestSchemaIsRecognisedSoItOpensWithoutFlyway(@TempDir Path dir) {
        Database.open(dir).close();
        try (Database reopened = Database.open(dir)) {
            assertThat(reopened.isAtLatestSchema()).isTrue();
        }
    }

    private static int newestMigration() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(SchemaVersionTest.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
    }
}
