package th.ita.report;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code java -jar ita-report.jar [--input=DIR] [--output=DIR] [--job=FILE]
 * [--quiet-period=PT1M]}. Tests switch it off ({@code ita.cli.enabled=false}) and call
 * {@link ReportCompiler} themselves.
 */
@Component
@ConditionalOnProperty(name = "ita.cli.enabled", havingValue = "true", matchIfMissing = true)
class CompileCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ReportCompiler compiler;
    private int exitCode;

    CompileCommand(ReportCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String job = option(args, "job", null);
        exitCode = compiler.compile(Path.of(option(args, "input", "input")), Path.of(option(args, "output", "output")),
                job == null ? ReportCompiler.defaultDefinition() : Path.of(job), option(args, "quiet-period", null));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
