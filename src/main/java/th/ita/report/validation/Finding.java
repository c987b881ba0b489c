package th.ita.report.validation;

import java.util.List;

/**
 * Something found in a department's file: an error rejects the row (or the file), a warning
 * keeps it and asks a person to look, a note only says what was passed over (a hidden sheet). The code names the Thai message in messages.properties;
 * the arguments are quoted in it: text as written, and counts, years and measure numbers as
 * numbers, so the message can write them in its own digits. Location fields are null where they do
 * not apply.
 */
public record Finding(Severity severity, String code, String file, String sheet, Integer row, String cell,
                      List<Object> arguments) {

    public enum Severity { ERROR, WARNING, NOTE }

    public static Finding error(String code, String file, String sheet, Integer row, String cell, Object... args) {
        return new Finding(Severity.ERROR, code, file, sheet, row, cell, List.of(args));
    }

    /** A warning's code and arguments, before its location is known. */
    record Builder(String code, Object... arguments) {
        Finding warningAt(String file, String sheet, Integer row, String cell) {
            return new Finding(Severity.WARNING, code, file, sheet, row, cell, List.of(arguments));
        }
    }

    public static Finding note(String code, String file, String sheet, Object... args) {
        return new Finding(Severity.NOTE, code, file, sheet, null, null, List.of(args));
    }

    public static Finding warning(String code, String file, String sheet, Integer row, String cell, Object... args) {
        return new Finding(Severity.WARNING, code, file, sheet, row, cell, List.of(args));
    }
}
