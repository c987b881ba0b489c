package th.ita.report;

import org.springframework.boot.ApplicationArguments;

/** One subcommand of the jar (compile, template, ...): its name and what it does, returning the exit code. */
public interface Command {

    String name();

    int run(ApplicationArguments args) throws Exception;

    /** The job definition: {@code --job=FILE}, or the shipped one when run from the repository root. */
    static java.nio.file.Path definition(ApplicationArguments args) {
        String job = option(args, "job", null);
        return job == null ? ReportCompiler.defaultDefinition() : java.nio.file.Path.of(job);
    }

    /** The value of {@code --name=value}, the last one when repeated, or the fallback. */
    static String option(ApplicationArguments args, String name, String fallback) {
        java.util.List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
