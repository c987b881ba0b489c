package th.ita.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

/** Entry point: compiles department workbooks into the ITA measures report (see README). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ItaReportApplication {

    /** Generated at build time by Spring AOT (the jar has it; a plain test classpath may not). */
    static final String AOT_INITIALIZER = ItaReportApplication.class.getName() + "__ApplicationContextInitializer";

    public static void main(String[] args) {
        // The jar carries the application context pre-computed at build time (Spring AOT): about a
        // second less start-up for a run that lasts a few. -Dspring.aot.enabled=false turns it off.
        if (System.getProperty("spring.aot.enabled") == null && !Boolean.getBoolean("spring.aot.processing")
                && ClassUtils.isPresent(AOT_INITIALIZER, ItaReportApplication.class.getClassLoader())) {
            System.setProperty("spring.aot.enabled", "true");
        }
        // Exit with the job's status: without System.exit a FAILED run would still exit 0.
        int status;
        try {
            status = SpringApplication.exit(SpringApplication.run(ItaReportApplication.class, args));
        } catch (SpringApplication.AbandonedRunException e) {
            // Build-time AOT processing stops the application this way once it has what it needs.
            throw e;
        } catch (RuntimeException e) {
            status = StartupFailure.report(e, System.out);
        }
        System.exit(status);
    }
}
