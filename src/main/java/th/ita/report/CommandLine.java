package th.ita.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.report.rendering.DocumentText;

/**
 * {@code java -jar ita-report.jar [command] [--options]}: runs the named command, {@code compile}
 * when none is named. Tests switch the command line off ({@code ita.cli.enabled=false}) and call
 * the commands' services themselves.
 */
@Component
@ConditionalOnProperty(name = "ita.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String DEFAULT = "compile";

    private final Map<String, Command> commands;
    private final MessageSource messages;
    private int exitCode;

    CommandLine(List<Command> commands, MessageSource messages) {
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = args.getNonOptionArgs();
        String name = words.isEmpty() ? DEFAULT : words.get(0);
        Command command = commands.get(name);
        if (command == null) {
            System.out.println(messages.getMessage("console.error.command",
                    new Object[] {name, String.join(", ", commands.keySet().stream().sorted().toList())},
                    DocumentText.THAI_LOCALE));
            exitCode = ReportCompiler.BAD_SETUP;
            return;
        }
        exitCode = command.run(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
