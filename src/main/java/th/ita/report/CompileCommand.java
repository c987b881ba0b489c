package th.ita.report;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code compile [--input=DIR] [--output=DIR] [--job=FILE] [--quiet-period=PT1M]}: the nightly job.
 */
@Component
class CompileCommand implements Command {

    private final ReportCompiler compiler;

    CompileCommand(ReportCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        return compiler.compile(Path.of(Command.option(args, "input", "input")),
                Path.of(Command.option(args, "output", "output")), Command.definition(args),
                Command.option(args, "quiet-period", null));
    }
}
