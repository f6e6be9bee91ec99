package reassort.app.cli;

import picocli.CommandLine;

/** The one list of subcommands; add a command here and nowhere else. */
final class CliCommands {
    private CliCommands() {}

    static void register(CommandLine cli) {
        // subcommands are added here as they land
        cli.addSubcommand(new ForecastEvalCommand());
    }
}
