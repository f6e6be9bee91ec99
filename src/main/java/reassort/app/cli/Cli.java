package reassort.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import reassort.domain.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code reassort COMMAND …}. Every failure becomes one line on stderr and a non-zero exit
 * code, never a stack trace (those go to the log).
 */
@Command(
        name = "reassort",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Replenishment planning for multichannel retail. Without a command, opens the workbench.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        CliCommands.register(cli);
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("reassort: " + ex.getMessage() + " Try 'reassort --help'.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("reassort: " + oneLine(ex));
            org.slf4j.LoggerFactory.getLogger(Cli.class).debug("Command failed", ex);
            if (ex instanceof CliFailure failure) return failure.exitCode();
            if (ex instanceof CancelledException) return EXIT_CANCELLED;
            return EXIT_FAILURE;
        });
        return cli;
    }

    /** The planner-facing reason: the deepest message worth reading, on one line. */
    static String oneLine(Throwable ex) {
        Throwable shown = ex;
        while ((shown instanceof UncheckedIOException || shown.getMessage() == null) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() != null ? shown.getMessage() : shown.getClass().getSimpleName();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Reassort " + (version == null ? "development build" : version)};
        }
    }
}
