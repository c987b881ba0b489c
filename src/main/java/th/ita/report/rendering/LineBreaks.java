package th.ita.report.rendering;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where Thai text may break into lines. Thai has no spaces between words, so every renderer
 * (Word, LibreOffice, the browser) finds word boundaries with its own dictionary. This class
 * uses the JDK's Thai dictionary {@link BreakIterator} to tell them what they cannot know:
 * <ul>
 * <li>{@link #keepTogether}: an abbreviation and the number it qualifies ("พ.ศ. ๒๕๖๘",
 * "ก.ย. ๖๘") are joined with a no-break space, so a year never starts a line alone;</li>
 * <li>{@link #keepNames}: a place name no dictionary knows ("นาทอน", which the renderers' dictionaries
 * cut as "นา|ทอน") is held together with word joiners (invisible, and left out of the PDFs' text);</li>
 * <li>{@link #withBreakOpportunities}: zero-width spaces at the word boundaries of a text that
 * goes into a column too narrow for the renderer's own (longer) compounds, so a word that must
 * break breaks between words rather than anywhere;</li>
 * <li>{@link #words}: the words, for measuring ({@link TextWidth}).</li>
 * </ul>
 */
final class LineBreaks {

    static final char NO_BREAK_SPACE = '\u00A0';
    static final char ZERO_WIDTH_SPACE = '\u200B';
    static final char WORD_JOINER = '\u2060';

    private static final Locale THAI = Locale.forLanguageTag("th");

    /** One to three Thai-letter abbreviation parts ("พ.ศ.", "ก.ย.", "ต.ค.") then spaces before a number. */
    private static final Pattern ABBREVIATION_THEN_NUMBER =
            Pattern.compile("((?:[\\u0E01-\\u0E2E]\\.){1,3})[ \\t]+(?=[0-9\\u0E50-\\u0E59])");

    private LineBreaks() {
    }

    /** The text with each abbreviation joined to the number after it by a no-break space. */
    static String keepTogether(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        return ABBREVIATION_THEN_NUMBER.matcher(text).replaceAll("$1" + NO_BREAK_SPACE);
    }

    /**
     * The text with every occurrence of each name held together by word joiners between its
     * letters, and set apart by a zero-width space from Thai letters touching it, so that the
     * renderer's dictionary still reads the words around it as words ("จังหวัด|สตูล", not "จัง|หวัดส").
     */
    static String keepNames(String text, List<String> names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String name : names) {
            String n = name == null ? "" : name.strip();
            if (n.length() < 2 || !out.contains(n)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (int at = out.indexOf(n); at >= 0; at = out.indexOf(n, from)) {
                b.append(out, from, at);
                if (at > 0 && thai(out.charAt(at - 1)) && out.charAt(at - 1) != WORD_JOINER) {
                    b.append(ZERO_WIDTH_SPACE);
                }
                b.append(joined(n));
                from = at + n.length();
                if (from < out.length() && thaiLetterStart(out.charAt(from))) {
                    b.append(ZERO_WIDTH_SPACE);
                }
            }
            out = b.append(out.substring(from)).toString();
        }
        return out;
    }

    /** The name with a word joiner between each two of its letters (each with its marks). */
    private static String joined(String name) {
        BreakIterator letters = BreakIterator.getCharacterInstance(THAI);
        letters.setText(name);
        StringBuilder out = new StringBuilder();
        int start = letters.first();
        for (int end = letters.next(); end != BreakIterator.DONE; start = end, end = letters.next()) {
            if (start > 0 && !Character.isWhitespace(name.charAt(start)) && !Character.isWhitespace(name.charAt(start - 1))) {
                out.append(WORD_JOINER);
            }
            out.append(name, start, end);
        }
        return out.toString();
    }

    /**
     * The text with a zero-width space at every word boundary between two Thai letters (where no
     * space already allows a break). Only for narrow columns: the marks are invisible but travel
     * with copied text.
     */
    static String withBreakOpportunities(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        BreakIterator words = wordIterator(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            out.append(text, start, end);
            if (end < text.length() && thai(text.charAt(end - 1)) && thaiLetterStart(text.charAt(end))) {
                out.append(ZERO_WIDTH_SPACE);
            }
        }
        return out.toString();
    }

    /**
     * The words and spaces of the text, in order, as the JDK's Thai dictionary splits them, with
     * what no renderer breaks apart put back together: punctuation and the word it closes or
     * opens ("(ITA)", "ปรับปรุง/"), abbreviations ("พ.ศ.", "ก.ย."), words joined by a no-break space.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        BreakIterator words = wordIterator(text);
        int start = words.first();
        boolean join = false;
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = text.substring(start, end);
            String previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean noBreak = word.indexOf(NO_BREAK_SPACE) >= 0;
            if (previous != null && !previous.isBlank() && (join || noBreak || holdsTo(previous, word))) {
                out.set(out.size() - 1, previous + word);
            } else {
                out.add(word);
            }
            join = noBreak || word.endsWith("(");
        }
        return out;
    }

    /** A token that stays on the line of the word before it. */
    private static boolean holdsTo(String previous, String word) {
        if (word.isBlank()) {
            return false;
        }
        char first = word.charAt(0);
        if (".,;:!?%)]}/-".indexOf(first) >= 0) {
            return true;
        }
        // The next letter of an abbreviation: "พ." + "ศ"
        return previous.endsWith(".") && word.length() == 1 && first >= '\u0E01' && first <= '\u0E2E';
    }

    /** Removes the invisible marks this class adds (zero-width spaces, word joiners), for comparing text. */
    static String plain(String text) {
        return text == null ? null
                : text.replace(String.valueOf(ZERO_WIDTH_SPACE), "").replace(String.valueOf(WORD_JOINER), "");
    }

    private static BreakIterator wordIterator(String text) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        return words;
    }

    private static boolean thai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    /** A Thai character a word can start with: a consonant or a leading vowel, not a mark or a digit. */
    private static boolean thaiLetterStart(char c) {
        return (c >= '\u0E01' && c <= '\u0E2E') || (c >= '\u0E40' && c <= '\u0E44');
    }
}
