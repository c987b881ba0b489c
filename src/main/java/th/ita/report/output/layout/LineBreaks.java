package th.ita.report.output.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import th.ita.report.text.ThaiLines;

/**
 * Where Thai text may break into lines. Thai has no spaces between words, so every renderer
 * (Word, LibreOffice, the browser) finds word boundaries with its own dictionary. This class
 * uses the JDK's Thai dictionary {@link BreakIterator} instead of theirs:
 * <ul>
 * <li>{@link ThaiLines#keepTogether} (all outputs): an abbreviation and the number it qualifies
 * ("พ.ศ. ๒๕๖๘") are joined with a no-break space, so a year never starts a line alone;</li>
 * <li>{@link #forRenderers}: the text with its word boundaries spelled out, for LibreOffice;</li>
 * <li>{@link #words}: the words, for measuring ({@link TextWidth}).</li>
 * </ul>
 */
public final class LineBreaks {

    public static final char NO_BREAK_SPACE = ThaiLines.NO_BREAK_SPACE;
    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char WORD_JOINER = '\u2060';

    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    private final List<String> names;
    private final boolean spelledOut;

    /**
     * @param names      place names no dictionary knows, to be kept whole ("นาทอน", "ทุ่งหว้า", "สตูล")
     * @param spelledOut whether {@link #forRenderers} marks the words: only in the copies given to
     *                   LibreOffice for the PDFs. The .docx the officer opens has no marks: Word breaks
     *                   Thai with its own dictionary, and invisible marks between the letters would get
     *                   in the way of editing, searching and copying the text.
     */
    public LineBreaks(List<String> names, boolean spelledOut) {
        this.names = names.stream().map(String::strip).filter(n -> n.length() > 1).toList();
        this.spelledOut = spelledOut;
    }

    /**
     * The text as the JDK's Thai dictionary would break it, spelled out for the renderer: a
     * zero-width space between two Thai words, a word joiner between the letters inside one, and
     * each of {@link #LineBreaks(List) the office's place names} held whole as one word. Word and
     * LibreOffice then break Thai lines only between words; their own dictionaries cut compounds
     * and names ("งบ|ประมาณ", "นา|ทอน") and, now and then, inside a word. Both marks are invisible,
     * left out of the PDFs' text, and only put into the .docx files (the web page has none).
     */
    public String forRenderers(String text) {
        if (!spelledOut || text == null || text.chars().noneMatch(c -> thaiLetterStart((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            String name = null;
            for (String n : names) {
                int found = text.indexOf(n, from);
                if (found >= 0 && (at < 0 || found < at || (found == at && n.length() > name.length()))) {
                    at = found;
                    name = n;
                }
            }
            int end = at < 0 ? text.length() : at;
            segment(text.substring(from, end), out);
            if (name == null) {
                break;
            }
            separate(out, name.charAt(0));
            joinLetters(name, out);
            from = at + name.length();
        }
        return out.toString();
    }

    /**
     * Words of a stretch of text, a zero-width space between two Thai words, joiners inside each.
     * Where the dictionary does not know a word it leaves pieces ("ไซ|ต์", "นาท|อ|น"): no break is
     * offered next to a lone letter or before a silent one (with ์).
     */
    private static void segment(String text, StringBuilder out) {
        if (text.isEmpty()) {
            return;
        }
        BreakIterator words = wordIterator(text);
        int start = words.first();
        String previous = "";
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = text.substring(start, end);
            if (piece(previous) || piece(word) || (word.length() > 1 && word.charAt(1) == '\u0E4C')) {
                if (!out.isEmpty() && thaiLetterOrMark(out.charAt(out.length() - 1)) && thaiLetterStart(word.charAt(0))) {
                    out.append(WORD_JOINER);
                }
            } else {
                separate(out, word.charAt(0));
            }
            joinLetters(word, out);
            previous = word;
        }
    }

    /** A lone Thai letter, or one ending in a leading vowel: a piece of a word, never a word. */
    private static boolean piece(String word) {
        return (word.length() == 1 && thaiLetterStart(word.charAt(0)))
                || (!word.isEmpty() && word.charAt(word.length() - 1) >= '\u0E40' && word.charAt(word.length() - 1) <= '\u0E44');
    }

    /** A zero-width space where a Thai word is about to follow a Thai letter. */
    private static void separate(StringBuilder out, char next) {
        if (!out.isEmpty() && thaiLetterOrMark(out.charAt(out.length() - 1)) && thaiLetterStart(next)) {
            out.append(ZERO_WIDTH_SPACE);
        }
    }

    /** The word with a word joiner between each two of its Thai letters (a letter keeps its marks). */
    private static void joinLetters(String word, StringBuilder out) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && thaiLetterOrMark(word.charAt(i - 1)) && thaiLetterOrMark(c)
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(WORD_JOINER);
            }
            out.append(c);
        }
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
    public static String plain(String text) {
        return text == null ? null
                : text.replace(String.valueOf(ZERO_WIDTH_SPACE), "").replace(String.valueOf(WORD_JOINER), "");
    }

    /** The JDK's Thai word iterator set on the text: one per thread, as making one costs more than using it. */
    private static BreakIterator wordIterator(String text) {
        BreakIterator words = WORDS.get();
        words.setText(text);
        return words;
    }

    private static boolean thaiLetterOrMark(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** A Thai character a word can start with: a consonant or a leading vowel, not a mark or a digit. */
    private static boolean thaiLetterStart(char c) {
        return (c >= '\u0E01' && c <= '\u0E2E') || (c >= '\u0E40' && c <= '\u0E44');
    }
}
