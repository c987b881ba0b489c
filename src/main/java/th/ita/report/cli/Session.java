package th.ita.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.run.ExitCode;
import th.ita.report.run.RunLock;
import th.ita.report.run.RunTimes;

/**
 * What a command has once its command line is read: the console, and the way to start the
 * application on an output folder it holds. Checks that cost nothing come first, so a command that
 * is refused creates nothing on disk; then the folder's {@link RunLock}; only then the application
 * and its job repository.
 */
final class Session {

    /** The command's work, once the application is started. */
    @FunctionalInterface
    interface Work {
        ExitCode run(ConfigurableApplicationContext application) throws Exception;
    }

    private final Console console;
    private final AppStarter starter;

    Session(Console console, AppStarter starter) {
        this.console = console;
        this.starter = starter;
    }

    Console console() {
        return console;
    }

    /** The framework's own log on the console too (it always goes to the log file in the output folder). */
    void verbose(boolean verbose) {
        starter.verbose(verbose);
    }

    /**
     * A compiling command's folders and definition file are there; says why not otherwise. Creates
     * nothing, and costs next to nothing, so that a second run is refused at once: the definition
     * itself is read once the folder is held ({@link #compiling}).
     */
    boolean usable(Folders folders) {
        Path definition = folders.definition();
        if (!Files.isRegularFile(definition)) {
            console.say("definition.missing", definition);
            return false;
        }
        return inputExists(folders.input) && outputUsable(folders.output);
    }

    /** Runs a compiling command's work holding its output folder, once its job definition is read. */
    ExitCode compiling(Folders folders, String command, Work work) throws Exception {
        return holding(folders.output, command, application -> work.run(application), folders.definition());
    }

    /** The job definition can be read; says why not otherwise. */
    boolean definitionReadable(Path definition) {
        try {
            new JobDefinitionLoader().load(definition);
            return true;
        } catch (JobDefinitionException e) {
            console.say(e.code(), e.arguments());
            return false;
        }
    }

    /** The input folder exists; says so otherwise. */
    boolean inputExists(Path input) {
        if (Files.isDirectory(input)) {
            return true;
        }
        console.say("console.error.input", input.toAbsolutePath().normalize());
        return false;
    }

    /** The output folder is a folder, or can be one; says why not otherwise. Creates nothing. */
    boolean outputUsable(Path output) {
        Path folder = output.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            console.say("cli.output.notFolder", folder);
            return false;
        }
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            console.say("cli.output.unwritable", folder, existing == null ? folder : existing);
            return false;
        }
        return true;
    }

    /** Runs the work holding the output folder, with the application's job repository in it. */
    ExitCode holding(Path output, String command, Work work) throws Exception {
        return holding(output, command, work, null);
    }

    private ExitCode holding(Path output, String command, Work work, Path definition) throws Exception {
        Path folder = output.toAbsolutePath().normalize();
        boolean created = !Files.exists(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            console.say("cli.output.unwritable", folder, e.getMessage());
            return ExitCode.BAD_SETUP;
        }
        RunLock lock;
        try {
            lock = RunLock.acquire(folder, command);
        } catch (RunLock.HeldException e) {
            e.holder().ifPresentOrElse(holder -> {
                console.say("console.error.lockedBy", holder.command(), String.valueOf(holder.pid()),
                        RunTimes.of(holder.since().atZoneSameInstant(ThaiDates.BANGKOK)), folder);
            }, () -> console.say("console.error.locked"));
            return ExitCode.ANOTHER_RUN;
        }
        try (lock) {
            if (definition != null && !definitionReadable(definition)) {
                // Refused: leave the folder as it was found.
                lock.close();
                Files.deleteIfExists(folder.resolve(RunLock.FILE));
                if (created) {
                    Files.deleteIfExists(folder);
                }
                return ExitCode.BAD_SETUP;
            }
            return started(folder, work);
        }
    }

    private ExitCode started(Path output, Work work) throws Exception {
        ConfigurableApplicationContext application;
        try {
            application = starter.start(output);
        } catch (RuntimeException e) {
            throw new StartupException(e);
        }
        try (application) {
            return work.run(application);
        }
    }

    /** The application did not start (a setting, the database): reported apart from a failed run. */
    static final class StartupException extends RuntimeException {
        StartupException(Throwable cause) {
            super(cause);
        }
    }
}
