package reassort.app.cli;

import picocli.CommandLine;

/** The one list of subcommands; add a command here and nowhere else. */
final class CliCommands {
    private CliCommands() {}

    static void register(CommandLine cli) {
        cli.addSubcommand(new ImportCommand());
        cli.addSubcommand(new LoadSampleCommand());
        cli.addSubcommand(new GenerateSampleCommand());
        cli.addSubcommand(new BenchStoreCommand());
        cli.addSubcommand(new BenchImportCommand());
        cli.addSubcommand(new BenchPolicyCommand());
        cli.addSubcommand(new ForecastEvalCommand());
        cli.addSubcommand(new ForecastCommand());
        cli.addSubcommand(new ForecastOverrideCommand());
        cli.addSubcommand(new ForecastLevelsCommand());
        cli.addSubcommand(new PlanCommand());
        cli.addSubcommand(new BenchWorkbenchCommand());
    }
}
