package th.ita.report.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation of text that is matched (measure names, department names, header labels,
 * dedupe keys): what typing, pasting from Word or PDF and other keyboards change without changing
 * the words is taken out, so two spellings that only differ there compare equal. Published text is
 * never passed through here: it keeps the department's wording.
 * <p>
 * {@link #text} is Unicode NFC (which also puts a vowel below and a tone mark typed in either
 * order into one order) plus the Thai repairs: sara am typed as nikhahit + sara aa (ํ + า, as
 * PDFs and some keyboards give it) becomes ำ; zero-width and other invisible format characters
 * go; no-break and other spaces become plain spaces; a space a PDF put before a following vowel
 * or tone mark (which can never start a word) goes; runs of spaces and line breaks become one space.
 * {@link #key} goes further for comparing: no whitespace at all, Arabic digits, lower case.
 */
public final class Normalized {

    // \p{Cf}: zero-width space/joiners, BOM, soft hyphen, bidi marks: never visible, never meaning.
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    // \s and \p{Z}: every space (NBSP, narrow NBSP, figure space, ideographic space) and line break.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    // Thai vowels and marks that follow their consonant (sara a, aa, am, i..u, mai han-akat, phinthu,
    // lakkhangyao, mai taikhu, tone marks, thanthakhat, nikhahit, yamakkan): no word starts with one,
    // so a space before one is a word a PDF broke, not a space.
    private static final Pattern SPACE_BEFORE_MARK =
            Pattern.compile("[\\s\\p{Z}]+(?=[\\u0E30-\\u0E3A\\u0E45\\u0E47-\\u0E4E])");
    // Nikhahit + (tone mark) + sara aa, possibly split by spaces: a decomposed sara am, e.g. น + ํ + ้ + า.
    private static final Pattern DECOMPOSED_SARA_AM =
            Pattern.compile("\\u0E4D[\\s\\p{Z}]*([\\u0E48-\\u0E4B]?)[\\s\\p{Z}]*\\u0E32");

    private Normalized() {
    }

    /** The matching form with its words still apart: NFC, the Thai repairs, one space between words. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        String s = nfc(text);
        if (untouched(s, true)) {
            return s;
        }
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACE_BEFORE_MARK.matcher(s).replaceAll("");
        s = DECOMPOSED_SARA_AM.matcher(s).replaceAll("$1\u0E33");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The comparison key: {@link #text}, then no whitespace at all, Arabic digits, lower case. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        // What toArabic(text(text)) without spaces, lower-cased, gives, in one pass after NFC: with every
        // space gone, the spaces the repairs look at are gone too (the tests hold it to that).
        String s = nfc(text);
        StringBuilder out = new StringBuilder(s.length());
        // Thai has no case: only other letters need the full lower-casing (ASCII is done here).
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || isInvisible(c)) {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
                continue;
            }
            cased |= c >= '\u0080' && (c < '\u0E00' || c > '\u0E7F');
            if (c == '\u0E32' && endsWithNikhahit(out)) {
                // A decomposed sara am: nikhahit (+ tone mark) + sara aa, as ำ after the tone mark.
                int at = out.length() - 1;
                char last = out.charAt(at);
                if (last == '\u0E4D') {
                    out.setCharAt(at, '\u0E33');
                } else {
                    out.setLength(at - 1);
                    out.append(last).append('\u0E33');
                }
                continue;
            }
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        String key = out.toString().strip();
        return cased ? key.toLowerCase(Locale.ROOT) : key;
    }

    /**
     * Unicode NFC, without the normaliser for text it would leave as it is: Latin-1 and Thai, with
     * any run of Thai marks below and tone marks already in canonical order. Thai has no canonical
     * compositions, so for such text NFC only reorders marks, which need no reordering here. Most
     * cells are such text, and this runs for every cell matched and every item compared.
     */
    static String nfc(String text) {
        int previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int combining;
            if (c < '\u0300') {
                combining = 0;
            } else if (c >= '\u0E00' && c <= '\u0E7F') {
                combining = thaiCombiningClass(c);
            } else {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            if (combining != 0 && combining < previous) {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            previous = combining;
        }
        return text;
    }

    /** Unicode's canonical combining class of a Thai character: sara u and uu, phinthu, the tone marks. */
    private static int thaiCombiningClass(char c) {
        if (c == '\u0E38' || c == '\u0E39') {
            return 103;
        }
        if (c == '\u0E3A') {
            return 9;
        }
        return c >= '\u0E48' && c <= '\u0E4B' ? 107 : 0;
    }

    /** The text so far ends with nikhahit, or with nikhahit and a tone mark. */
    private static boolean endsWithNikhahit(StringBuilder out) {
        int n = out.length();
        return n > 0 && (out.charAt(n - 1) == '\u0E4D'
                || (n > 1 && out.charAt(n - 2) == '\u0E4D' && out.charAt(n - 1) >= '\u0E48' && out.charAt(n - 1) <= '\u0E4B'));
    }

    /** Display form: runs of whitespace and line breaks become one space, trimmed. */
    public static String spaces(String text) {
        if (text == null) {
            return "";
        }
        if (untouched(text, false)) {
            return text;
        }
        // What SPACES.matcher(text without U+200B).replaceAll(" ").trim() gives, in one pass.
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200b') {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString().trim();
    }

    /** An invisible format character (\p{Cf}: zero-width space and joiners, BOM, soft hyphen, bidi marks). */
    public static boolean isInvisible(char c) {
        return c > 0x7F && (c < '\u0E00' || c > '\u0E7F') && Character.getType(c) == Character.FORMAT;
    }

    /** A space as the matching forms count it: the regex's \s (space, tab, line breaks, form feed) and \p{Z}. */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
        if (c < 0x80 || (c >= '\u0E00' && c <= '\u0E7F')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Whether the replacements would leave the text as it is, found in one pass without a regex
     * (most cells: words with single spaces between them). Anything unusual answers false and
     * takes the replacements.
     *
     * @param repairs also the Thai repairs of {@link #text}: no format character, no nikhahit, no
     *                space before a following vowel or mark
     */
    private static boolean untouched(String s, boolean repairs) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1) {
                    return false;
                }
                char next = s.charAt(i + 1);
                if (next == ' ' || (repairs && followsItsConsonant(next))) {
                    return false;
                }
            } else if (c < ' ') {
                return false;
            } else if (c >= '\u0E00' && c <= '\u0E7F') {
                if (c == '\u0E4D' && repairs) {
                    return false;
                }
            } else if (c >= 0x80) {
                int type = Character.getType(c);
                if (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT
                        || Character.isWhitespace(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The Thai vowels and marks of SPACE_BEFORE_MARK. */
    private static boolean followsItsConsonant(char c) {
        return (c >= '\u0E30' && c <= '\u0E3A') || c == '\u0E45' || (c >= '\u0E47' && c <= '\u0E4E');
    }
}
