package th.ita.report.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The program's version, from the build (ita-report.properties, filled in by Maven). */
final class Version implements IVersionProvider {

    static String number() {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/ita-report.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // no version to show
        }
        return build.getProperty("version", "?");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ita-report " + number()};
    }
}
