package th.ita.report.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import th.ita.report.ItaReportApplication;

/**
 * Starts the application (Spring Boot) for one command, once its command line is checked and its
 * output folder is held: with the job repository in that folder, or in memory for a command that
 * keeps no history. Spring settings given on the command line ({@code --spring.x=}, {@code --ita.x=},
 * {@code --logging.x=}) are passed on as they are and win over these.
 */
final class AppStarter {

    /** The job repository's folder inside an output folder. */
    static final String HISTORY = ".history";

    /** The log file in an output folder: the framework's log, which the console shows only with --verbose. */
    static final String LOG = "ita-report.log";

    private final List<String> springArguments;
    private final List<ApplicationContextInitializer<?>> initializers;
    private boolean verbose;

    AppStarter(List<String> springArguments, List<ApplicationContextInitializer<?>> initializers) {
        this.springArguments = List.copyOf(springArguments);
        this.initializers = List.copyOf(initializers);
    }

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    /** @param output the output folder whose job repository to open, or null for a repository in memory */
    ConfigurableApplicationContext start(Path output) {
        SpringApplication application = new SpringApplication(ItaReportApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", output == null
                ? "jdbc:hsqldb:mem:ita-" + UUID.randomUUID()
                // MVCC: the offices of a multi-office run record their executions side by side. No lock
                // file of HSQLDB's own: the run lock, taken before the repository is opened, keeps every
                // other process out (and goes with a killed process), while HSQLDB's sleeps 100 ms at
                // every close and beats a heartbeat thread.
                : "jdbc:hsqldb:file:" + output.resolve(HISTORY).resolve("jobrepo")
                        + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.lock_file=false");
        if (output != null) {
            defaults.put("logging.file.name", output.resolve(HISTORY).resolve(LOG).toString());
        }
        // The officer's console holds the run's Thai lines; the framework's English log goes to the file.
        defaults.put("logging.threshold.console", verbose ? "INFO" : "OFF");
        application.setDefaultProperties(defaults);
        List<ApplicationContextInitializer<?>> all = new ArrayList<>(application.getInitializers());
        all.addAll(initializers);
        application.setInitializers(all);
        return application.run(springArguments.toArray(String[]::new));
    }
}
