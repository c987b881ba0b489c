package th.ita.report.output.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import th.ita.report.report.ValidationReport;

/**
 * One e-mail of a run: to one address of a department, about its part of the validation report.
 *
 * @param kind   problems to fix, or a reminder that nothing usable has come
 * @param digest what the e-mail says, as a fingerprint: the same digest means the same e-mail
 */
public record Letter(ValidationReport.Department department, String address, Kind kind, int fiscalYear,
                     String digest) {

    /** What the e-mail is about. */
    public enum Kind {
        /** Rows not taken, or a file refused whole: its problems and its rows attached. */
        PROBLEMS,
        /** Nothing usable came (no file, only files that could not be read, or an empty form): a reminder. */
        MISSING;

        /** The lower-case word the templates and message keys use (mail.subject.*). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Letter of(ValidationReport.Department department, String address, Kind kind, int fiscalYear) {
        return new Letter(department, address, kind, fiscalYear, digest(department, kind, fiscalYear));
    }

    /** Who it is for in the record of e-mails sent: the department and the address (case does not matter). */
    String key() {
        return department.name() + " <" + address.toLowerCase(Locale.ROOT) + ">";
    }

    /**
     * Everything the e-mail shows of the department's part (not when it was made), so an unchanged
     * part gives the same digest night after night and any change (a new file, one row fixed, a new
     * warning) gives another.
     */
    static String digest(ValidationReport.Department d, Kind kind, int fiscalYear) {
        StringBuilder text = new StringBuilder();
        field(text, kind.name());
        field(text, String.valueOf(fiscalYear));
        field(text, d.name());
        field(text, d.status().name());
        for (ValidationReport.FileLine f : d.files()) {
            field(text, "file");
            field(text, f.name());
            field(text, f.status().name());
            field(text, f.reason());
            field(text, f.rowsRead() + "/" + f.rowsAccepted() + "/" + f.rowsRejected());
        }
        for (ValidationReport.Problem p : d.problems()) {
            field(text, "problem");
            field(text, p.severity().name());
            field(text, p.file());
            field(text, p.sheet());
            field(text, p.rowText());
            field(text, p.cell());
            field(text, p.code());
            field(text, p.message());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Each value with its length in front: no text can pass for two fields.
    private static void field(StringBuilder text, String value) {
        String v = value == null ? "" : value;
        text.append(v.length()).append(':').append(v).append(';');
    }
}
