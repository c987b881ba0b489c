package th.ita.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped job definition with e-mail addresses given to departments, for the e-mail tests. */
public final class MailDefinition {

    private MailDefinition() {
    }

    /**
     * The shipped definition's text with {@code email: <value>} under each named department.
     *
     * @param departmentsAndEmails pairs: the department's name as the definition writes it, then the
     *                             YAML value (one address, or a list in brackets)
     */
    public static String withEmails(String... departmentsAndEmails) throws IOException {
        String text = Files.readString(Path.of("jobs/natorn-2568.yml"));
        for (int i = 0; i < departmentsAndEmails.length; i += 2) {
            String line = "  - name: " + departmentsAndEmails[i] + "\n";
            if (!text.contains(line)) {
                throw new IllegalArgumentException("no department " + departmentsAndEmails[i]);
            }
            text = text.replace(line, line + "    email: " + departmentsAndEmails[i + 1] + "\n");
        }
        return text;
    }
}
