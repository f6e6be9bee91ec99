package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;

class ScenarioCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsAPromotionFileSavesListsPromotesAndDeletesTheScenario() throws IOException {
        Path store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        assertThat(CliTest.run("plan", "--store", store.toString(), "--forecast", "-q").exitCode()).isZero();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        Path promos = Files.writeString(dir.resolve("promos.csv"), "Code promo;Nom;Code article;Catégorie;Canaux;Magasin;"
                + "Début;Fin;Remise %;Mécanique\nNOEL;Noël jouets;;Jouets;;;" + start + ";" + start.plusDays(13)
                + ";33;Lot\n");

        CliTest.Run run = CliTest.run("scenario", "run", "--promotions", promos.toString(), "--name", "Noël",
                "--uplift", "2", "--store", store.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenario Noël:", "NOEL", "entered by the planner", "Per channel",
                "stock value at end", "cycle service %", "Extra stock to buy per week", "Proposals changed:");
        assertThat(run.out()).containsPattern("(?m)^scenario=Noël affected=[1-9]\\d* changed=\\d+ extra_units=[1-9]\\d* ");

        CliTest.Run list = CliTest.run("scenario", "list", "--store", store.toString());
        assertThat(list.out()).contains("Noël", "1 promotion(s)", "units");

        CliTest.Run promote = CliTest.run("scenario", "promote", "Noël", "--store", store.toString(), "-q");
        assertThat(promote.exitCode()).as(promote.err()).isZero();
        assertThat(promote.out()).contains("Scenario Noël promoted:", "audited as PROMOTE", "The stored allocation is not changed");

        assertThat(CliTest.run("scenario", "delete", "Noël", "--store", store.toString()).exitCode()).isZero();
        CliTest.Run gone = CliTest.run("scenario", "promote", "Noël", "--store", store.toString());
        assertThat(gone.exitCode()).isNotZero();
        assertThat(gone.err().strip()).doesNotContain("\n").contains("No scenario named \"Noël\"", "scenario list");
    }

    @Test
    void printsTheScenariosAllocationAgainstThePlansPerChannelAndLocation() throws IOException {
        Path store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        assertThat(CliTest.run("plan", "--store", store.toString(), "--forecast", "-q").exitCode()).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path promos = Files.writeString(dir.resolve("web.csv"), "Code;Name;SKU;Category;Channels;Location;Start;End;"
                + "Discount %;Mechanic\nWEBNOW;Web week;;Cuisine;WEB;;" + today.minusDays(1) + ";" + today.plusDays(10)
                + ";25;Discount\n");

        CliTest.Run run = CliTest.run("scenario", "run", "--promotions", promos.toString(), "--uplift", "3",
                "--store", store.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Allocation of the", "need base → scen", "per location", "transfers:",
                "allocation lines changed:");
        assertThat(run.out()).containsPattern("(?m)^  WEB +\\d+ → +\\d+ ");
        assertThat(run.out()).containsPattern("(?m)^allocation=computed allocated=\\d+→\\d+ shortfall=\\d+→\\d+ "
                + "lines_changed=[1-9]\\d* transfers_added=\\d+$");
    }

    @Test
    void saysWhyTheAllocationIsNotComputedWithoutAPlan() throws IOException {
        Path store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        assertThat(CliTest.run("forecast", "--store", store.toString(), "-q").exitCode()).isZero();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        Path promos = Files.writeString(dir.resolve("toys.csv"), "Code;Name;SKU;Category;Channels;Location;Start;End;"
                + "Discount %;Mechanic\nNOEL;Toys;;Jouets;;;" + start + ";" + start.plusDays(13) + ";33;Discount\n");

        CliTest.Run run = CliTest.run("scenario", "run", "--promotions", promos.toString(), "--uplift", "2",
                "--store", store.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Allocation not computed: no replenishment plan in the store yet",
                "allocation=not_computed");
    }

    @Test
    void aMissingPromotionFileIsRefusedInOneLine() {
        CliTest.Run run = CliTest.run("scenario", "run", "--promotions", dir.resolve("none.csv").toString(),
                "--store", dir.resolve("s").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist");
    }
}
