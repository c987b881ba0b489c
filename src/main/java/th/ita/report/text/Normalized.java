package th.ita.report.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as compared, never as shown: what pasting from Word or PDF changes (spaces, line breaks,
 * zero-width characters, digit style, letter case) is taken out, so two spellings that only
 * differ there compare equal.
 */
public final class Normalized {

    // \p{Z} and \s: all spaces and line breaks; \p{Cf}: zero-width and bidi format characters.
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Normalized() {
    }

    /** The comparison key: no whitespace at all, Arabic digits, lower case. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        return INVISIBLE.matcher(Numerals.toArabic(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Display form: runs of whitespace and line breaks become one space, trimmed. */
    public static String spaces(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text.replace("\u200b", "")).replaceAll(" ").trim();
    }
}
