package th.ita.report;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code offices [--input=DIR] [--output=DIR] [--job=FILE] [--restart]}: compiles every office
 * folder of DIR (DIR/&lt;office&gt;/&lt;department&gt;.xlsx) into output/&lt;office&gt;/, side by side.
 * Chosen by name, never guessed from the folder's shape: the nightly compile ignores sub-folders.
 */
@Component
class OfficesCommand implements Command {

    private final OfficesCompiler compiler;

    OfficesCommand(OfficesCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public String name() {
        return "offices";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        return compiler.compile(Path.of(Command.option(args, "input", "input")),
                Path.of(Command.option(args, "output", "output")), Command.definition(args),
                Command.option(args, "quiet-period", null), args.containsOption("restart"));
    }
}
