package th.ita.report.text;

import java.util.regex.Pattern;

/**
 * What must stay on one line in Thai text, whatever renders it: an abbreviation and the number it
 * qualifies ("พ.ศ. ๒๕๖๘", "ก.ย. ๖๘") are joined with a no-break space, so a year never starts a line
 * alone.
 */
public final class ThaiLines {

    public static final char NO_BREAK_SPACE = '\u00A0';

    /** One to three Thai-letter abbreviation parts ("พ.ศ.", "ก.ย.", "ต.ค.") then spaces before a number. */
    private static final Pattern ABBREVIATION_THEN_NUMBER =
            Pattern.compile("((?:[\\u0E01-\\u0E2E]\\.){1,3})[ \\t]+(?=[0-9\\u0E50-\\u0E59])");

    private ThaiLines() {
    }

    /** The text with each abbreviation joined to the number after it by a no-break space. */
    public static String keepTogether(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        return ABBREVIATION_THEN_NUMBER.matcher(text).replaceAll("$1" + NO_BREAK_SPACE);
    }
}
