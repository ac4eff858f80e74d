package dev.tandem.cli;

import dev.tandem.model.TandemException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code java -jar tandem.jar <command>}: the entry point and the mapping of errors to exit codes. */
@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Tandem, a translation workbench: import articles, translate them in the browser, export bilingual files.")
public final class Main implements Runnable {

    /**
     * Every command by its name, in the order {@code --help} lists them. Only the one a command line
     * names is built: picocli reads a command's annotations when it is added, and reading all of
     * them cost a quick command like {@code segment} more than its own work. (The names are the
     * commands' own; {@code CliTest.everyCommandIsFoundByItsOwnName} holds them equal.)
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("serve", ServeCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("extract", ExtractCommand.class);
        commands.put("segment", SegmentCommand.class);
        commands.put("resegment", ResegmentCommand.class);
        commands.put("align", AlignCommand.class);
        commands.put("coverage", CoverageCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("user", UserCommand.class);
        commands.put("token", TokenCommand.class);
        commands.put("tm", TmCommand.class);
        commands.put("pretranslate", PretranslateCommand.class);
        commands.put("analyze", AnalyzeCommand.class);
        commands.put("glossary", GlossaryCommand.class);
        commands.put("qa", QaCommand.class);
        commands.put("db", DbCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("train-start-up", StartUpTrainingCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** Bad input: a missing file, an unknown language, an unsupported or malformed file. */
    public static final int EXIT_BAD_INPUT = 2;
    /** A bug in Tandem, not in the input; the message says so. */
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        // UTF-8 whatever the platform's default: exports and sentences are UTF-8 text.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err, args).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line for {@code args}: with the command they name, or with every command (for help, or a mistake). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        Class<?> chosen = COMMANDS.get(named);
        if (chosen == null || named.equals("help")) {
            COMMANDS.values().forEach(commandLine::addSubcommand);
        } else {
            commandLine.addSubcommand(chosen);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, badArgs) -> {
            e.getCommandLine().getErr().println("tandem: " + e.getMessage() + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof TandemException tandem) {
                cmd.getErr().println("tandem: " + tandem.getMessage());
                return EXIT_BAD_INPUT;
            }
            cmd.getErr().println("tandem: internal error: " + e + " (please report it)");
            return EXIT_INTERNAL;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"tandem " + (version == null ? "(development build)" : version)};
        }
    }
}
