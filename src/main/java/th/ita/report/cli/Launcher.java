package th.ita.report.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContextInitializer;

import picocli.CommandLine;

import th.ita.report.text.ThaiMessages;

/**
 * Reads the command line and runs the command, before anything else starts: {@code --help} and
 * {@code --version} do nothing else, a wrong option or value is refused with one Thai line and exit
 * status 2 before anything is created on disk, and only a valid command starts the application.
 * Options that are Spring settings ({@code --spring.*}, {@code --ita.*}, {@code --logging.*}) go to
 * the application as they are.
 */
public final class Launcher {

    static final String DEFAULT_COMMAND = "compile";

    private static final List<String> SETTING_PREFIXES = List.of("--spring.", "--ita.", "--logging.");
    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Launcher() {
    }

    /**
     * Runs one command line and returns its exit status.
     *
     * @param initializers added to the application's own (the crash tests use one to stop at a chosen moment)
     */
    public static int run(String[] arguments, ApplicationContextInitializer<?>... initializers) {
        return run(System.out, arguments, initializers);
    }

    /** The same, writing to {@code console} (UTF-8) instead of standard output. */
    public static int run(PrintStream stream, String[] arguments, ApplicationContextInitializer<?>... initializers) {
        List<String> settings = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String argument : arguments) {
            (SETTING_PREFIXES.stream().anyMatch(argument::startsWith) ? settings : words).add(argument);
        }
        if (words.isEmpty() || (words.get(0).startsWith("-") && !ROOT_OPTIONS.contains(words.get(0)))) {
            words.add(0, DEFAULT_COMMAND);
        }
        PrintStream out = new PrintStream(stream, true, StandardCharsets.UTF_8);
        ThaiMessages messages = ThaiMessages.standalone();
        Console console = new Console(out, messages);
        Session session = new Session(console, new AppStarter(settings, List.of(initializers)));
        CommandLine commandLine = new CommandLine(new ItaReportCommand(), new CommandFactory(session));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(out, true));
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setParameterExceptionHandler(new Refusals(console));
        commandLine.setExecutionExceptionHandler(new Failures(console));
        return commandLine.execute(words.toArray(String[]::new));
    }

    /** Makes the commands with the session they share. */
    private record CommandFactory(Session session) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(Session.class);
                constructor.setAccessible(true);
                return constructor.newInstance(session);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
