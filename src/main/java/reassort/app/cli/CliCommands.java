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
        cli.addSubcommand(new BenchPlanCommand());
        cli.addSubcommand(new ForecastEvalCommand());
        cli.addSubcommand(new ForecastCommand());
        cli.addSubcommand(new ForecastOverrideCommand());
        cli.addSubcommand(new ForecastLevelsCommand());
        cli.addSubcommand(new PlanCommand());
        cli.addSubcommand(new KpiCommand());
        cli.addSubcommand(new ExceptionsCommand());
        cli.addSubcommand(new AllocateCommand());
        cli.addSubcommand(new BenchAllocationCommand());
        cli.addSubcommand(new ProposalsCommand());
        cli.addSubcommand(new AllocationsCommand());
        cli.addSubcommand(new TransfersCommand());
        cli.addSubcommand(new SelfTestCommand());
        cli.addSubcommand(new ScenarioCommand());
        cli.addSubcommand(new BenchScenarioCommand());
        cli.addSubcommand(new ExportCommand());
        cli.addSubcommand(new ExportReviewCommand());
        cli.addSubcommand(new ImportReviewCommand());
        cli.addSubcommand(new BenchExportCommand());
        cli.addSubcommand(new BenchWorkbenchCommand());
    }
}
