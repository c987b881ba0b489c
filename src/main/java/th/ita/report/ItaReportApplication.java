package th.ita.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: compiles department workbooks into the ITA measures report (see README). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ItaReportApplication {

    public static void main(String[] args) {
        // Exit with the job's status: without System.exit a FAILED run would still exit 0.
        int status;
        try {
            status = SpringApplication.exit(SpringApplication.run(ItaReportApplication.class, args));
        } catch (RuntimeException e) {
            status = StartupFailure.report(e, System.out);
        }
        System.exit(status);
    }
}
