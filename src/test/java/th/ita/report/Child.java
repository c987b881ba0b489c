package th.ita.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The program as a child process started from the test classpath, the way the office runs it. */
public final class Child {

    private Child() {
    }

    /** Starts {@code main} of the class with the arguments; its output and errors are merged. */
    public static Process start(Class<?> main, List<String> arguments, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A stale AOT context left in target/classes by an earlier package build must not be used.
                "-Dspring.aot.enabled=false", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The shipped job definition, as an absolute path for a child started elsewhere. */
    public static String job() {
        return "--job=" + Path.of("jobs/natorn-2568.yml").toAbsolutePath();
    }
}
